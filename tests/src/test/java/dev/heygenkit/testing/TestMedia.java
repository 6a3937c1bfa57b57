package dev.heygenkit.testing;

import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small real media files for tests: photos that decode, a WAV of silence, the smallest recognisable MP4. */
public final class TestMedia {
    private TestMedia() {
    }

    /** A {@code w}×{@code h} picture, blue with a red square in its middle, as PNG or JPEG. */
    public static byte[] picture(int w, int h, String format) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(30, 60, 200));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.RED);
        g.fillRect(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes a picture named {@code name} (PNG when it ends in .png, else JPEG) into {@code dir}. */
    public static Path picture(Path dir, String name, int w, int h) throws IOException {
        return Files.write(dir.resolve(name), picture(w, h, name.endsWith(".png") ? "png" : "jpg"));
    }

    /** A mono 16-bit 8 kHz PCM WAV of silence. */
    public static byte[] wav(double seconds) {
        int frames = (int) (8000 * seconds);
        AudioFormat format = new AudioFormat(8000, 16, 1, true, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(new byte[frames * 2]), format, frames),
                    AudioFileFormat.Type.WAVE, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes a WAV of silence named {@code name} into {@code dir}. */
    public static Path wav(Path dir, String name, double seconds) throws IOException {
        return Files.write(dir.resolve(name), wav(seconds));
    }

    /** The smallest bytes recognised as MP4 (an ftyp box). */
    public static byte[] mp4() {
        byte[] b = new byte[64];
        byte[] head = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};
        System.arraycopy(head, 0, b, 0, head.length);
        return b;
    }
}
