///usr/bin/env jbang "$0" "$@" ; exit $?
// Draws docs/kit-at-work.png, the picture at the top of README.md and notebooks/README.md, from the offline sandbox:
// a look contact sheet, a storyboard frame and a notebook cell with its progress line and player.
//   ./jbang docs/kit_at_work.java                  # rewrites docs/kit-at-work.png
//   ./jbang docs/kit_at_work.java /tmp/check.png   # anywhere else (the test compares the two)
//SOURCES ../scripts/kit/heygen_kit.java

import dev.heygenkit.Avatar;
import dev.heygenkit.Background;
import dev.heygenkit.HeyGen;
import dev.heygenkit.ProgressEvent;
import dev.heygenkit.Video;
import dev.heygenkit.api.Look;
import dev.heygenkit.api.Looks;
import dev.heygenkit.notebook.LookSheet;
import dev.heygenkit.sandbox.Sandbox;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders one video on a fresh sandbox (fixed seed and start time, so ids and pictures repeat) and draws the picture. */
class kit_at_work {
    static final int WIDTH = 1280;
    static final int HEIGHT = 720;
    static final Color INK = new Color(0x1F2328);
    static final Color MUTED = new Color(0x6B6B6B);
    static final Color PANEL = new Color(0xF6F8FA);
    static final Color EDGE = new Color(0xD0D7DE);
    static final Color DONE = new Color(0x1E7B34);
    static final String SCRIPT = "Hello! This video was made in a Java notebook.";

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/kit-at-work.png");
        try (Sandbox sandbox = Sandbox.builder().seed(42).startTime(Instant.parse("2026-01-05T10:00:00Z")).start()) {
            HeyGen client = HeyGen.builder().sandbox(sandbox).noJournal().build();
            List<Look> looks = client.looks().list(Looks.LookQuery.of().limit(6)).items();
            BufferedImage sheet = LookSheet.of(looks, 3);
            List<ProgressEvent> events = new ArrayList<>();
            Video video = Avatar.look(looks.get(0).id()).say(SCRIPT).on(Background.color("#0A84FF"))
                    .resolution("720p").title("My first heygen-kit video").render(client, events::add);
            BufferedImage poster = ImageIO.read(URI.create(video.thumbnailUrl()).toURL());
            BufferedImage frame = gifFrame(video.gifUrl(), 0.6);
            ProgressEvent.Finished finished = (ProgressEvent.Finished) events.stream()
                    .filter(e -> e instanceof ProgressEvent.Finished).findFirst().orElseThrow();
            String progress = "✓ video " + video.id() + " completed after "
                    + Math.max(1, Math.round(finished.elapsed().toMillis() / 1000.0)) + " s";
            BufferedImage picture = draw(looks.get(0).id(), sheet, frame, poster, progress, video.duration());
            Files.createDirectories(out.toAbsolutePath().getParent());
            ImageIO.write(picture, "png", out.toFile());
            System.out.println("wrote " + out + " (" + WIDTH + "x" + HEIGHT + ")");
        }
    }

    static BufferedImage draw(String lookId, BufferedImage sheet, BufferedImage frame, BufferedImage poster,
                              String progress, Duration length) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);

        // Left: the contact sheet, then a storyboard frame with its caption.
        caption(g, "client.looks().list()  →  a contact sheet", 24, 30);
        int sheetW = 480;
        int sheetH = sheet.getHeight() * sheetW / sheet.getWidth();
        g.drawImage(sheet, 24, 42, sheetW, sheetH, null);
        frame(g, 24, 42, sheetW, sheetH);
        int frameY = 42 + sheetH + 44;
        caption(g, "a storyboard frame: the look, its background, the script as captions", 24, frameY - 12);
        int frameW = 360;
        int frameH = frame.getHeight() * frameW / frame.getWidth();
        g.drawImage(frame, 24, frameY, frameW, frameH, null);
        frame(g, 24, frameY, frameW, frameH);

        cell(g, lookId, poster, progress, length);
        g.dispose();
        return img;
    }

    /** A notebook cell on the right: its code, its live progress line and the player it ends with. */
    static void cell(Graphics2D g, String lookId, BufferedImage poster, String progress, Duration length) {
        int x = 540;
        int w = WIDTH - x - 24;
        g.setColor(PANEL);
        g.fillRoundRect(x, 16, w, 150, 10, 10);
        g.setColor(EDGE);
        g.drawRoundRect(x, 16, w, 150, 10, 10);
        g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 13));
        g.setColor(new Color(0x303F9F));
        g.drawString("In [5]:", x + 12, 40);
        String[] code = {
                "Video video = Avatar.look(\"" + lookId + "\")",
                "        .say(\"" + SCRIPT + "\")",
                "        .on(Background.color(\"#0A84FF\"))",
                "        .render(client);",
                "video"};
        g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 14));
        for (int i = 0; i < code.length; i++) {
            g.setColor(INK);
            g.drawString(code[i], x + 80, 40 + i * 24);
        }
        g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 13));
        g.setColor(DONE);
        g.drawString(progress, x + 80, 196);
        int playerW = w - 80 - 12;
        int playerH = poster.getHeight() * playerW / poster.getWidth();
        int py = 214;
        g.drawImage(poster, x + 80, py, playerW, playerH, null);
        controls(g, x + 80, py, playerW, playerH, length);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.setColor(MUTED);
        g.drawString("My first heygen-kit video · completed · " + String.format(Locale.ROOT, "%.1f s",
                length.toMillis() / 1000.0), x + 80, py + playerH + 22);
        g.drawString("Offline sandbox: no key, free, seconds per video. With HEYGEN_API_KEY: your account.",
                x + 80, py + playerH + 46);
    }

    static void caption(Graphics2D g, String text, int x, int y) {
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.setColor(INK);
        g.drawString(text, x, y);
    }

    static void frame(Graphics2D g, int x, int y, int w, int h) {
        g.setColor(EDGE);
        g.setStroke(new BasicStroke(1));
        g.drawRect(x, y, w, h);
    }

    /** An HTML5 player's control bar over the poster: play button, time and a track. */
    static void controls(Graphics2D g, int x, int y, int w, int h, Duration length) {
        int bar = 40;
        g.setPaint(new GradientPaint(0, y + h - bar, new Color(0, 0, 0, 0), 0, y + h, new Color(0, 0, 0, 150)));
        g.fillRect(x, y + h - bar, w, bar);
        g.setColor(Color.WHITE);
        int cy = y + h - bar / 2;
        g.fillPolygon(new Polygon(new int[]{x + 16, x + 16, x + 30}, new int[]{cy - 8, cy + 8, cy}, 3));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        long s = Math.round(length.toMillis() / 1000.0);
        g.drawString(String.format(Locale.ROOT, "0:00 / %d:%02d", s / 60, s % 60), x + 44, cy + 4);
        g.setColor(new Color(255, 255, 255, 120));
        g.fillRoundRect(x + 130, cy - 2, w - 150, 4, 4, 4);
        g.setColor(EDGE);
        g.drawRect(x, y, w, h);
    }

    /** The frame of an animated GIF at {@code at} (0..1) of its frames, with the frames before it drawn underneath. */
    static BufferedImage gifFrame(String url, double at) throws IOException {
        byte[] bytes;
        try (InputStream in = URI.create(url).toURL().openStream()) {
            bytes = in.readAllBytes();
        }
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream stream = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(stream);
            int frames = reader.getNumImages(true);
            int target = Math.min(frames - 1, (int) (frames * at));
            BufferedImage first = reader.read(0);
            BufferedImage canvas = new BufferedImage(first.getWidth(), first.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = canvas.createGraphics();
            // Later frames of a GIF may hold only what changed, at an offset: paint them in order.
            for (int i = 0; i <= target; i++) {
                org.w3c.dom.Node descriptor = ((javax.imageio.metadata.IIOMetadataNode) reader.getImageMetadata(i)
                        .getAsTree("javax_imageio_gif_image_1.0")).getElementsByTagName("ImageDescriptor").item(0);
                int left = Integer.parseInt(descriptor.getAttributes().getNamedItem("imageLeftPosition").getNodeValue());
                int top = Integer.parseInt(descriptor.getAttributes().getNamedItem("imageTopPosition").getNodeValue());
                g.drawImage(i == 0 ? first : reader.read(i), left, top, null);
            }
            g.dispose();
            return canvas;
        } finally {
            reader.dispose();
        }
    }
}
