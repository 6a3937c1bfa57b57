package dev.heygenkit.internal.media;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Generates the sandbox's media: look portraits, voice audio, storyboard videos, thumbnails, GIFs and SRT files.
 * Everything is computed from its inputs (no bundled binaries), deterministic for the same inputs, and safe to call
 * from several threads at once; it needs no display ({@code java.awt.headless=true} is fine).
 */
public final class Media {
    /** Width limit of {@link #previewGif(Storyboard)}. */
    public static final int GIF_MAX_WIDTH = 480;
    /** Frame limit of {@link #previewGif(Storyboard)}; longer storyboards are sampled evenly. */
    public static final int GIF_MAX_FRAMES = 40;
    /** Sample rate of {@link #speechWav}: 16 kHz, the usual rate for speech. */
    public static final int SPEECH_SAMPLE_RATE = Speech.SAMPLE_RATE;
    private static final int GIF_FPS = 4;

    private Media() {
    }

    /**
     * A PNG portrait for a look: a stylised figure distinct per {@code seed}, labelled with {@code name}.
     * For example {@code Media.portraitPng("look_anna", "Anna", "female", "studio_avatar", 512, 512)}.
     *
     * @param seed        anything stable (the look id) that picks colours and shapes
     * @param name        the look's display name, drawn on the picture
     * @param gender      {@code male}, {@code female} or null
     * @param avatarType  {@code studio_avatar}, {@code digital_twin} or {@code photo_avatar}
     * @param width       pixel width
     * @param height      pixel height
     */
    public static byte[] portraitPng(String seed, String name, String gender, String avatarType, int width, int height) {
        return png(portraitImage(seed, name, gender, avatarType, width, height));
    }

    /**
     * The picture behind {@link #portraitPng}, for callers (notebooks, contact sheets) that want pixels, not bytes.
     * Same arguments, same image.
     */
    public static BufferedImage portraitImage(String seed, String name, String gender, String avatarType,
                                              int width, int height) {
        return Portraits.draw(seed, name, gender, avatarType, width, height);
    }

    /**
     * A photo (PNG or JPEG bytes) as a PNG of exactly {@code width}×{@code height}, scaled to cover the frame and
     * centre-cropped; null when the bytes are not a picture ImageIO can decode.
     */
    public static byte[] photoPng(byte[] photo, int width, int height) {
        BufferedImage src = Gfx.decode(photo);
        if (src == null) {
            return null;
        }
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Gfx.begin(out);
        try {
            Gfx.drawCover(g, src, 0, 0, width, height);
        } finally {
            g.dispose();
        }
        return png(out);
    }

    /** The width and height of a decodable picture, or null when ImageIO cannot decode the bytes. */
    public static int[] imageSize(byte[] picture) {
        BufferedImage img = Gfx.decode(picture);
        return img == null ? null : new int[] {img.getWidth(), img.getHeight()};
    }

    /**
     * A mono 16-bit PCM WAV of synthetic "speech" lasting {@code seconds}: voiced syllables following the words'
     * timing, pitched by {@code gender}, silent where {@code words} leave gaps (pauses). It is sampled at
     * {@link #SPEECH_SAMPLE_RATE} Hz and holds exactly {@code round(seconds * rate)} frames.
     *
     * @param seed     anything stable (the voice id) that shapes the timbre
     * @param gender   {@code male}, {@code female} or null
     * @param seconds  total length
     * @param words    word timings (may be empty: then a continuous hum of that length)
     */
    public static byte[] speechWav(String seed, String gender, double seconds, List<Cue> words) {
        short[] samples = Speech.synthesize(seed, gender, seconds, words);
        byte[] pcm = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            pcm[2 * i] = (byte) samples[i];
            pcm[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        AudioFormat format = new AudioFormat(SPEECH_SAMPLE_RATE, 16, 1, true, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream(pcm.length + 64);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format, samples.length)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The playing time of a WAV (or AIFF/AU) file in seconds, read from its header.
     *
     * @throws IllegalArgumentException when the bytes are not audio Java can read
     */
    public static double wavDurationSeconds(byte[] wav) {
        Objects.requireNonNull(wav, "wav");
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            return in.getFrameLength() / (double) in.getFormat().getFrameRate();
        } catch (UnsupportedAudioFileException | IOException e) {
            throw new IllegalArgumentException("not a readable WAV file (" + wav.length + " bytes): " + e.getMessage(), e);
        }
    }

    /**
     * SubRip text for the cues, numbered from 1, times as {@code HH:MM:SS,mmm} rounded to the millisecond, lines
     * ending in {@code \n}. Cues with blank text are skipped, and blank lines inside a cue are dropped because they
     * would end the entry early.
     */
    public static String srt(List<Cue> cues) {
        StringBuilder out = new StringBuilder();
        int number = 0;
        for (Cue cue : cues) {
            String text = cue.text().replace("\r\n", "\n").replace('\r', '\n').strip().replaceAll("\n\\s*\n+", "\n");
            if (text.isEmpty()) {
                continue;
            }
            out.append(++number).append('\n')
                    .append(srtTime(cue.start())).append(" --> ").append(srtTime(cue.end())).append('\n')
                    .append(text).append("\n\n");
        }
        return out.toString();
    }

    private static String srtTime(double seconds) {
        long ms = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d,%03d",
                ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    /**
     * Encodes the storyboard as an H.264 MP4 (playable in browsers) with a visible SANDBOX mark, at a low frame
     * rate; its duration equals {@link Storyboard#duration()} within one frame. The file is silent and has its
     * index first ("fast start"); nothing is written to disk.
     */
    public static void storyboardMp4(Storyboard storyboard, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.write(storyboardMp4(storyboard));
    }

    /** The same MP4 as {@link #storyboardMp4(Storyboard, OutputStream)}, as bytes. */
    public static byte[] storyboardMp4(Storyboard storyboard) throws IOException {
        return Mp4.encode(Objects.requireNonNull(storyboard, "storyboard"));
    }

    /**
     * Frames per second of {@link #storyboardMp4} for this storyboard: 4, or 2 for frames above about one
     * megapixel. Frames that repeat the previous one are merged into a longer frame.
     */
    public static int videoFrameRate(Storyboard storyboard) {
        return Mp4.framesPerSecond(storyboard.width(), storyboard.height());
    }

    /**
     * The video's picture at {@code seconds}, with caption (when burned in) and progress bar, at the video's size.
     * Handy for previews and for checking a storyboard without encoding it.
     */
    public static BufferedImage videoFrame(Storyboard storyboard, double seconds) {
        Objects.requireNonNull(storyboard, "storyboard");
        BufferedImage canvas = Frames.canvas(storyboard.width(), storyboard.height());
        new Frames(storyboard, storyboard.width(), storyboard.height()).render(canvas, seconds, seconds, true, true);
        return canvas;
    }

    /** A JPEG of the storyboard's first shot, the size of the video. */
    public static byte[] thumbnailJpeg(Storyboard storyboard) {
        Objects.requireNonNull(storyboard, "storyboard");
        BufferedImage canvas = Frames.canvas(storyboard.width(), storyboard.height());
        double start = storyboard.shots().isEmpty() ? 0 : storyboard.shots().get(0).start();
        new Frames(storyboard, storyboard.width(), storyboard.height()).render(canvas, start, start, false, false);
        return jpeg(canvas, 0.88f);
    }

    /**
     * An animated GIF preview of the storyboard, at most 480 px wide and a few frames per second, looping forever.
     * Up to 10 s it plays in real time at 4 frames per second; longer storyboards are sampled into
     * {@link #GIF_MAX_FRAMES} frames shown at that pace.
     */
    public static byte[] previewGif(Storyboard storyboard) {
        Objects.requireNonNull(storyboard, "storyboard");
        double scale = Math.min(1.0, (double) GIF_MAX_WIDTH / storyboard.width());
        int w = Math.max(1, (int) Math.round(storyboard.width() * scale));
        int h = Math.max(1, (int) Math.round(storyboard.height() * scale));
        double duration = storyboard.duration();
        int count = (int) Math.max(1, Math.min(GIF_MAX_FRAMES, Math.ceil(duration * GIF_FPS)));
        double step = duration / count;
        int delay = duration <= 0 ? 100 : (int) Math.max(2, Math.min(100 / GIF_FPS, Math.round(step * 100)));
        Frames painter = new Frames(storyboard, w, h);
        List<BufferedImage> frames = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BufferedImage canvas = Frames.canvas(w, h);
            painter.render(canvas, i * step, (i + 1) * step, true, true);
            frames.add(canvas);
        }
        return gif(frames, delay);
    }

    /** PNG at deflate quality 0.25: measured faster and smaller than ImageIO's default for these pictures. */
    private static byte[] png(BufferedImage image) {
        return write(image, "png", 0.25f);
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
        return write(image, "jpeg", quality);
    }

    private static byte[] write(BufferedImage image, String format, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /**
     * Writes frames with a per-frame delay and, on the first, the NETSCAPE2.0 extension that makes it loop. After
     * the first frame only the rectangle that changed is stored (the rest stays on screen), and a frame identical to
     * its predecessor just lengthens the predecessor's delay; that keeps previews a fraction of their naive size.
     */
    private static byte[] gif(List<BufferedImage> frames, int delayCentiseconds) {
        List<GifFrame> parts = new ArrayList<>();
        BufferedImage previous = null;
        for (BufferedImage frame : frames) {
            Rectangle changed = previous == null ? new Rectangle(0, 0, frame.getWidth(), frame.getHeight())
                    : changedArea(previous, frame);
            if (changed == null) {
                parts.get(parts.size() - 1).delay += delayCentiseconds;
            } else {
                BufferedImage part = new BufferedImage(changed.width, changed.height, BufferedImage.TYPE_INT_RGB);
                part.getRaster().setRect(-changed.x, -changed.y, frame.getRaster());
                parts.add(new GifFrame(part, changed.x, changed.y, delayCentiseconds));
            }
            previous = frame;
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.prepareWriteSequence(null);
            ImageWriteParam param = writer.getDefaultWriteParam();
            boolean first = true;
            for (GifFrame part : parts) {
                IIOMetadata meta = writer.getDefaultImageMetadata(
                        ImageTypeSpecifier.createFromRenderedImage(part.image), param);
                String format = meta.getNativeMetadataFormatName();
                IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
                IIOMetadataNode descriptor = child(root, "ImageDescriptor");
                descriptor.setAttribute("imageLeftPosition", Integer.toString(part.x));
                descriptor.setAttribute("imageTopPosition", Integer.toString(part.y));
                IIOMetadataNode control = child(root, "GraphicControlExtension");
                control.setAttribute("disposalMethod", "doNotDispose");
                control.setAttribute("userInputFlag", "FALSE");
                control.setAttribute("transparentColorFlag", "FALSE");
                control.setAttribute("delayTime", Integer.toString(part.delay));
                control.setAttribute("transparentColorIndex", "0");
                if (first) {
                    IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
                    loop.setAttribute("applicationID", "NETSCAPE");
                    loop.setAttribute("authenticationCode", "2.0");
                    loop.setUserObject(new byte[] {1, 0, 0});
                    child(root, "ApplicationExtensions").appendChild(loop);
                    first = false;
                }
                meta.setFromTree(format, root);
                writer.writeToSequence(new IIOImage(part.image, null, meta), param);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static final class GifFrame {
        final BufferedImage image;
        final int x;
        final int y;
        int delay;

        GifFrame(BufferedImage image, int x, int y, int delay) {
            this.image = image;
            this.x = x;
            this.y = y;
            this.delay = delay;
        }
    }

    /** Bounding box of the pixels that differ between two same-sized RGB images, or null when none do. */
    private static Rectangle changedArea(BufferedImage a, BufferedImage b) {
        int[] pa = ((DataBufferInt) a.getRaster().getDataBuffer()).getData();
        int[] pb = ((DataBufferInt) b.getRaster().getDataBuffer()).getData();
        int w = a.getWidth();
        int h = a.getHeight();
        int minX = w;
        int minY = h;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                if (pa[row + x] != pb[row + x]) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = y;
                }
            }
        }
        return maxX < 0 ? null : new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) parent.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        parent.appendChild(node);
        return node;
    }
}
