package dev.heygenkit.notebook;

import com.sun.net.httpserver.HttpServer;
import dev.heygenkit.api.AvatarType;
import dev.heygenkit.api.Look;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LookSheetTest {
    private HttpServer server;
    private String base;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void servePreviews() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/red.png", ex -> send(ex, png(64, 64, Color.RED)));
        server.createContext("/blue.png", ex -> send(ex, png(30, 90, Color.BLUE)));
        server.createContext("/garbage.png", ex -> send(ex, "not an image".getBytes()));
        server.createContext("/missing.png", ex -> {
            requests.incrementAndGet();
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.createContext("/slow.png", ex -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(ex, png(8, 8, Color.GREEN));
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void send(com.sun.net.httpserver.HttpExchange ex, byte[] body) throws IOException {
        requests.incrementAndGet();
        ex.getResponseHeaders().add("Content-Type", "image/png");
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    private static byte[] png(int w, int h, Color color) throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, w, h);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static Look look(String id, String name, String preview) {
        return new Look(id, name, AvatarType.of("studio_avatar"), "g", "female", null, preview, null, null, null,
                null, null, null, null, null);
    }

    private static int centre(BufferedImage sheet, int index, int columns) {
        Rectangle box = LookSheet.previewBounds(index, columns);
        return sheet.getRGB(box.x + box.width / 2, box.y + box.height / 2) & 0xFFFFFF;
    }

    @Test
    void grid_has_the_size_its_layout_promises_and_previews_sit_in_their_tiles() {
        List<Look> looks = List.of(look("a", "Anna", base + "/red.png"), look("b", "Ben", base + "/blue.png"),
                look("c", "Cleo", base + "/red.png"), look("d", "Dan", base + "/blue.png"),
                look("e", "Eve", base + "/red.png"));

        BufferedImage sheet = LookSheet.of(looks, 2);

        int gap = LookSheet.GAP;
        assertThat(sheet.getWidth()).isEqualTo(gap + 2 * (LookSheet.TILE + gap));
        assertThat(sheet.getHeight()).isEqualTo(gap + 3 * (LookSheet.TILE + LookSheet.LABEL + gap));
        assertThat(LookSheet.size(5, 2)).isEqualTo(new java.awt.Dimension(sheet.getWidth(), sheet.getHeight()));
        assertThat(centre(sheet, 0, 2)).isEqualTo(0xFF0000);
        assertThat(centre(sheet, 1, 2)).isEqualTo(0x0000FF);
        assertThat(centre(sheet, 4, 2)).isEqualTo(0xFF0000);
    }

    @Test
    void failed_previews_become_placeholders_and_the_rest_still_draw() {
        List<Look> looks = List.of(look("ok", "Fine", base + "/red.png"),
                look("404", "Missing", base + "/missing.png"),
                look("junk", "Garbage", base + "/garbage.png"),
                look("none", "No URL", null),
                look("refused", "Closed port", "http://127.0.0.1:1/x.png"),
                look("ftp", "Odd scheme", "ftp://127.0.0.1/x.png"));

        BufferedImage sheet = LookSheet.of(looks, 3);

        int placeholder = LookSheet.PLACEHOLDER.getRGB() & 0xFFFFFF;
        assertThat(centre(sheet, 0, 3)).isEqualTo(0xFF0000);
        for (int i = 1; i < looks.size(); i++) {
            assertThat(centre(sheet, i, 3)).as("tile %d", i).isEqualTo(placeholder);
        }
    }

    @Test
    void a_slow_preview_times_out_into_a_placeholder_without_holding_the_sheet() {
        long start = System.nanoTime();

        BufferedImage sheet = LookSheet.of(List.of(look("slow", "Slow", base + "/slow.png"),
                look("fast", "Fast", base + "/blue.png")), 2, Duration.ofMillis(400));

        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).isLessThan(2_500);
        assertThat(centre(sheet, 0, 2)).isEqualTo(LookSheet.PLACEHOLDER.getRGB() & 0xFFFFFF);
        assertThat(centre(sheet, 1, 2)).isEqualTo(0x0000FF);
    }

    @Test
    void a_sheets_text_form_says_how_many_looks_and_which() {
        List<Look> ten = new java.util.ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            ten.add(look("look_" + i, "Look " + i, null));
        }

        assertThat(LookSheet.of(ten.subList(0, 2))).hasToString("2 looks: look_1, look_2");
        assertThat(LookSheet.of(ten)).hasToString("10 looks: look_1, look_2, look_3, look_4, look_5, look_6, look_7, "
                + "look_8, …");
        assertThat(LookSheet.of(ten.subList(0, 1))).hasToString("1 look: look_1");
        assertThat(LookSheet.of(List.of())).hasToString("0 looks");
        assertThat(LookSheet.of(ten).toString()).doesNotContain("BufferedImage");
    }

    @Test
    void a_page_of_looks_shows_as_the_sheet_with_its_text_in_a_kernel() {
        Look anna = look("anna", "Anna", base + "/red.png");

        var bundle = Notebook.bundle(anna);

        assertThat(bundle).containsKeys("image/png", "text/plain");
        assertThat(bundle.get("text/plain")).isEqualTo("1 look: anna");
    }

    @Test
    void labels_are_drawn_under_each_preview() {
        BufferedImage sheet = LookSheet.of(List.of(look("id_1", "Anna", base + "/red.png")), 1);

        Rectangle box = LookSheet.previewBounds(0, 1);
        boolean ink = false;
        for (int y = box.y + box.height; y < box.y + box.height + LookSheet.LABEL; y++) {
            for (int x = box.x; x < box.x + box.width; x++) {
                ink |= (sheet.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF;
            }
        }
        assertThat(ink).isTrue();
    }

    @Test
    void only_the_first_max_looks_are_read_from_a_long_list() {
        List<Look> many = java.util.stream.IntStream.range(0, LookSheet.MAX_LOOKS + 25)
                .mapToObj(i -> look("l" + i, "L" + i, base + "/missing.png")).toList();

        BufferedImage sheet = LookSheet.of(many, 10, Duration.ofSeconds(2));

        assertThat(sheet.getHeight()).isEqualTo(LookSheet.size(LookSheet.MAX_LOOKS, 10).height);
        assertThat(requests.get()).isEqualTo(LookSheet.MAX_LOOKS);
    }

    @Test
    void columns_outside_one_to_twelve_are_refused_naming_the_value() {
        assertThatThrownBy(() -> LookSheet.of(List.of(), 0)).hasMessageContaining("got 0");
        assertThat(LookSheet.of(List.of(), 4).getWidth()).isEqualTo(LookSheet.size(0, 4).width);
    }
}
