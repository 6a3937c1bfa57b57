package dev.heygenkit.internal.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

class PreviewImagesTest {
    @Test
    void thumbnail_is_a_jpeg_of_the_first_shot_at_video_size() throws Exception {
        byte[] jpeg = Media.thumbnailJpeg(Boards.twoShots(true));

        assertThat(jpeg).startsWith((byte) 0xFF, (byte) 0xD8);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(img.getWidth()).isEqualTo(320);
        assertThat(img.getHeight()).isEqualTo(180);
        assertThat(Boards.distance(Boards.mean(img, 4, 80, 30, 20), new Color(0x0A84FF))).isLessThanOrEqualTo(10);
    }

    @Test
    void video_frame_shows_the_shot_and_caption_of_that_instant() {
        Storyboard board = Boards.twoShots(true);

        BufferedImage captioned = Media.videoFrame(board, 1.0);
        BufferedImage between = Media.videoFrame(board, 2.8);
        BufferedImage secondShot = Media.videoFrame(board, 4.0);

        assertThat(new Color(captioned.getRGB(10, 90))).isEqualTo(new Color(0x0A84FF));
        assertThat(new Color(secondShot.getRGB(10, 90))).isEqualTo(new Color(0xE4572E));
        assertThat(Boards.meanDifference(captioned, between, 110, 152, 100, 12)).as("caption gone at 2.8 s")
                .isGreaterThan(20);
    }

    @Test
    void video_frame_progress_bar_grows_with_time() {
        Storyboard board = Boards.twoShots(false);
        int y = 179;

        BufferedImage early = Media.videoFrame(board, 1.0);
        BufferedImage late = Media.videoFrame(board, 4.0);

        int at = 160;
        assertThat(early.getRGB(at, y)).as("not filled yet at 18 %").isNotEqualTo(late.getRGB(at, y));
        assertThat(early.getRGB(20, y)).as("filled in both").isEqualTo(late.getRGB(20, y));
    }

    @Test
    void preview_gif_loops_several_small_frames() throws Exception {
        byte[] gif = Media.previewGif(Boards.twoShots(true));

        assertThat(new String(gif, 0, 6, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("GIF89a");
        Gif g = read(gif);
        assertThat(g.width).isEqualTo(320);
        assertThat(g.height).isEqualTo(180);
        assertThat(g.frames).isGreaterThanOrEqualTo(3);
        assertThat(g.loops).as("NETSCAPE2.0 loop-forever extension").isTrue();
        assertThat(g.delays).allSatisfy(d -> assertThat(d).isBetween(2, 100));
        assertThat(g.delays.stream().mapToInt(Integer::intValue).sum() / 100.0).as("plays in real time")
                .isBetween(5.0, 6.0);
    }

    @Test
    void preview_gif_of_a_wide_long_video_is_scaled_down_and_sampled() throws Exception {
        List<Shot> shots = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            shots.add(new Shot(i * 10, i * 10 + 10, "avatar", "scene " + i, null, null,
                    i % 2 == 0 ? "#0A84FF" : "#E4572E", List.of(new Cue(i * 10 + 1, i * 10 + 9, "line " + i))));
        }
        Storyboard board = new Storyboard(1920, 1080, shots, true, "Long");

        Gif g = read(Media.previewGif(board));

        assertThat(g.width).isEqualTo(480);
        assertThat(g.height).isEqualTo(270);
        assertThat(g.frames).isBetween(10, Media.GIF_MAX_FRAMES);
    }

    private record Gif(int width, int height, int frames, boolean loops, List<Integer> delays) {
    }

    private static Gif read(byte[] gif) throws Exception {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            reader.setInput(in);
            int frames = reader.getNumImages(true);
            boolean loops = false;
            List<Integer> delays = new ArrayList<>();
            for (int i = 0; i < frames; i++) {
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                var controls = root.getElementsByTagName("GraphicControlExtension");
                if (controls.getLength() > 0) {
                    delays.add(Integer.parseInt(((IIOMetadataNode) controls.item(0)).getAttribute("delayTime")));
                }
                var apps = root.getElementsByTagName("ApplicationExtension");
                for (int k = 0; k < apps.getLength(); k++) {
                    IIOMetadataNode app = (IIOMetadataNode) apps.item(k);
                    byte[] data = (byte[]) app.getUserObject();
                    if ("NETSCAPE".equals(app.getAttribute("applicationID")) && "2.0".equals(app.getAttribute("authenticationCode"))
                            && data.length == 3 && data[0] == 1 && data[1] == 0 && data[2] == 0) {
                        loops = true;
                    }
                }
            }
            BufferedImage first = reader.read(0);
            return new Gif(first.getWidth(), first.getHeight(), frames, loops, delays);
        } finally {
            reader.dispose();
        }
    }
}
