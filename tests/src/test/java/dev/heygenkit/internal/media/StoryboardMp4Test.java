package dev.heygenkit.internal.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryboardMp4Test {
    private static final Color BLUE = new Color(0x0A84FF);
    private static final Color ORANGE = new Color(0xE4572E);
    /** Colour error allowed after H.264 compression and the 4:2:0 round trip. */
    private static final int TOLERANCE = 14;

    @Test
    void storyboard_mp4_is_an_iso_file_with_its_index_before_the_media() throws Exception {
        byte[] mp4 = Media.storyboardMp4(Boards.twoShots(true));

        List<String> types = IsoBmff.top(mp4).stream().map(IsoBmff.Box::type).toList();
        assertThat(types.get(0)).isEqualTo("ftyp");
        assertThat(types).contains("moov", "mdat");
        assertThat(types.indexOf("moov")).as("moov first, so browsers can play while downloading")
                .isLessThan(types.indexOf("mdat"));
    }

    @Test
    void storyboard_mp4_lasts_as_long_as_its_shots() throws Exception {
        Storyboard board = new Storyboard(320, 180, List.of(
                new Shot(0, 2.2, "avatar", "A", Boards.portrait("a"), null, Boards.BLUE, List.of()),
                new Shot(2.2, 7.3, "image", "slide", null, null, "#333333", List.of())), false, null);
        double onePeriod = 1.0 / Media.videoFrameRate(board);

        byte[] mp4 = Media.storyboardMp4(board);

        assertThat(IsoBmff.seconds(IsoBmff.find(mp4, "moov/mvhd"))).isCloseTo(7.3, within(onePeriod));
        IsoBmff.Box trak = IsoBmff.videoTracks(mp4).get(0);
        assertThat(IsoBmff.seconds(trak.child("mdia").orElseThrow().child("mdhd").orElseThrow()))
                .isCloseTo(7.3, within(onePeriod));
    }

    @Test
    void video_track_has_the_storyboard_size_and_an_avc1_sample_entry() throws Exception {
        Storyboard board = new Storyboard(352, 198, Boards.twoShots(false).shots(), false, null);

        byte[] mp4 = Media.storyboardMp4(board);

        List<IsoBmff.Box> tracks = IsoBmff.videoTracks(mp4);
        assertThat(tracks).hasSize(1);
        IsoBmff.Box tkhd = tracks.get(0).child("tkhd").orElseThrow();
        int base = tkhd.u8(0) == 1 ? 88 : 76;
        assertThat(tkhd.u32(base) / 65536.0).isEqualTo(352.0);
        assertThat(tkhd.u32(base + 4) / 65536.0).isEqualTo(198.0);
        IsoBmff.Box stsd = tracks.get(0).child("mdia").flatMap(b -> b.child("minf")).flatMap(b -> b.child("stbl"))
                .flatMap(b -> b.child("stsd")).orElseThrow();
        List<IsoBmff.Box> entries = IsoBmff.walk(stsd.file(), stsd.payload() + 8, (int) (stsd.offset() + stsd.size()));
        assertThat(entries).extracting(IsoBmff.Box::type).containsExactly("avc1");
        IsoBmff.Box avc1 = entries.get(0);
        List<IsoBmff.Box> avc1Children = IsoBmff.walk(avc1.file(), avc1.payload() + 78, (int) (avc1.offset() + avc1.size()));
        assertThat(avc1Children).extracting(IsoBmff.Box::type).contains("avcC");
    }

    @Test
    void decoded_frames_show_each_shots_background_colour() throws Exception {
        byte[] mp4 = Media.storyboardMp4(Boards.twoShots(true));

        // left edge, mid height: clear of the portrait card, label, ribbon and caption
        BufferedImage first = Boards.decodeFrame(mp4, 1.0);
        BufferedImage second = Boards.decodeFrame(mp4, 4.5);
        assertThat(Boards.distance(Boards.mean(first, 4, 80, 30, 20), BLUE)).isLessThanOrEqualTo(TOLERANCE);
        assertThat(Boards.distance(Boards.mean(second, 4, 80, 30, 20), ORANGE)).isLessThanOrEqualTo(TOLERANCE);
    }

    @Test
    void burned_captions_change_the_bottom_of_the_picture_and_nothing_else() throws Exception {
        byte[] burned = Media.storyboardMp4(Boards.twoShots(true));
        byte[] clean = Media.storyboardMp4(Boards.twoShots(false));

        BufferedImage with = Boards.decodeFrame(burned, 1.5);
        BufferedImage without = Boards.decodeFrame(clean, 1.5);
        assertThat(Boards.meanDifference(with, without, 110, 152, 100, 12)).as("caption band").isGreaterThan(20);
        assertThat(Boards.meanDifference(with, without, 0, 60, 40, 40)).as("background beside the card").isLessThan(3);
    }

    @Test
    void light_and_dark_greys_keep_their_level_in_video_range() throws Exception {
        // Mid-tones look alike in full and video range; near-white and near-black expose a range mix-up (~15 levels).
        Storyboard board = new Storyboard(320, 180, List.of(
                new Shot(0, 1, "image", null, null, null, "#DCDCDC", List.of()),
                new Shot(1, 2, "image", null, null, null, "#181818", List.of())), false, null);
        byte[] mp4 = Media.storyboardMp4(board);

        Color light = Boards.mean(Boards.decodeFrame(mp4, 0.5), 140, 80, 40, 20);
        Color dark = Boards.mean(Boards.decodeFrame(mp4, 1.5), 140, 80, 40, 20);

        assertThat(Boards.distance(light, new Color(0xDCDCDC))).isLessThanOrEqualTo(6);
        assertThat(Boards.distance(dark, new Color(0x181818))).isLessThanOrEqualTo(6);
    }

    @Test
    void still_image_scene_covers_the_frame_with_its_picture() throws Exception {
        byte[] green = Boards.solidPng(new Color(0x2F9E44), 64, 48);
        Storyboard board = new Storyboard(320, 180, List.of(
                new Shot(0, 2, "image", "slide 1", null, green, null, List.of())), false, null);

        BufferedImage frame = Boards.decodeFrame(Media.storyboardMp4(board), 0.5);

        assertThat(Boards.distance(Boards.mean(frame, 140, 80, 40, 20), new Color(0x2F9E44))).isLessThanOrEqualTo(TOLERANCE);
        assertThat(Boards.distance(Boards.mean(frame, 4, 150, 30, 20), new Color(0x2F9E44))).isLessThanOrEqualTo(TOLERANCE);
    }

    @Test
    void shot_without_picture_or_colour_gets_a_neutral_dark_backdrop() throws Exception {
        Storyboard board = new Storyboard(320, 180, List.of(
                new Shot(0, 1.5, "video", null, null, null, null, List.of())), true, null);

        BufferedImage frame = Boards.decodeFrame(Media.storyboardMp4(board), 0.5);

        Color c = Boards.mean(frame, 140, 80, 40, 20);
        assertThat(c.getRed() + c.getGreen() + c.getBlue()).as("dark").isLessThan(3 * 90);
        assertThat(Boards.distance(c, new Color(c.getRed(), c.getRed(), c.getRed()))).as("greyish").isLessThan(40);
    }

    @Test
    void unreadable_picture_bytes_fall_back_to_the_background_colour() throws Exception {
        Storyboard board = new Storyboard(320, 180, List.of(
                new Shot(0, 1, "image", "broken", new byte[] {1, 2, 3}, new byte[] {4, 5}, Boards.BLUE, List.of())),
                false, null);

        BufferedImage frame = Boards.decodeFrame(Media.storyboardMp4(board), 0.2);

        assertThat(Boards.distance(Boards.mean(frame, 140, 80, 40, 20), BLUE)).isLessThanOrEqualTo(TOLERANCE);
    }

    @Test
    void empty_storyboard_still_gives_a_playable_one_frame_video() throws Exception {
        Storyboard board = new Storyboard(160, 90, List.of(), true, null);

        byte[] mp4 = Media.storyboardMp4(board);

        assertThat(IsoBmff.seconds(IsoBmff.find(mp4, "moov/mvhd"))).isGreaterThan(0)
                .isLessThanOrEqualTo(1.0 / Media.videoFrameRate(board));
        IsoBmff.Box stsz = IsoBmff.find(mp4, "moov/trak/mdia/minf/stbl/stsz");
        assertThat(stsz.u32(8)).as("sample count").isGreaterThanOrEqualTo(1);
        assertThat(Boards.decodeFrame(mp4, 0).getWidth()).isEqualTo(160);
    }

    @Test
    void tiny_storyboard_lasts_its_few_milliseconds_in_one_frame() throws Exception {
        Storyboard board = new Storyboard(160, 90, List.of(
                new Shot(0, 0.04, "avatar", "A", null, null, Boards.BLUE, List.of())), false, null);

        byte[] mp4 = Media.storyboardMp4(board);

        assertThat(IsoBmff.seconds(IsoBmff.find(mp4, "moov/mvhd"))).isCloseTo(0.04, within(0.0015));
        assertThat(IsoBmff.find(mp4, "moov/trak/mdia/minf/stbl/stsz").u32(8)).isEqualTo(1);
    }

    @Test
    void static_stretches_are_stored_as_long_samples_not_repeated_frames() throws Exception {
        Storyboard board = new Storyboard(320, 180, List.of(
                new Shot(0, 10, "avatar", "A", Boards.portrait("a"), null, Boards.BLUE, List.of())), true, null);

        byte[] mp4 = Media.storyboardMp4(board);

        IsoBmff.Box stbl = IsoBmff.find(mp4, "moov/trak/mdia/minf/stbl");
        long samples = stbl.child("stsz").orElseThrow().u32(8);
        assertThat(samples).as("one sample per progress step, not per frame period")
                .isLessThanOrEqualTo(11).isLessThan(10L * Media.videoFrameRate(board));
        IsoBmff.Box stts = stbl.child("stts").orElseThrow();
        long total = 0;
        long counted = 0;
        for (int i = 0; i < stts.u32(4); i++) {
            counted += stts.u32(8 + 8 * i);
            total += stts.u32(8 + 8 * i) * stts.u32(12 + 8 * i);
        }
        assertThat(counted).isEqualTo(samples);
        long timescale = IsoBmff.find(mp4, "moov/trak/mdia/mdhd").u32(12);
        assertThat((double) total / timescale).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void equal_storyboards_give_byte_identical_videos() throws Exception {
        byte[] first = Media.storyboardMp4(Boards.twoShots(true));
        Thread.sleep(1100); // the muxer would otherwise stamp a different creation second

        byte[] second = Media.storyboardMp4(Boards.twoShots(true));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void writing_to_a_stream_gives_a_complete_decodable_file() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Media.storyboardMp4(Boards.twoShots(true), out);

        byte[] mp4 = out.toByteArray();
        assertThat(IsoBmff.seconds(IsoBmff.find(mp4, "moov/mvhd"))).isCloseTo(5.5, within(0.25));
        BufferedImage last = Boards.decodeFrame(mp4, 5.4);
        assertThat(Boards.distance(Boards.mean(last, 4, 80, 30, 20), ORANGE)).isLessThanOrEqualTo(TOLERANCE);
    }
}
