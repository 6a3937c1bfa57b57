package dev.heygenkit.notebook;

import com.sun.net.httpserver.HttpServer;
import dev.heygenkit.api.VideoInfo;
import dev.heygenkit.api.VideoStatus;
import dev.heygenkit.api.VoiceInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Players, tables and voices copy their media into the page, so saved notebooks and HTML exports keep them when the
 * kernel, its sandbox or a presigned link is gone; what does not fit stays a link under a note. Bytes come from a
 * stub that records every fetch, except in the test of the real fetch against a loopback server.
 */
class InlineMediaTest {
    private static final String VIDEO = "https://cdn.test/v1.mp4?sig=abc";
    private static final String THUMB = "https://cdn.test/v1.jpg";

    private final Map<String, InlineMedia.Fetched> served = new LinkedHashMap<>();
    private final List<String> fetched = new ArrayList<>();
    private final List<Long> asked = new ArrayList<>();
    private InlineMedia.Fetcher previousFetcher;
    private long previousLimit;

    @BeforeEach
    void stubFetches() {
        previousLimit = Notebook.inlineLimit();
        previousFetcher = InlineMedia.fetcher((url, max) -> {
            fetched.add(url);
            asked.add(max);
            InlineMedia.Fetched f = served.get(url);
            if (f == null) {
                throw new IOException("403 expired link " + url);
            }
            return f.bytes().length > max ? new InlineMedia.Fetched(null, f.contentType()) : f;
        });
    }

    @AfterEach
    void restore() {
        InlineMedia.fetcher(previousFetcher);
        Notebook.inlineLimit(previousLimit);
    }

    private static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private static byte[] bytes(int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (i * 31);
        }
        return b;
    }

    private static VideoInfo video(String url, String thumb) {
        return new VideoInfo("v1", VideoStatus.COMPLETED, "Tour", null, 1_700_000_000L, 1_700_000_100L, url, null,
                null, thumb, null, 3.6, null, null, null, null);
    }

    private static VoiceInfo voice(String id, String url) {
        return new VoiceInfo(id, id, "English", "female", url, true, false, "public", null, null, null, null);
    }

    /** The bytes of the data URI in attribute {@code name}, or null when the attribute is not a data URI. */
    private static byte[] attribute(String html, String name) {
        Matcher m = Pattern.compile(" " + name + "=\"data:[a-z]+/[a-z0-9.+-]+;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
        return m.find() ? Base64.getDecoder().decode(m.group(1)) : null;
    }

    @Test
    void a_small_video_and_its_poster_are_copied_into_the_player() throws IOException {
        byte[] mp4 = bytes(70_000);
        served.put(VIDEO, new InlineMedia.Fetched(mp4, "video/mp4"));
        served.put(THUMB, new InlineMedia.Fetched(jpeg(1280, 720), "image/jpeg"));

        Html html = VideoPlayer.of(video(VIDEO, THUMB)).html();

        assertThat(attribute(html.html(), "src")).isEqualTo(mp4);
        BufferedImage poster = ImageIO.read(new ByteArrayInputStream(attribute(html.html(), "poster")));
        assertThat(poster.getWidth()).as("scaled to the player").isEqualTo(VideoPlayer.DEFAULT_WIDTH);
        assertThat(poster.getHeight()).isEqualTo(360);
        assertThat(html.html()).contains("src=\"data:video/mp4;base64,").doesNotContain("heygen-link-note")
                .doesNotContain("onerror").contains("<a href=\"https://cdn.test/v1.mp4?sig=abc\">");
        assertThat(html.text()).isEqualTo("Video: Tour " + VIDEO);
    }

    @Test
    void a_video_over_the_limit_keeps_its_link_under_a_rerun_note_and_still_gets_its_poster() throws IOException {
        Notebook.inlineLimit(50_000);
        served.put(VIDEO, new InlineMedia.Fetched(bytes(70_000), "video/mp4"));
        served.put(THUMB, new InlineMedia.Fetched(jpeg(320, 180), "image/jpeg"));

        String html = VideoPlayer.of(video(VIDEO, THUMB)).html().html();

        assertThat(html).contains("src=\"https://cdn.test/v1.mp4?sig=abc\"").contains("poster=\"data:image/jpeg;base64,")
                .contains("re-run the cell to refresh the link").contains("onerror=\"");
        assertThat(attribute(html, "poster")).as("a small JPEG goes in as it is").isEqualTo(served.get(THUMB).bytes());
        assertThat(asked.get(fetched.indexOf(VIDEO))).as("never asks for more than the limit").isEqualTo(50_000L);
    }

    @Test
    void a_limit_of_zero_fetches_nothing_and_links_everything() {
        Notebook.inlineLimit(0);

        String html = VideoPlayer.of(video(VIDEO, THUMB)).html().html();

        assertThat(fetched).isEmpty();
        assertThat(html).contains("src=\"" + Html.escape(VIDEO) + "\"").contains("poster=\"" + THUMB + "\"");
    }

    @Test
    void an_expired_poster_link_falls_back_to_the_url_and_the_player_says_how_to_refresh() {
        String html = VideoPlayer.of(video(VIDEO, THUMB)).html().html();

        assertThat(fetched).containsExactlyInAnyOrder(VIDEO, THUMB);
        assertThat(html).contains("poster=\"" + THUMB + "\"").contains("re-run the cell");
    }

    @Test
    void a_voice_table_shares_one_allowance_and_stops_fetching_once_it_is_spent() {
        Notebook.inlineLimit(100_000);
        List<VoiceInfo> voices = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            String url = "https://cdn.test/voice" + i + ".wav";
            served.put(url, new InlineMedia.Fetched(bytes(40_000), "audio/wav"));
            voices.add(voice("v" + i, url));
        }

        Html table = AudioPlayer.list(voices);

        assertThat(table.html().split("src=\"data:audio/wav;base64,", -1)).as("two fit").hasSize(3);
        assertThat(table.html()).contains("src=\"https://cdn.test/voice3.wav\"")
                .contains("src=\"https://cdn.test/voice4.wav\"").contains("re-run the cell");
        assertThat(fetched).as("the fourth is not even tried").hasSize(3);
        assertThat(table.text()).startsWith("4 voices:\nv1  v1 · English · female");
    }

    @Test
    void a_single_audio_player_copies_its_clip() {
        served.put("https://cdn.test/s.wav", new InlineMedia.Fetched(bytes(1000), null));

        String html = AudioPlayer.of("https://cdn.test/s.wav", "take").html();

        assertThat(attribute(html, "src")).as("the type comes from the extension").hasSize(1000);
        assertThat(html).contains("data:audio/wav;base64,").doesNotContain("heygen-link-note");
    }

    @Test
    void thumbnails_in_a_video_table_are_copied_at_twice_their_shown_width() throws IOException {
        served.put(THUMB, new InlineMedia.Fetched(jpeg(1280, 720), "image/jpeg"));

        String html = VideoTable.of(List.of(video(VIDEO, THUMB))).html();

        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(attribute(html, "src")));
        assertThat(thumb.getWidth()).isEqualTo(2 * VideoTable.THUMB);
        assertThat(html).contains("width=\"" + VideoTable.THUMB + "\"");
    }

    @Test
    void the_real_fetch_reads_no_more_than_asked_and_treats_errors_as_missing() throws IOException {
        InlineMedia.fetcher(previousFetcher);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] body = bytes(5000);
        server.createContext("/clip.mp4", ex -> {
            ex.getResponseHeaders().set("Content-Type", "video/mp4");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.createContext("/gone.mp4", ex -> {
            ex.sendResponseHeaders(403, -1);
            ex.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            assertThat(InlineMedia.media(base + "/clip.mp4", new InlineMedia.Budget(5000)))
                    .isEqualTo("data:video/mp4;base64," + Base64.getEncoder().encodeToString(body));
            InlineMedia.clearCache();
            InlineMedia.Budget small = new InlineMedia.Budget(4999);
            assertThat(InlineMedia.media(base + "/clip.mp4", small)).isNull();
            assertThat(small.left()).as("a refusal spends the allowance").isZero();
            assertThat(InlineMedia.media(base + "/gone.mp4", new InlineMedia.Budget(5000))).isNull();
        } finally {
            server.stop(0);
        }
    }
}
