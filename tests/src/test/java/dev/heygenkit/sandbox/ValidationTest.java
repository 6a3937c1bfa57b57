package dev.heygenkit.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** A catalogue of bad create requests: each answers 400 invalid_parameter naming the offending JSON path. */
class ValidationTest extends SandboxTestBase {

    private static final String SCRIPT = "\"script\":\"Hello there.\"";
    private static final String IMG = "{\"type\":\"url\",\"url\":\"https://example.com/slide.png\"}";

    static Stream<Arguments> badBodies() {
        return Stream.of(
                arguments("invented test flag", "{\"type\":\"avatar\",\"avatar_id\":\"anna\"," + SCRIPT + ",\"test\":true}", "test", "sandbox is free"),
                arguments("missing type", "{\"avatar_id\":\"anna\"," + SCRIPT + "}", "type", "avatar, cinematic_avatar, image, studio"),
                arguments("unknown mode", "{\"type\":\"video\",\"avatar_id\":\"anna\"}", "type", "not allowed"),
                arguments("missing avatar_id", "{\"type\":\"avatar\"," + SCRIPT + "}", "avatar_id", "required"),
                arguments("avatar_id not a string", "{\"type\":\"avatar\",\"avatar_id\":7," + SCRIPT + "}", "avatar_id", "must be a string"),
                arguments("unknown look", "{\"type\":\"avatar\",\"avatar_id\":\"annabel\"," + SCRIPT + "}", "avatar_id", "not found"),
                arguments("group id as look id", "{\"type\":\"avatar\",\"avatar_id\":\"group_anna\"," + SCRIPT + "}", "avatar_id", "group id"),
                arguments("look still processing", "{\"type\":\"avatar\",\"avatar_id\":\"my_twin_new\"," + SCRIPT + "}", "avatar_id", "still processing"),
                arguments("script and audio_url", "{\"type\":\"avatar\",\"avatar_id\":\"anna\"," + SCRIPT + ",\"audio_url\":\"https://x.io/a.mp3\"}", "audio_url", "mutually exclusive"),
                arguments("no audio source", "{\"type\":\"avatar\",\"avatar_id\":\"anna\"}", "script", "exactly one audio source"),
                arguments("empty script", "{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"script\":\"  \"}", "script", "empty"),
                arguments("malformed pause", "{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"script\":\"Hi <break time=\\\"500ms\\\"/> there\"}", "script", "1.5s"),
                arguments("image mode without voice", "{\"type\":\"image\",\"image\":" + IMG + "," + SCRIPT + "}", "voice_id", "required"),
                arguments("unknown voice", "{\"type\":\"avatar\",\"avatar_id\":\"anna\"," + SCRIPT + ",\"voice_id\":\"en_nobody\"}", "voice_id", "not found"),
                arguments("look without default voice", "{\"type\":\"avatar\",\"avatar_id\":\"marcus_standing\"," + SCRIPT + "}", "voice_id", "no default voice"),
                arguments("voice clone still training", "{\"type\":\"avatar\",\"avatar_id\":\"anna\"," + SCRIPT + ",\"voice_id\":\"my_voice_training\"}", "voice_id", "still processing"),
                arguments("motion_prompt on video avatar with IV", "{\"type\":\"avatar\",\"avatar_id\":\"anna\"," + SCRIPT + ",\"motion_prompt\":\"wave\"}", "motion_prompt", "avatar_v"),
                arguments("motion_prompt on III", "{\"type\":\"avatar\",\"avatar_id\":\"leo_photo\"," + SCRIPT + ",\"motion_prompt\":\"nod\",\"engine\":{\"type\":\"avatar_iii\"}}", "motion_prompt", "avatar_iii"),
                arguments("expressiveness on studio avatar", "{\"type\":\"avatar\",\"avatar_id\":\"anna\"," + SCRIPT + ",\"expressiveness\":\"high\"}", "expressiveness", "photo avatars only"),
                arguments("expressiveness with avatar_v", "{\"type\":\"avatar\",\"avatar_id\":\"mei_photo\"," + SCRIPT + ",\"expressiveness\":\"high\",\"engine\":{\"type\":\"avatar_v\"}}", "expressiveness", "avatar_iv only"),
                arguments("default engine unsupported", "{\"type\":\"avatar\",\"avatar_id\":\"josh_lite\"," + SCRIPT + "}", "engine", "default"),
                arguments("explicit engine unsupported", "{\"type\":\"avatar\",\"avatar_id\":\"marcus\"," + SCRIPT + ",\"engine\":{\"type\":\"avatar_v\"}}", "engine.type", "supported: avatar_iv, avatar_iii"),
                arguments("engine on image input", "{\"type\":\"image\",\"image\":" + IMG + "," + SCRIPT + ",\"voice_id\":\"en_ava\",\"engine\":{\"type\":\"avatar_iii\"}}", "engine", "Avatar IV"),
                arguments("reference look from another group", "{\"type\":\"avatar\",\"avatar_id\":\"anna\"," + SCRIPT + ",\"engine\":{\"type\":\"avatar_v\",\"reference_look_id\":\"sofia\"}}", "engine.reference_look_id", "group_anna"),
                arguments("4k photo avatar on III", "{\"type\":\"avatar\",\"avatar_id\":\"leo_photo\"," + SCRIPT + ",\"resolution\":\"4k\",\"engine\":{\"type\":\"avatar_iii\"}}", "resolution", "4k"),
                arguments("webm with background", "{\"type\":\"avatar\",\"avatar_id\":\"anna\"," + SCRIPT + ",\"output_format\":\"webm\",\"background\":{\"type\":\"color\",\"value\":\"#000000\"}}", "background", "webm"),
                arguments("webm without matting", "{\"type\":\"avatar\",\"avatar_id\":\"anna_casual\"," + SCRIPT + ",\"output_format\":\"webm\"}", "output_format", "matting"),
                arguments("remove_background without matting", "{\"type\":\"avatar\",\"avatar_id\":\"anna_casual\"," + SCRIPT + ",\"remove_background\":true}", "remove_background", "matting"),
                arguments("bad hex colour", "{\"type\":\"avatar\",\"avatar_id\":\"anna\"," + SCRIPT + ",\"background\":{\"type\":\"color\",\"value\":\"blue\"}}", "background.value", "hex"),
                arguments("colour without value", "{\"type\":\"avatar\",\"avatar_id\":\"anna\"," + SCRIPT + ",\"background\":{\"type\":\"color\"}}", "background.value", "hex"),
                arguments("image background with url and asset", "{\"type\":\"avatar\",\"avatar_id\":\"anna\"," + SCRIPT + ",\"background\":{\"type\":\"image\",\"url\":\"https://x.io/b.png\",\"asset_id\":\"a1\"}}", "background", "exactly one"),
                arguments("bad aspect ratio", "{\"type\":\"avatar\",\"avatar_id\":\"anna\"," + SCRIPT + ",\"aspect_ratio\":\"7:3\"}", "aspect_ratio", "16:9"),
                arguments("caption as boolean", "{\"type\":\"avatar\",\"avatar_id\":\"anna\"," + SCRIPT + ",\"caption\":true}", "caption", "object"),
                arguments("voice speed out of range", "{\"type\":\"avatar\",\"avatar_id\":\"anna\"," + SCRIPT + ",\"voice_settings\":{\"speed\":2.0}}", "voice_settings.speed", "0.5 to 1.5"),
                arguments("engine settings of another engine", "{\"type\":\"avatar\",\"avatar_id\":\"anna\"," + SCRIPT + ",\"voice_id\":\"en_brian\",\"voice_settings\":{\"engine_settings\":{\"engine_type\":\"elevenlabs\"}}}", "voice_settings.engine_settings.engine_type", "starfish"),
                arguments("http callback off loopback", "{\"type\":\"avatar\",\"avatar_id\":\"anna\"," + SCRIPT + ",\"callback_url\":\"http://example.com/hook\"}", "callback_url", "loopback"),
                arguments("unknown audio asset", "{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"audio_asset_id\":\"nope\"}", "audio_asset_id", "not found"),
                arguments("bad base64 image", "{\"type\":\"image\",\"image\":{\"type\":\"base64\",\"media_type\":\"image/png\",\"data\":\"%%%\"}," + SCRIPT + ",\"voice_id\":\"en_ava\"}", "image.data", "base64"),
                arguments("asset input type mismatch", "{\"type\":\"image\",\"image\":{\"type\":\"url\",\"asset_id\":\"a\"}," + SCRIPT + ",\"voice_id\":\"en_ava\"}", "image.asset_id", "allowed: type, url"),
                arguments("non-http image url", "{\"type\":\"image\",\"image\":{\"type\":\"url\",\"url\":\"ftp://x.io/a.png\"}," + SCRIPT + ",\"voice_id\":\"en_ava\"}", "image.url", "http"),
                arguments("watermark opacity", "{\"type\":\"avatar\",\"avatar_id\":\"anna\"," + SCRIPT + ",\"watermark\":{\"image\":" + IMG + ",\"opacity\":2}}", "watermark.opacity", "0 to 1"),
                arguments("no scenes", "{\"type\":\"studio\",\"scenes\":[]}", "scenes", "1 to 50"),
                arguments("51 scenes", "{\"type\":\"studio\",\"scenes\":[" + String.join(",", java.util.Collections.nCopies(51,
                        "{\"type\":\"image\",\"source\":" + IMG + ",\"duration\":1}")) + "]}", "scenes", "1 to 50"),
                arguments("still image for 0 s", "{\"type\":\"studio\",\"scenes\":[{\"type\":\"image\",\"source\":" + IMG + ",\"duration\":0}]}", "scenes[0].duration", "more than 0"),
                arguments("still image for 301 s", "{\"type\":\"studio\",\"scenes\":[{\"type\":\"image\",\"source\":" + IMG + ",\"duration\":301}]}", "scenes[0].duration", "300"),
                arguments("still image neither silent nor narrated", "{\"type\":\"studio\",\"scenes\":[{\"type\":\"image\",\"source\":" + IMG + "}]}", "scenes[0].duration", "narration"),
                arguments("still image silent and narrated", "{\"type\":\"studio\",\"scenes\":[{\"type\":\"image\",\"source\":" + IMG + ",\"duration\":3," + SCRIPT + ",\"voice_id\":\"en_ava\"}]}", "scenes[0].duration", "not both"),
                arguments("narrated still image without voice", "{\"type\":\"studio\",\"scenes\":[{\"type\":\"image\",\"source\":" + IMG + ",\"duration\":2},{\"type\":\"image\",\"source\":" + IMG + "," + SCRIPT + "}]}", "scenes[1].voice_id", "required"),
                arguments("scene background with value key", "{\"type\":\"studio\",\"scenes\":[{\"type\":\"avatar_video\",\"input\":{\"type\":\"avatar\",\"avatar_id\":\"anna\"," + SCRIPT + ",\"background\":{\"type\":\"color\",\"value\":\"#000000\"}}}]}", "scenes[0].input.background.value", "color"),
                arguments("scene colour with three digits", "{\"type\":\"studio\",\"scenes\":[{\"type\":\"avatar_video\",\"input\":{\"type\":\"avatar\",\"avatar_id\":\"anna\"," + SCRIPT + ",\"background\":{\"type\":\"color\",\"color\":\"#FFF\"}}}]}", "scenes[0].input.background.color", "six digits"),
                arguments("unknown voice deep in a studio scene", "{\"type\":\"studio\",\"scenes\":[{\"type\":\"image\",\"source\":" + IMG + ",\"duration\":2},{\"type\":\"video\",\"source\":{\"type\":\"url\",\"url\":\"https://x.io/c.mp4\"}},"
                        + "{\"type\":\"avatar_video\",\"input\":{\"type\":\"avatar\",\"avatar_id\":\"anna\"," + SCRIPT + ",\"voice_id\":\"zz_nobody\"}}]}", "scenes[2].input.voice_id", "not found"),
                arguments("studio image input without voice", "{\"type\":\"studio\",\"scenes\":[{\"type\":\"avatar_video\",\"input\":{\"type\":\"image\",\"image\":" + IMG + "," + SCRIPT + "}}]}", "scenes[0].input.voice_id", "required"),
                arguments("cinematic with four looks", "{\"type\":\"cinematic_avatar\",\"prompt\":\"a walk\",\"avatar_id\":[\"anna\",\"marcus\",\"sofia\",\"kenji\"]}", "avatar_id", "1 to 3"),
                arguments("cinematic unknown look", "{\"type\":\"cinematic_avatar\",\"prompt\":\"a walk\",\"avatar_id\":[\"anna\",\"ghost\"]}", "avatar_id[1]", "not found"),
                arguments("cinematic too long", "{\"type\":\"cinematic_avatar\",\"prompt\":\"a walk\",\"avatar_id\":[\"anna\"],\"duration\":20}", "duration", "4 to 15"),
                arguments("cinematic duration with auto", "{\"type\":\"cinematic_avatar\",\"prompt\":\"a walk\",\"avatar_id\":[\"anna\"],\"duration\":8,\"auto_duration\":true}", "duration", "auto_duration"),
                arguments("cinematic 4:5", "{\"type\":\"cinematic_avatar\",\"prompt\":\"a walk\",\"avatar_id\":[\"anna\"],\"aspect_ratio\":\"4:5\"}", "aspect_ratio", "16:9, 9:16 or 1:1"),
                arguments("cinematic with script", "{\"type\":\"cinematic_avatar\",\"prompt\":\"a walk\",\"avatar_id\":[\"anna\"]," + SCRIPT + "}", "script", "not a v3 field"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void bad_create_bodies_answer_400_invalid_parameter_with_the_json_path(String name, String body, String param, String hint) {
        Raw.Reply r = raw.post("/v3/videos", body);
        assertThat(r.status()).as("%s: %s", name, r.text()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("invalid_parameter");
        assertThat(r.errorParam()).as("%s: %s", name, r.text()).isEqualTo(param);
        assertThat(r.errorMessage()).as(name).contains(hint);
        assertThat(sb.requestCount("POST", "/v3/videos")).isEqualTo(1);
        assertThat(raw.get("/v3/videos").json().get("data")).as("nothing created by: " + name).isEmpty();
    }

    static Stream<Arguments> goodBodies() {
        return Stream.of(
                arguments("avatar with default voice", "{\"type\":\"avatar\",\"avatar_id\":\"anna\"," + SCRIPT + "}"),
                arguments("avatar with everything", "{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"script\":\"Hi <break time=\\\"1.5s\\\"/> there\",\"voice_id\":\"en_isaac\","
                        + "\"voice_settings\":{\"speed\":1.1,\"pitch\":-3,\"volume\":0.8,\"engine_settings\":{\"engine_type\":\"elevenlabs\",\"model\":\"eleven_v3\"}},"
                        + "\"engine\":{\"type\":\"avatar_v\",\"reference_look_id\":\"anna_casual\"},\"motion_prompt\":\"wave\",\"title\":\"Tour\",\"resolution\":\"4k\","
                        + "\"aspect_ratio\":\"9:16\",\"fit\":\"cover\",\"background\":{\"type\":\"color\",\"value\":\"#0A84FF\"},\"caption\":{\"file_format\":\"srt\",\"style\":\"default\"},"
                        + "\"callback_url\":\"https://example.com/hook\",\"callback_id\":\"order-42\",\"watermark\":{\"image\":" + IMG + ",\"opacity\":0.5,\"placement\":{\"position\":\"top_left\"}}}"),
                arguments("avatar with audio url", "{\"type\":\"avatar\",\"avatar_id\":\"marcus\",\"audio_url\":\"https://example.com/voice.mp3\"}"),
                arguments("transparent webm", "{\"type\":\"avatar\",\"avatar_id\":\"anna\"," + SCRIPT + ",\"output_format\":\"webm\"}"),
                arguments("photo look with expressiveness", "{\"type\":\"avatar\",\"avatar_id\":\"leo_photo\"," + SCRIPT + ",\"expressiveness\":\"high\",\"motion_prompt\":\"smile\"}"),
                arguments("image mode", "{\"type\":\"image\",\"image\":" + IMG + "," + SCRIPT + ",\"voice_id\":\"en_ava\",\"expressiveness\":\"low\"}"),
                arguments("cinematic", "{\"type\":\"cinematic_avatar\",\"prompt\":\"Anna and Marcus walk through a park\",\"avatar_id\":[\"anna\",\"marcus\"],\"duration\":8,\"aspect_ratio\":\"9:16\"}"),
                arguments("studio of every scene kind", "{\"type\":\"studio\",\"aspect_ratio\":\"1:1\",\"scenes\":["
                        + "{\"type\":\"avatar_video\",\"input\":{\"type\":\"avatar\",\"avatar_id\":\"anna\"," + SCRIPT + ",\"background\":{\"type\":\"color\",\"color\":\"#112233\"}}},"
                        + "{\"type\":\"image\",\"source\":" + IMG + ",\"duration\":3},"
                        + "{\"type\":\"image\",\"source\":" + IMG + "," + SCRIPT + ",\"voice_id\":\"en_brian\"},"
                        + "{\"type\":\"video\",\"source\":{\"type\":\"url\",\"url\":\"https://example.com/clip.mp4\"},\"playback\":{\"mute\":true}},"
                        + "{\"type\":\"avatar_video\",\"input\":{\"type\":\"image\",\"image\":" + IMG + "," + SCRIPT + ",\"voice_id\":\"en_ava\"}}]}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodBodies")
    void valid_bodies_of_all_four_modes_are_accepted(String name, String body) {
        Raw.Reply r = raw.post("/v3/videos", body);
        assertThat(r.status()).as("%s: %s", name, r.text()).isEqualTo(200);
        // the independent harness agrees the body is valid v3
        dev.heygenkit.testing.V3Schemas.assertValidRequest("POST", "/v3/videos", dev.heygenkit.testing.V3Schemas.json(body));
    }

    @Test
    void body_that_is_not_json_is_a_400_without_param() {
        Raw.Reply r = raw.post("/v3/videos", "{\"type\":");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("invalid_parameter");
        assertThat(r.errorMessage()).contains("not valid JSON");
        Raw.Reply array = raw.post("/v3/videos", "[1,2]");
        assertThat(array.status()).isEqualTo(400);
    }

    @Test
    void missing_or_wrong_api_key_is_401_and_the_key_is_never_echoed() {
        Raw.Reply none = raw.withKey(null).get("/v3/avatars/looks");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.errorCode()).isEqualTo("unauthorized");
        Raw.Reply blank = raw.withKey(" ").get("/v3/avatars/looks");
        assertThat(blank.status()).isEqualTo(401);
        try (Sandbox locked = Sandbox.builder().manualClock().apiKey("sk_right_key").start()) {
            Raw lockedRaw = new Raw(locked.baseUri(), "sk_wrong_key_123");
            Raw.Reply wrong = lockedRaw.get("/v3/avatars/looks");
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.errorCode()).isEqualTo("unauthorized");
            assertThat(wrong.text()).doesNotContain("sk_wrong_key_123").doesNotContain("sk_right_key");
            assertThat(new Raw(locked.baseUri(), "sk_right_key").get("/v3/avatars/looks").status()).isEqualTo(200);
            Raw.Reply bearer = new Raw(locked.baseUri(), null).send("GET", "/v3/users/me", null, Map.of("Authorization", "Bearer sk_right_key"));
            assertThat(bearer.status()).isEqualTo(200);
            assertThat(locked.requests()).allSatisfy(rq -> {
                assertThat(rq.headers()).doesNotContainKeys("x-api-key", "authorization");
                assertThat(rq.toString()).doesNotContain("sk_wrong_key_123").doesNotContain("sk_right_key");
            });
        }
    }
}
