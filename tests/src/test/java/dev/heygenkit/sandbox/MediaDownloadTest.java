package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Create, poll and download over raw HTTP: the storyboard and its companions are real files of the right shape. */
class MediaDownloadTest extends SandboxTestBase {

    /** Finds a box by path (e.g. moov/trak/tkhd) in an ISO BMFF file and returns its payload. */
    static ByteBuffer box(byte[] file, String path) {
        ByteBuffer buf = ByteBuffer.wrap(file);
        int start = 0;
        int end = file.length;
        ByteBuffer found = null;
        for (String name : path.split("/")) {
            found = null;
            int pos = start;
            while (pos + 8 <= end) {
                long size = buf.getInt(pos) & 0xFFFFFFFFL;
                String type = new String(file, pos + 4, 4, StandardCharsets.US_ASCII);
                int header = 8;
                if (size == 1) {
                    size = buf.getLong(pos + 8);
                    header = 16;
                } else if (size == 0) {
                    size = end - pos;
                }
                if (type.equals(name)) {
                    found = ByteBuffer.wrap(file, pos + header, (int) size - header).slice();
                    start = pos + header;
                    end = (int) (pos + size);
                    break;
                }
                pos += (int) size;
            }
            if (found == null) {
                throw new AssertionError("no box " + name + " in " + path);
            }
        }
        return found;
    }

    static double mvhdSeconds(byte[] mp4) {
        ByteBuffer mvhd = box(mp4, "moov/mvhd");
        if (mvhd.get(0) == 1) {
            return mvhd.getLong(24) / (double) (mvhd.getInt(20) & 0xFFFFFFFFL);
        }
        return (mvhd.getInt(16) & 0xFFFFFFFFL) / (double) (mvhd.getInt(12) & 0xFFFFFFFFL);
    }

    static int[] tkhdSize(byte[] mp4) {
        ByteBuffer tkhd = box(mp4, "moov/trak/tkhd");
        int base = tkhd.get(0) == 1 ? 88 : 76;
        return new int[] {tkhd.getInt(base) >>> 16, tkhd.getInt(base + 4) >>> 16};
    }

    static BufferedImage image(byte[] bytes) throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(img).as("decodable image").isNotNull();
        return img;
    }

    static double wavSeconds(byte[] wav) {
        assertThat(new String(wav, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(wav, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WAVE");
        ByteBuffer b = ByteBuffer.wrap(wav).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int pos = 12;
        int byteRate = 0;
        while (pos + 8 <= wav.length) {
            String id = new String(wav, pos, 4, StandardCharsets.US_ASCII);
            int size = b.getInt(pos + 4);
            if (id.equals("fmt ")) {
                byteRate = b.getInt(pos + 16);
            } else if (id.equals("data")) {
                return size / (double) byteRate;
            }
            pos += 8 + size + (size & 1);
        }
        throw new AssertionError("no data chunk");
    }

    record SrtCue(double start, double end, String text) {
    }

    static List<SrtCue> srt(String text) {
        Matcher m = Pattern.compile("(\\d\\d):(\\d\\d):(\\d\\d),(\\d{3}) --> (\\d\\d):(\\d\\d):(\\d\\d),(\\d{3})\\r?\\n([^\\r\\n]+)").matcher(text);
        List<SrtCue> out = new ArrayList<>();
        while (m.find()) {
            out.add(new SrtCue(seconds(m, 1), seconds(m, 5), m.group(9)));
        }
        return out;
    }

    private static double seconds(Matcher m, int g) {
        return Integer.parseInt(m.group(g)) * 3600 + Integer.parseInt(m.group(g + 1)) * 60 + Integer.parseInt(m.group(g + 2))
                + Integer.parseInt(m.group(g + 3)) / 1000.0;
    }

    @Test
    void create_poll_download_gives_a_storyboard_mp4_of_the_render_duration_and_frame_size() throws Exception {
        String id = createVideo("{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"title\":\"Hello\",\"background\":{\"type\":\"color\",\"value\":\"#0A84FF\"},"
                + "\"caption\":{\"style\":\"default\"},\"script\":" + Raw.q("Welcome to the tour. <break time=\"1s\"/> Let's start with the basics of the kit.") + "}");
        JsonNode v = video(id);
        for (int polls = 0; polls < 100 && !v.get("status").asText().equals("completed"); polls++) {
            sb.advance(Duration.ofSeconds(10));
            v = video(id);
        }
        assertThat(v.get("status").asText()).isEqualTo("completed");
        double duration = v.get("duration").asDouble();
        assertThat(duration).isEqualTo(12 * 0.4 + 1.0, within(0.001));

        Raw.Reply mp4 = raw.fetch(v.get("video_url").asText());
        assertThat(mp4.status()).isEqualTo(200);
        assertThat(mp4.header("Content-Type")).isEqualTo("video/mp4");
        assertThat(new String(mp4.body(), 4, 4, StandardCharsets.US_ASCII)).isEqualTo("ftyp");
        assertThat(mvhdSeconds(mp4.body())).isCloseTo(duration, within(0.5));
        assertThat(tkhdSize(mp4.body())).containsExactly(640, 360);

        Raw.Reply captioned = raw.fetch(v.get("captioned_video_url").asText());
        assertThat(captioned.status()).isEqualTo(200);
        assertThat(mvhdSeconds(captioned.body())).isCloseTo(duration, within(0.5));

        BufferedImage thumb = image(raw.fetch(v.get("thumbnail_url").asText()).body());
        assertThat(thumb.getWidth()).isEqualTo(640);
        assertThat(thumb.getHeight()).isEqualTo(360);
        byte[] gif = raw.fetch(v.get("gif_url").asText()).body();
        assertThat(new String(gif, 0, 6, StandardCharsets.US_ASCII)).startsWith("GIF8");
        assertThat(image(gif).getWidth()).isLessThanOrEqualTo(480);

        List<SrtCue> cues = srt(raw.fetch(v.get("subtitle_url").asText()).text());
        assertThat(cues).isNotEmpty();
        assertThat(cues.get(0).start()).isEqualTo(0.0);
        assertThat(cues.get(0).text()).isEqualTo("Welcome to the tour.");
        assertThat(cues.get(1).start()).as("the pause shifts the next line").isEqualTo(4 * 0.4 + 1.0, within(0.001));
        assertThat(cues.get(cues.size() - 1).end()).isEqualTo(duration, within(0.001));
        assertThat(String.join(" ", cues.stream().map(SrtCue::text).toList()))
                .isEqualTo("Welcome to the tour. Let's start with the basics of the kit.");
        assertThat(raw.fetch(v.get("video_url").asText()).body()).as("cached, identical").isEqualTo(mp4.body());
    }

    @Test
    void portrait_studio_storyboards_follow_the_aspect_ratio_and_scene_order() throws Exception {
        String img = "{\"type\":\"url\",\"url\":\"https://example.com/slide.png\"}";
        String id = createVideo("{\"type\":\"studio\",\"aspect_ratio\":\"9:16\",\"scenes\":["
                + "{\"type\":\"avatar_video\",\"input\":{\"type\":\"avatar\",\"avatar_id\":\"sofia\",\"script\":\"Hola a todos.\"}},"
                + "{\"type\":\"image\",\"source\":" + img + ",\"duration\":2},"
                + "{\"type\":\"avatar_video\",\"input\":{\"type\":\"avatar\",\"avatar_id\":\"marcus\",\"script\":\"And now in English.\"}}]}");
        sb.advance(Duration.ofHours(1));
        JsonNode v = video(id);
        byte[] mp4 = raw.fetch(v.get("video_url").asText()).body();
        assertThat(tkhdSize(mp4)).containsExactly(360, 640);
        assertThat(mvhdSeconds(mp4)).isCloseTo(v.get("duration").asDouble(), within(0.5));
        List<SrtCue> cues = srt(raw.fetch(v.get("subtitle_url").asText()).text());
        assertThat(cues).extracting(SrtCue::text).containsExactly("Hola a todos.", "And now in English.");
        assertThat(cues.get(1).start()).isEqualTo(3 * 0.4 + 2.0, within(0.001));
        assertThat(v.get("captioned_video_url").isNull()).isTrue();
        String captionedPath = v.get("video_url").asText().replace("/video.mp4", "/captioned.mp4");
        assertThat(raw.fetch(captionedPath).status()).as("no captioned file without caption.style").isIn(403, 404);
    }

    @Test
    void look_previews_are_pngs_of_the_looks_shape_and_voice_previews_are_wavs() throws Exception {
        JsonNode anna = raw.get("/v3/avatars/looks/anna").data();
        Raw.Reply png = raw.fetch(anna.get("preview_image_url").asText());
        assertThat(png.header("Content-Type")).isEqualTo("image/png");
        BufferedImage img = image(png.body());
        assertThat(img.getWidth()).isEqualTo(384);
        assertThat(img.getHeight()).isEqualTo(216);
        BufferedImage portrait = image(raw.fetch(raw.get("/v3/avatars/looks/anna_casual").data().get("preview_image_url").asText()).body());
        assertThat(portrait.getHeight()).isGreaterThan(portrait.getWidth());
        Raw.Reply wav = raw.fetch(raw.get("/v3/voices/en_ava").data().get("preview_audio_url").asText());
        assertThat(wav.header("Content-Type")).isEqualTo("audio/wav");
        assertThat(wavSeconds(wav.body())).isGreaterThan(2.0);
        assertThat(raw.fetch(sb.baseUri() + "/_media/looks/nobody.png").status()).isEqualTo(404);
    }

    @Test
    void every_ready_look_has_a_png_preview_in_its_orientation_and_every_voice_a_wav() throws Exception {
        for (JsonNode look : all("/v3/avatars/looks", 50)) {
            if (look.get("preview_image_url").isNull()) {
                assertThat(look.get("status").asText()).isEqualTo("processing");
                continue;
            }
            BufferedImage img = image(raw.fetch(look.get("preview_image_url").asText()).body());
            String orientation = look.get("preferred_orientation").asText();
            assertThat(img.getWidth() > img.getHeight() ? "landscape" : img.getWidth() < img.getHeight() ? "portrait" : "square")
                    .as(look.get("id").asText()).isEqualTo(orientation);
        }
        for (JsonNode group : all("/v3/avatars", 50)) {
            assertThat(raw.fetch(group.get("preview_image_url").asText()).status()).isEqualTo(200);
        }
        List<JsonNode> voices = new ArrayList<>(all("/v3/voices", 100));
        voices.addAll(all("/v3/voices?type=private", 100));
        for (JsonNode voice : voices) {
            if (!voice.get("preview_audio_url").isNull()) {
                assertThat(wavSeconds(raw.fetch(voice.get("preview_audio_url").asText()).body())).as(voice.get("voice_id").asText()).isGreaterThan(2.0);
            }
        }
    }

    @Test
    void speech_audio_lasts_the_reported_duration() {
        JsonNode d = raw.post("/v3/voices/speech", "{\"text\":\"This is a test of the sandbox speech.\",\"voice_id\":\"en_brian\"}").data();
        byte[] wav = raw.fetch(d.get("audio_url").asText()).body();
        assertThat(wavSeconds(wav)).isCloseTo(d.get("duration").asDouble(), within(0.05));
    }

    @Test
    void the_video_page_shows_a_player_for_the_render() {
        String id = createVideo("{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"title\":\"Page <test>\",\"script\":\"Hi\"}");
        sb.advance(Duration.ofHours(1));
        Raw.Reply page = raw.fetch(video(id).get("video_page_url").asText());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("<video").contains("Page &lt;test&gt;").contains("/video.mp4?");
    }
}
