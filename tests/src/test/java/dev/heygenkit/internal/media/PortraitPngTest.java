package dev.heygenkit.internal.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PortraitPngTest {
    @Test
    void portrait_png_has_the_requested_size_in_any_aspect() throws Exception {
        assertThat(size(Media.portraitPng("look_1", "Anna", "female", "studio_avatar", 512, 512))).isEqualTo("512x512");
        assertThat(size(Media.portraitPng("look_1", "Anna", "female", "studio_avatar", 640, 360))).isEqualTo("640x360");
        assertThat(size(Media.portraitPng("look_1", "Anna", "female", "studio_avatar", 90, 160))).isEqualTo("90x160");
    }

    @Test
    void same_inputs_give_the_same_bytes() {
        byte[] a = Media.portraitPng("look_anna", "Anna", "female", "studio_avatar", 256, 256);
        byte[] b = Media.portraitPng("look_anna", "Anna", "female", "studio_avatar", 256, 256);

        assertThat(b).isEqualTo(a);
    }

    @Test
    void different_seeds_give_visibly_different_portraits() throws Exception {
        BufferedImage a = decode(Media.portraitPng("look_1", "Sam", null, "studio_avatar", 256, 256));
        for (String seed : new String[] {"look_2", "look_3", "look_1 ", "LOOK_1"}) {
            BufferedImage b = decode(Media.portraitPng(seed, "Sam", null, "studio_avatar", 256, 256));
            assertThat(changedFraction(a, b, new Rectangle(0, 0, 256, 256))).as(seed).isGreaterThan(0.2);
        }
    }

    @Test
    void gender_changes_the_figure() throws Exception {
        BufferedImage female = decode(Media.portraitPng("look_1", "Sam", "female", "studio_avatar", 256, 256));
        BufferedImage male = decode(Media.portraitPng("look_1", "Sam", "male", "studio_avatar", 256, 256));

        assertThat(changedFraction(female, male, new Rectangle(48, 40, 160, 180))).isGreaterThan(0.05);
    }

    @Test
    void the_name_is_drawn_along_the_bottom() throws Exception {
        BufferedImage named = decode(Media.portraitPng("look_1", "Anna Lindqvist", "female", "studio_avatar", 256, 256));
        BufferedImage unnamed = decode(Media.portraitPng("look_1", null, "female", "studio_avatar", 256, 256));

        assertThat(changedFraction(named, unnamed, new Rectangle(0, 192, 256, 64))).isGreaterThan(0.05);
        assertThat(changedFraction(named, unnamed, new Rectangle(0, 0, 256, 160))).isZero();
    }

    @Test
    void the_avatar_type_badge_sits_in_the_top_left_corner() throws Exception {
        BufferedImage studio = decode(Media.portraitPng("look_1", "Anna", "female", "studio_avatar", 256, 256));
        BufferedImage photo = decode(Media.portraitPng("look_1", "Anna", "female", "photo_avatar", 256, 256));
        BufferedImage none = decode(Media.portraitPng("look_1", "Anna", "female", null, 256, 256));

        Rectangle corner = new Rectangle(0, 0, 100, 40);
        assertThat(changedFraction(studio, photo, corner)).isGreaterThan(0.05);
        assertThat(changedFraction(studio, none, corner)).isGreaterThan(0.05);
        assertThat(changedFraction(studio, photo, new Rectangle(0, 60, 256, 196))).isZero();
    }

    @Test
    void nonsense_sizes_are_rejected_with_the_size_in_the_message() {
        assertThatThrownBy(() -> Media.portraitPng("x", "X", null, null, 0, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0x10");
    }

    static BufferedImage decode(byte[] png) throws IOException {
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static String size(byte[] png) throws IOException {
        BufferedImage img = decode(png);
        return img.getWidth() + "x" + img.getHeight();
    }

    /** Share of pixels inside {@code area} whose colour differs between the two images. */
    static double changedFraction(BufferedImage a, BufferedImage b, Rectangle area) {
        int changed = 0;
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    changed++;
                }
            }
        }
        return (double) changed / (area.width * area.height);
    }
}
