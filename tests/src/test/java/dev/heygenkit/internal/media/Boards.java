package dev.heygenkit.internal.media;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;
import javax.imageio.ImageIO;
import org.jcodec.api.FrameGrab;
import org.jcodec.api.JCodecException;
import org.jcodec.common.io.ByteBufferSeekableByteChannel;
import org.jcodec.common.model.Picture;

/** Storyboards and decoding helpers shared by the media tests. */
final class Boards {
    static final String BLUE = "#0A84FF";
    static final String ORANGE = "#E4572E";

    private Boards() {
    }

    static byte[] portrait(String seed) {
        return Media.portraitPng(seed, "Anna", "female", "studio_avatar", 256, 256);
    }

    /** Two avatar shots (blue, then orange) with one caption each: 0..3 s and 3..5.5 s. */
    static Storyboard twoShots(boolean burnCaptions) {
        return new Storyboard(320, 180, List.of(
                new Shot(0, 3, "avatar", "Anna", portrait("look_anna"), null, BLUE,
                        List.of(new Cue(0.5, 2.5, "Welcome to the tour"))),
                new Shot(3, 5.5, "avatar", "Anna", portrait("look_anna"), null, ORANGE,
                        List.of(new Cue(3.2, 5.2, "Let's start with the basics")))),
                burnCaptions, "Tour");
    }

    static byte[] solidPng(Color color, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, w, h);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Decodes the frame shown at {@code seconds} and converts it to RGB the way a browser does for a stream without
     * colour description: BT.601, video range (Y 16..235).
     */
    static BufferedImage decodeFrame(byte[] mp4, double seconds) throws IOException, JCodecException {
        FrameGrab grab = FrameGrab.createFrameGrab(ByteBufferSeekableByteChannel.readFromByteBuffer(ByteBuffer.wrap(mp4)));
        grab.seekToSecondPrecise(seconds);
        Picture p = grab.getNativeFrame();
        int w = p.getCroppedWidth();
        int h = p.getCroppedHeight();
        byte[] ys = p.getPlaneData(0);
        byte[] us = p.getPlaneData(1);
        byte[] vs = p.getPlaneData(2);
        int yStride = p.getPlaneWidth(0);
        int cStride = p.getPlaneWidth(1);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double luma = 1.164 * (ys[y * yStride + x] + 128 - 16);
                double u = us[(y / 2) * cStride + x / 2];
                double v = vs[(y / 2) * cStride + x / 2];
                int r = clamp(luma + 1.596 * v);
                int g = clamp(luma - 0.392 * u - 0.813 * v);
                int b = clamp(luma + 2.017 * u);
                img.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return img;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    /** Mean colour of a rectangle. */
    static Color mean(BufferedImage img, int x, int y, int w, int h) {
        long r = 0;
        long g = 0;
        long b = 0;
        for (int j = y; j < y + h; j++) {
            for (int i = x; i < x + w; i++) {
                int p = img.getRGB(i, j);
                r += (p >> 16) & 0xff;
                g += (p >> 8) & 0xff;
                b += p & 0xff;
            }
        }
        int n = w * h;
        return new Color((int) (r / n), (int) (g / n), (int) (b / n));
    }

    /** Largest per-channel distance between two colours. */
    static int distance(Color a, Color b) {
        return Math.max(Math.abs(a.getRed() - b.getRed()),
                Math.max(Math.abs(a.getGreen() - b.getGreen()), Math.abs(a.getBlue() - b.getBlue())));
    }

    /** Mean absolute per-channel difference over a rectangle. */
    static double meanDifference(BufferedImage a, BufferedImage b, int x, int y, int w, int h) {
        long sum = 0;
        for (int j = y; j < y + h; j++) {
            for (int i = x; i < x + w; i++) {
                int p = a.getRGB(i, j);
                int q = b.getRGB(i, j);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff));
                }
            }
        }
        return sum / (3.0 * w * h);
    }
}
