package dev.heygenkit.dsl;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.heygenkit.Avatar;
import dev.heygenkit.Background;
import dev.heygenkit.HeyGen;
import dev.heygenkit.PreflightException;
import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.Scene;
import dev.heygenkit.Scenes;
import dev.heygenkit.VideoSpec;
import dev.heygenkit.Voice;
import dev.heygenkit.Watermark;
import dev.heygenkit.internal.render.Api;
import dev.heygenkit.ProgressEvent;
import dev.heygenkit.internal.render.VirtualTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad specs that preflight catches locally: each names the value and the fix, and not a single HTTP request is made
 * (the WireMock server behind the client records zero requests, and nothing is journaled).
 */
class PreflightCatalogTest {
    @RegisterExtension
    static WireMockExtension wm = Api.server();

    @TempDir
    static Path files;
    static Path smallPng;
    static Path notes;
    static Path huge;
    static Path empty;

    @TempDir
    Path home;
    HeyGen client;

    @BeforeAll
    static void fixtures() throws IOException {
        smallPng = files.resolve("small.png");
        ImageIO.write(new BufferedImage(100, 80, BufferedImage.TYPE_INT_RGB), "png", smallPng.toFile());
        notes = Files.writeString(files.resolve("notes.txt"), "not a picture");
        huge = files.resolve("huge.jpg");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(33L * 1024 * 1024);
        }
        empty = Files.createFile(files.resolve("empty.png"));
        Files.createDirectories(files.resolve("folder.jpg"));
    }

    @BeforeEach
    void client() {
        wm.resetAll();
        client = Api.client(wm, new VirtualTime(), home.resolve("renders.jsonl"), Api.events());
    }

    private static final URI PHOTO = URI.create("https://cdn.example.com/me.jpg");
    private static final URI SLIDE = URI.create("https://cdn.example.com/slide.png");

    private static Arguments bad(String code, String fragment, Supplier<VideoSpec> spec) {
        return Arguments.of(code, fragment, spec);
    }

    static Stream<Arguments> catalog() {
        Avatar anna = Avatar.look("look_anna");
        Avatar hi = anna.say("Hi");
        return Stream.of(
                bad("audio_missing", "nothing to say; add .say(", () -> anna),
                bad("audio_conflict", "script and audio_url are set", () -> hi.audio(URI.create("https://x/a.mp3"))),
                bad("script_empty", "the script is empty", () -> anna.say("  ")),
                bad("script_empty", "only pauses", () -> anna.pause(Duration.ofSeconds(1))),
                bad("background_color_invalid", "colour \"blue\" is not a hex colour", () -> hi.on(Background.color("blue"))),
                bad("background_color_invalid", "Background.color(\"#00AAFF\")", () -> hi.on(Background.color("#0af"))),
                bad("aspect_ratio_invalid", "aspect ratio \"7:3\" is not supported", () -> hi.aspect("7:3")),
                bad("aspect_ratio_invalid", "did you mean \"16:9\"", () -> hi.aspect("16x9")),
                bad("resolution_invalid", "resolution \"2k\"", () -> hi.resolution("2k")),
                bad("aspect_ratio_invalid", "not available for cinematic clips", () -> Avatar.cinematic("runs", "l1").aspect("4:5")),
                bad("resolution_invalid", "use 720p or 1080p", () -> Avatar.cinematic("runs", "l1").resolution("4k")),
                bad("voice_speed_range", "voice speed 2 is outside 0.5–1.5", () -> hi.voice(Voice.id("v").speed(2))),
                bad("voice_pitch_range", "voice pitch 80 is outside -50–50", () -> hi.voice(Voice.id("v").pitch(80))),
                bad("voice_volume_range", "voice volume 1.5 is outside 0–1", () -> hi.voice(Voice.id("v").volume(1.5))),
                bad("script_break_unit", "write <break time=\"0.5s\"/>", () -> anna.say("Hi <break time=\"500ms\"/> there")),
                bad("script_break_malformed", "write <break time=\"2s\"/>", () -> anna.say("Hi <break time=\"2\"/> there")),
                bad("script_break_malformed", "self-closing", () -> anna.say("Hi <break time=\"1s\"> there")),
                bad("script_break_spacing", "needs a space on both sides", () -> anna.say("Hi<break time=\"1s\"/> there")),
                bad("script_too_long", "split it into Scenes.of(", () -> anna.say("word ".repeat(1001))),
                bad("scenes_empty", "at least one scene", () -> Scenes.of()),
                bad("scenes_too_many", "at most 50 scenes, not 51", () -> Scenes.of(Collections.nCopies(51,
                        Scene.image(SLIDE).hold(Duration.ofSeconds(1))))),
                bad("webm_with_background", "cannot have a background", () -> hi.transparent().on(Background.color("#000000"))),
                bad("motion_prompt_engine", "Avatar III does not take a motion prompt", () -> hi.engine("avatar_iii").motion("nods")),
                bad("expressiveness_engine", "rejected with Avatar V", () -> hi.engine("avatar_v").expressiveness("high")),
                bad("engine_invalid", "engine \"avatar_6\"", () -> hi.engine("avatar_6")),
                bad("engine_not_for_photo", "takes no engine", () -> Avatar.photo(PHOTO).say("Hi").voice("v").engine("avatar_v")),
                bad("reference_look_engine", "needs Avatar V, not avatar_iii", () -> hi.engine("avatar_iii").referenceLook("l2")),
                bad("voice_missing", "a photo has no default voice", () -> Avatar.photo(PHOTO).say("Hi")),
                bad("voice_missing", "a narrated still has no default voice", () -> Scenes.of(Scene.image(SLIDE).say("Look"))),
                bad("voice_id_missing", "the voice id is empty", () -> hi.voice("")),
                bad("avatar_id_missing", "the look id is empty", () -> Avatar.look(" ").say("Hi")),
                bad("file_missing", "does not exist", () -> Avatar.photo(files.resolve("nope.jpg")).say("Hi").voice("v")),
                bad("file_not_image", "is not a PNG or JPEG", () -> Avatar.photo(notes).say("Hi").voice("v")),
                bad("file_too_large", "over the 32 MB upload limit", () -> Avatar.photo(huge).say("Hi").voice("v")),
                bad("file_unreadable", "is a directory", () -> Avatar.photo(files.resolve("folder.jpg")).say("Hi").voice("v")),
                bad("file_empty", "is empty", () -> hi.on(Background.image(empty))),
                bad("file_not_audio", "is not MP3 or WAV", () -> anna.audio(notes)),
                bad("file_not_video", "is not MP4 or WebM", () -> Scenes.of(Scene.video(smallPng))),
                bad("url_invalid", "pass local files as Path.of", () -> Avatar.photo(URI.create("file:///tmp/me.jpg")).say("Hi").voice("v")),
                bad("audio_missing", "neither a duration nor narration", () -> Scenes.of(Scene.image(SLIDE))),
                bad("scene_hold_and_audio", "either held for a duration (silent) or narrated", () -> Scenes.of(
                        Scene.image(SLIDE).hold(Duration.ofSeconds(3)).say("Both").voice("v"))),
                bad("scene_duration_range", "hold 400 s is outside 0–300 s", () -> Scenes.of(Scene.image(SLIDE).hold(Duration.ofSeconds(400)))),
                bad("scene_option_unsupported", ".aspect(\"9:16\") applies to the whole video", () -> Scenes.of(hi.aspect("9:16"))),
                bad("scene_option_unsupported", "colour backgrounds only", () -> Scenes.of(hi.on(Background.image(SLIDE)))),
                bad("clip_volume_range", "clip volume 2 is outside 0–1", () -> Scenes.of(Scene.video(URI.create("https://x/c.mp4")).volume(2))),
                bad("cinematic_duration_range", "20 s is outside 4–15 s", () -> Avatar.cinematic("runs", "l1").duration(Duration.ofSeconds(20))),
                bad("cinematic_duration_whole", "not a whole number of seconds", () -> Avatar.cinematic("runs", "l1").duration(Duration.ofMillis(5500))),
                bad("cinematic_looks_count", "1 to 3 looks, not 4", () -> Avatar.cinematic("runs", "l1", "l2", "l3", "l4")),
                bad("cinematic_duration_conflict", "not both", () -> Avatar.cinematic("runs", "l1").duration(Duration.ofSeconds(8)).autoDuration()),
                bad("cinematic_prompt_empty", "the cinematic prompt is empty", () -> Avatar.cinematic(" ", "l1")),
                bad("callback_url_invalid", "\"not a url\" is not an absolute http(s) URL", () -> hi.callback("not a url")),
                bad("expressiveness_invalid", "\"extreme\" is not one of high, medium, low", () -> hi.expressiveness("extreme")),
                bad("fit_invalid", "fit \"stretch\"", () -> hi.fit("stretch")),
                bad("voice_engine_missing", "add .elevenLabs() or .fish(", () -> hi.voice(Voice.id("v").stability(0.5))),
                bad("voice_engine_model", "ElevenLabs model \"eleven_v9\"", () -> hi.voice(Voice.id("v").elevenLabs("eleven_v9"))),
                bad("voice_engine_option", "Fish takes only stability and similarity", () -> hi.voice(Voice.id("v").fish("s1").style(0.3))),
                bad("voice_locale_invalid", "locale \"english!\"", () -> hi.voice(Voice.id("v").locale("english!"))),
                bad("pause_invalid", "is not positive", () -> hi.pause(Duration.ZERO).say("there")),
                bad("watermark_opacity_range", "opacity 2 is outside 0–1", () -> hi.watermark(Watermark.image(SLIDE).opacity(2))),
                bad("watermark_position_invalid", "watermark position \"middle\"", () -> hi.watermark(Watermark.image(SLIDE).at("middle"))),
                bad("motion_prompt_empty", "the motion prompt is empty", () -> Avatar.photo(PHOTO).say("Hi").voice("v").motion(" ")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("catalog")
    void bad_spec_fails_preflight_before_any_request(String code, String fragment, Supplier<VideoSpec> spec) {
        assertThatThrownBy(() -> spec.get().submit(client))
                .isInstanceOfSatisfying(PreflightException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::code).contains(code);
                    Problem p = e.problems().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
                    assertThat(p.message()).contains(fragment).doesNotContain("\n");
                    assertThat(e.getMessage()).contains(p.message()).doesNotContain(Api.KEY);
                    assertThat(e.code()).isEqualTo("preflight_failed");
                });
        assertThat(wm.getAllServeEvents()).as("requests sent before preflight failed").isEmpty();
        assertThat(home.resolve("renders.jsonl")).doesNotExist();
    }

    @Test
    void every_code_in_the_catalog_is_a_declared_problem_code() throws IllegalAccessException {
        java.util.Set<String> declared = new java.util.HashSet<>();
        for (java.lang.reflect.Field f : dev.heygenkit.ProblemCodes.class.getFields()) {
            declared.add((String) f.get(null));
        }
        assertThat(declared).hasSizeGreaterThan(70);
        assertThat(catalog().map(a -> (String) a.get()[0])).allSatisfy(code -> assertThat(declared).contains(code));
    }

    @Test
    void catalog_covers_at_least_thirty_distinct_rules() {
        assertThat(catalog().map(a -> (String) a.get()[0]).distinct().count()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void every_problem_is_listed_at_once() {
        VideoSpec spec = Avatar.look("look_anna").say("Hi<break time=\"300ms\"/>").voice(Voice.id("v").speed(3).volume(-1))
                .on(Background.color("red")).aspect("3:2");
        PreflightException e = org.junit.jupiter.api.Assertions.assertThrows(PreflightException.class, () -> spec.submit(client));
        assertThat(e.problems()).extracting(Problem::code).contains("script_break_unit", "voice_speed_range",
                "voice_volume_range", "background_color_invalid", "aspect_ratio_invalid");
        assertThat(e.problems()).extracting(Problem::param).contains("voice_settings.speed", "background.value", "aspect_ratio");
        assertThat(e.getMessage()).startsWith(e.problems().size() + " problems before submitting: ").doesNotContain("\n");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void problems_in_scenes_name_the_scene_and_its_field() {
        VideoSpec spec = Scenes.of(Avatar.look("a").say("Fine"), Avatar.look("b").say("Hi").voice(Voice.id("v").pitch(99)));
        PreflightException e = org.junit.jupiter.api.Assertions.assertThrows(PreflightException.class, () -> spec.submit(client));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.param()).isEqualTo("scenes[1].input.voice_settings.pitch");
            assertThat(p.message()).startsWith("scene 2: voice pitch 99");
        });
    }

    @Test
    void warnings_alone_do_not_stop_the_local_check() {
        List<Problem> problems = Avatar.photo(smallPng).say("x ".repeat(300)).voice("v").check();
        assertThat(problems).extracting(Problem::code).containsExactlyInAnyOrder("photo_too_small", "script_long");
        assertThat(problems).noneMatch(Problem::isError);
        assertThat(problems.stream().filter(p -> p.code().equals("script_long")).findFirst().orElseThrow().message())
                .contains("500 characters (Free)", "1,500 (Creator)", "3,000 (Team)", "5,000 (Enterprise)");
    }

    @Test
    void ignore_turns_a_problem_into_a_warning() {
        VideoSpec strict = Avatar.look("a").say("x".repeat(5001));
        assertThat(strict.check()).anyMatch(p -> p.code().equals("script_too_long") && p.isError());
        assertThat(Avatar.look("a").say("x".repeat(5001)).ignore("script_too_long").check())
                .anyMatch(p -> p.code().equals("script_too_long") && !p.isError());
    }

    @Test
    void render_without_a_client_reports_preflight_before_looking_for_a_key() {
        assertThatThrownBy(() -> Avatar.look("a").say("Hi").aspect("3:2").render())
                .isInstanceOf(PreflightException.class);
    }

    @Test
    void progress_events_list_is_untouched_by_failed_preflight() {
        List<ProgressEvent> events = Api.events();
        HeyGen c = Api.client(wm, new VirtualTime(), home.resolve("j.jsonl"), events);
        assertThatThrownBy(() -> Avatar.look("a").submit(c)).isInstanceOf(PreflightException.class);
        assertThat(events).isEmpty();
    }
}
