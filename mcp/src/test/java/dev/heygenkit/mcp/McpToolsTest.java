package dev.heygenkit.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.ProblemCodes;
import dev.heygenkit.sandbox.Sandbox;
import io.modelcontextprotocol.spec.McpSchema.AudioContent;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ImageContent;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every tool through the SDK's own client on the sandbox, including the errors an agent meets. */
class McpToolsTest {
    static final List<String> TOOLS = List.of("list_avatar_looks", "get_avatar_look", "list_voices", "create_speech",
            "check_avatar_video", "create_avatar_video", "get_video", "wait_for_video", "list_videos", "delete_video",
            "download_video", "get_quota");
    private static Sandbox sandbox;

    @TempDir
    Path tmp;
    Path folder;
    McpHarness h;

    @BeforeAll
    static void startSandbox() {
        // Fast enough that a render finishes in well under a second of real time.
        sandbox = Sandbox.builder().clockSpeed(600).start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void start() throws Exception {
        folder = Files.createDirectories(tmp.resolve("allowed"));
        h = McpHarness.start(sandbox, new McpOptions(folder, null), tmp.resolve("renders.jsonl"));
    }

    @AfterEach
    void stop() {
        h.close();
    }

    static Map<String, Object> args(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void lists_every_tool_with_closed_input_schemas_outputs_that_name_the_sandbox_and_truthful_annotations() throws Exception {
        List<Tool> tools = h.mcp.listTools().tools();
        assertThat(tools).extracting(Tool::name).containsExactlyElementsOf(TOOLS);
        for (Tool t : tools) {
            assertThat(t.inputSchema()).as(t.name()).containsEntry("type", "object").containsEntry("additionalProperties", false);
            assertThat(t.outputSchema()).as(t.name()).containsEntry("type", "object");
            assertThat(t.outputSchema().get("required")).as(t.name()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).contains("sandbox");
            assertThat(t.title()).as(t.name()).isNotBlank();
            assertThat(t.annotations().openWorldHint()).as(t.name() + " talks to the sandbox only").isFalse();
            boolean reads = List.of("list_avatar_looks", "get_avatar_look", "list_voices", "check_avatar_video", "get_video",
                    "wait_for_video", "list_videos", "get_quota").contains(t.name());
            assertThat(t.annotations().readOnlyHint()).as(t.name() + " read-only").isEqualTo(reads);
            assertThat(t.annotations().destructiveHint()).as(t.name() + " destructive").isEqualTo(t.name().equals("delete_video"));
            assertThat(t.annotations().idempotentHint()).as(t.name() + " idempotent")
                    .isEqualTo(reads || t.name().equals("delete_video") || t.name().equals("create_avatar_video"));
        }
        assertThat(h.mcp.getServerInstructions()).contains("offline sandbox", "list_avatar_looks", folder.toRealPath().toString());
    }

    @Test
    void list_avatar_looks_filters_limits_and_draws_a_contact_sheet() throws Exception {
        JsonNode r = h.ok("list_avatar_looks", args("gender", "female", "limit", 3));
        assertThat(r.get("sandbox").asBoolean()).isTrue();
        assertThat(r.get("looks")).hasSize(3).allSatisfy(l -> {
            assertThat(l.get("gender").asText()).isEqualTo("female");
            assertThat(l.get("preview_image_url").asText()).startsWith("http://127.0.0.1:");
        });
        assertThat(r.get("count").asInt()).isEqualTo(3);
        assertThat(r.get("more").asBoolean()).isTrue();
        assertThat(h.ok("list_avatar_looks", args("search", "MARCUS")).get("looks"))
                .isNotEmpty().allSatisfy(l -> assertThat(l.get("look_id").asText()).contains("marcus"));

        CallToolResult sheet = h.call("list_avatar_looks", args("search", "anna", "contact_sheet", true));
        ImageContent png = (ImageContent) sheet.content().get(1);
        assertThat(png.mimeType()).isEqualTo("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(png.data())));
        assertThat(image.getWidth()).isGreaterThan(160);
    }

    @Test
    void get_avatar_look_reads_one_and_names_an_unknown_one() {
        JsonNode look = h.ok("get_avatar_look", args("look_id", "anna")).get("look");
        assertThat(look.get("look_id").asText()).isEqualTo("anna");
        assertThat(look.get("default_voice_id").asText()).isEqualTo("en_ava");
        JsonNode e = h.error("get_avatar_look", args("look_id", "no_such_look"));
        assertThat(e.get("status").asInt()).isEqualTo(404);
        assertThat(e.get("message").asText()).contains("no_such_look");
        assertThat(e.get("hint").asText()).contains("list_avatar_looks");
    }

    @Test
    void list_voices_filters_and_create_speech_returns_audio_inline_or_as_a_file() throws Exception {
        JsonNode voices = h.ok("list_voices", args("language", "Spanish", "gender", "male", "limit", 5)).get("voices");
        assertThat(voices).isNotEmpty().allSatisfy(v -> {
            assertThat(v.get("language").asText()).isEqualTo("Spanish");
            assertThat(v.get("gender").asText()).isEqualTo("male");
        });

        CallToolResult inline = h.call("create_speech", args("voice_id", "en_ava", "text", "Hello there."));
        assertThat(inline.isError()).as(McpHarness.text(inline)).isFalse();
        AudioContent audio = (AudioContent) inline.content().get(1);
        byte[] wav = Base64.getDecoder().decode(audio.data());
        assertThat(new String(wav, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");

        JsonNode saved = h.ok("create_speech", args("voice_id", "en_ava", "text", "Hello there.", "save_to", "ava.wav")).get("speech");
        assertThat(Path.of(saved.get("file").asText())).isEqualTo(folder.toRealPath().resolve("ava.wav")).isRegularFile();
        assertThat(h.error("create_speech", args("voice_id", "en_ava", "text", "Hi", "save_to", "../ava.wav")).get("code").asText())
                .isEqualTo("path_outside_folder");
        assertThat(tmp.resolve("ava.wav")).doesNotExist();
    }

    @Test
    void check_avatar_video_lists_every_problem_and_the_exact_body_without_spending() {
        long posts = sandbox.requestCount("POST", "/v3/videos");
        JsonNode good = h.ok("check_avatar_video", args("avatar_id", "anna", "script", "Hello!", "background", "#0A84FF",
                "aspect_ratio", "9:16"));
        assertThat(good.get("ok").asBoolean()).isTrue();
        JsonNode body = good.get("request_body");
        assertThat(body.get("type").asText()).isEqualTo("avatar");
        assertThat(body.get("avatar_id").asText()).isEqualTo("anna");
        assertThat(body.get("script").asText()).isEqualTo("Hello!");
        assertThat(body.get("aspect_ratio").asText()).isEqualTo("9:16");
        assertThat(good.get("spec").asText()).startsWith("Avatar.look(\"anna\")");

        JsonNode bad = h.ok("check_avatar_video", args("avatar_id", "anna", "script", "Hello!", "background", "#12345Z"));
        assertThat(bad.get("ok").asBoolean()).isFalse();
        assertThat(bad.get("problems")).anySatisfy(p -> {
            assertThat(p.get("code").asText()).isEqualTo(ProblemCodes.BACKGROUND_COLOR_INVALID);
            assertThat(p.get("severity").asText()).isEqualTo("error");
            assertThat(p.get("message").asText()).contains("#12345Z");
        });
        JsonNode unknown = h.ok("check_avatar_video", args("avatar_id", "nobody", "script", "Hi"));
        assertThat(unknown.get("problems")).anySatisfy(p -> assertThat(p.get("code").asText()).isEqualTo(ProblemCodes.LOOK_NOT_FOUND));
        assertThat(sandbox.requestCount("POST", "/v3/videos")).isEqualTo(posts);
    }

    @Test
    void create_is_idempotent_within_a_session_and_fresh_makes_a_new_video() {
        long posts = sandbox.requestCount("POST", "/v3/videos");
        Map<String, Object> req = args("avatar_id", "anna", "script", "Idempotent hello " + tmp.getFileName(), "title", "mcp test");
        JsonNode first = h.ok("create_avatar_video", req);
        assertThat(first.get("video_id").asText()).isNotBlank();
        assertThat(first.get("resumed").asBoolean()).isFalse();
        assertThat(first.get("session").get("videos_created").asInt()).isEqualTo(1);
        assertThat(first.get("session").has("max_videos")).as("unlimited on the sandbox").isFalse();

        JsonNode again = h.ok("create_avatar_video", req);
        assertThat(again.get("video_id").asText()).isEqualTo(first.get("video_id").asText());
        assertThat(again.get("resumed").asBoolean()).isTrue();
        assertThat(again.get("notes").toString()).contains("instead of paying again");
        assertThat(sandbox.requestCount("POST", "/v3/videos")).isEqualTo(posts + 1);

        Map<String, Object> fresh = new HashMap<>(req);
        fresh.put("fresh", true);
        JsonNode third = h.ok("create_avatar_video", fresh);
        assertThat(third.get("video_id").asText()).isNotEqualTo(first.get("video_id").asText());
        assertThat(third.get("session").get("videos_created").asInt()).isEqualTo(2);
    }

    @Test
    void a_preflight_failure_is_a_tool_error_listing_the_problems_and_nothing_is_sent() {
        long posts = sandbox.requestCount("POST", "/v3/videos");
        JsonNode e = h.error("create_avatar_video", args("avatar_id", "anna", "script", "Hi", "background", "#GGGGGG"));
        assertThat(e.get("code").asText()).isEqualTo("preflight_failed");
        assertThat(e.get("hint").asText()).contains("no credit was spent");
        assertThat(e.get("problems")).anySatisfy(p -> assertThat(p.get("code").asText()).isEqualTo(ProblemCodes.BACKGROUND_COLOR_INVALID));
        assertThat(sandbox.requestCount("POST", "/v3/videos")).isEqualTo(posts);
    }

    @Test
    void a_video_goes_from_create_through_wait_with_progress_to_list_download_and_delete() throws Exception {
        String id = h.ok("create_avatar_video", args("avatar_id", "marcus", "script", "From start to finish.",
                "voice_id", "en_brian", "resolution", "720p")).get("video_id").asText();
        assertThat(h.ok("get_video", args("video_id", id)).get("video").get("video_id").asText()).isEqualTo(id);

        CallToolResult waited = h.callWithProgress("wait_for_video", args("video_id", id, "timeout_seconds", 60), "wait-1");
        JsonNode w = McpHarness.JSON.valueToTree(waited.structuredContent());
        assertThat(w.get("done").asBoolean()).as(McpHarness.text(waited)).isTrue();
        assertThat(w.get("video").get("status").asText()).isEqualTo("completed");
        assertThat(w.get("video").get("video_url").asText()).startsWith("http://127.0.0.1:");
        assertThat(w.get("video").get("duration_seconds").asDouble()).isPositive();
        // Progress is checked on the wire, in the order sent, then as the SDK client delivered it.
        List<JsonNode> sent = new java.util.ArrayList<>();
        for (String line : h.stdout().split("\n")) {
            JsonNode m = McpHarness.JSON.readTree(line);
            if ("notifications/progress".equals(m.path("method").asText())) {
                sent.add(m.get("params"));
            }
        }
        assertThat(sent).isNotEmpty().allSatisfy(p -> assertThat(p.get("progressToken").asText()).isEqualTo("wait-1"));
        assertThat(sent).extracting(p -> p.get("progress").asDouble()).isSorted().doesNotHaveDuplicates();
        assertThat(sent.get(sent.size() - 1).get("message").asText()).contains(id, "completed");
        assertThat(h.awaitProgress(sent.size())).hasSameSizeAs(sent).allSatisfy(p -> assertThat(p.progressToken()).isEqualTo("wait-1"));

        assertThat(h.ok("list_videos", args("limit", 100)).get("videos")).anySatisfy(v -> assertThat(v.get("video_id").asText()).isEqualTo(id));

        JsonNode d = h.ok("download_video", args("video_id", id, "path", "out/first.mp4"));
        Path file = Path.of(d.get("file").asText());
        assertThat(file).isEqualTo(folder.toRealPath().resolve("out/first.mp4"));
        assertThat(new String(Files.readAllBytes(file), 4, 4, StandardCharsets.US_ASCII)).isEqualTo("ftyp");
        assertThat(d.get("bytes").asLong()).isEqualTo(Files.size(file));
        assertThat(h.error("download_video", args("video_id", id, "path", "out/first.mp4")).get("message").asText())
                .contains("first.mp4");
        JsonNode intoFolder = h.ok("download_video", args("video_id", id));
        assertThat(Path.of(intoFolder.get("file").asText()).getParent()).isEqualTo(folder.toRealPath());

        JsonNode deleted = h.ok("delete_video", args("video_id", id));
        assertThat(deleted.get("deleted").asBoolean()).isTrue();
        JsonNode gone = h.error("get_video", args("video_id", id));
        assertThat(gone.get("status").asInt()).isEqualTo(404);
        assertThat(gone.get("hint").asText()).as("the agent is pointed at a tool, not at Java").contains("list_videos");
    }

    @Test
    void wait_for_video_returns_the_current_state_when_its_timeout_comes_first() throws Exception {
        try (Sandbox slow = Sandbox.builder().clockSpeed(1).start();
             McpHarness s = McpHarness.start(slow, new McpOptions(folder, null), tmp.resolve("slow.jsonl"))) {
            String id = s.ok("create_avatar_video", args("avatar_id", "anna", "script", "Slow one.")).get("video_id").asText();
            JsonNode w = s.ok("wait_for_video", args("video_id", id, "timeout_seconds", 1));
            assertThat(w.get("done").asBoolean()).isFalse();
            assertThat(w.get("video").get("status").asText()).isIn("waiting", "pending", "processing");
            JsonNode early = s.error("download_video", args("video_id", id));
            assertThat(early.get("message").asText()).as(early.toString()).contains(id);
            assertThat(early.get("code").asText()).isEqualTo("video_not_ready");
            assertThat(early.get("hint").asText()).contains("wait_for_video");
        }
    }

    @Test
    void paths_outside_the_allowed_folder_are_refused_before_anything_is_written_or_read() throws Exception {
        String id = h.ok("create_avatar_video", args("avatar_id", "anna", "script", "Paths " + tmp.getFileName())).get("video_id").asText();
        h.ok("wait_for_video", args("video_id", id));
        Path outside = tmp.resolve("outside.mp4");
        for (String path : List.of("../outside.mp4", outside.toString(), "sub/../../outside.mp4")) {
            JsonNode e = h.error("download_video", args("video_id", id, "path", path));
            assertThat(e.get("code").asText()).as(path).isEqualTo("path_outside_folder");
            assertThat(e.get("hint").asText()).contains("--folder");
        }
        Files.createSymbolicLink(folder.resolve("escape"), tmp);
        assertThat(h.error("download_video", args("video_id", id, "path", "escape/x.mp4")).get("code").asText())
                .isEqualTo("path_outside_folder");
        assertThat(tmp.resolve("x.mp4")).doesNotExist();
        assertThat(outside).doesNotExist();
        Files.write(tmp.resolve("me.png"), new byte[]{1});
        assertThat(h.error("check_avatar_video", args("photo", "../me.png", "script", "Hi")).get("code").asText())
                .isEqualTo("path_outside_folder");
    }

    @Test
    void the_spend_guard_refuses_new_videos_past_the_cap_but_still_answers_a_repeated_request() throws Exception {
        try (McpHarness capped = McpHarness.start(sandbox, new McpOptions(folder, 1), tmp.resolve("capped.jsonl"))) {
            Map<String, Object> req = args("avatar_id", "anna", "script", "Only one " + tmp.getFileName());
            JsonNode first = capped.ok("create_avatar_video", req);
            assertThat(first.get("session").get("max_videos").asInt()).isEqualTo(1);
            long posts = sandbox.requestCount("POST", "/v3/videos");
            JsonNode refused = capped.error("create_avatar_video", args("avatar_id", "anna", "script", "A second one."));
            assertThat(refused.get("code").asText()).isEqualTo(SpendGuard.CODE);
            assertThat(refused.get("message").asText()).contains("--max-videos 1");
            Map<String, Object> fresh = new HashMap<>(req);
            fresh.put("fresh", true);
            assertThat(capped.error("create_avatar_video", fresh).get("code").asText()).isEqualTo(SpendGuard.CODE);
            JsonNode repeated = capped.ok("create_avatar_video", req);
            assertThat(repeated.get("video_id").asText()).isEqualTo(first.get("video_id").asText());
            assertThat(repeated.get("resumed").asBoolean()).isTrue();
            assertThat(sandbox.requestCount("POST", "/v3/videos")).isEqualTo(posts);
            assertThat(capped.ok("get_quota", Map.of()).get("session").get("videos_created").asInt()).isEqualTo(1);
        }
    }

    @Test
    void scenes_make_a_studio_video_and_clash_with_single_speaker_arguments() {
        Map<String, Object> scenes = args("scenes", List.of(
                args("avatar_id", "anna", "script", "Welcome.", "background", "#0A84FF"),
                args("image", "https://example.com/slide.png", "hold_seconds", 3),
                args("avatar_id", "marcus", "script", "Bye.", "voice_id", "en_brian")), "aspect_ratio", "16:9");
        JsonNode body = h.ok("check_avatar_video", scenes).get("request_body");
        assertThat(body.get("type").asText()).isEqualTo("studio");
        assertThat(body.get("scenes")).hasSize(3);
        Map<String, Object> clash = new HashMap<>(scenes);
        clash.put("script", "Hello");
        assertThat(h.error("check_avatar_video", clash).get("message").asText()).contains("script cannot be combined with scenes");
        JsonNode twoKinds = h.error("check_avatar_video", args("scenes", List.of(args("avatar_id", "anna", "image", "https://x/y.png"))));
        assertThat(twoKinds.get("message").asText()).contains("scenes[0]", "exactly one of");
    }

    @Test
    void bad_arguments_are_tool_errors_with_a_message_and_hint_and_the_server_keeps_serving() {
        JsonNode unknown = h.error("list_voices", args("langauge", "English"));
        assertThat(unknown.get("code").asText()).isEqualTo(Args.INVALID);
        assertThat(unknown.get("message").asText()).contains("unknown argument langauge", "language");
        JsonNode type = h.error("list_avatar_looks", args("limit", "many"));
        assertThat(type.get("message").asText()).contains("limit is \"many\", not a whole number");
        assertThat(type.get("hint").asText()).isNotBlank();
        assertThat(h.error("list_avatar_looks", args("limit", 0)).get("message").asText()).contains("outside 1 to 100");
        assertThat(h.error("create_avatar_video", args("avatar_id", "anna", "script", "Hi", "aspect_ratio", "7:3"))
                .get("message").asText()).contains("not one of 16:9, 9:16");
        assertThat(h.error("get_video", Map.of()).get("message").asText()).contains("video_id is required");
        assertThat(h.error("create_avatar_video", args("avatar_id", "anna")).get("message").asText()).contains("script is required");
        assertThat(h.error("create_avatar_video", args("script", "Who speaks?")).get("hint").asText()).contains("list_avatar_looks");
        assertThat(h.error("get_video", args("video_id", "vid_missing")).get("code").asText()).isEqualTo("video_not_found");
        assertThat(h.ok("get_quota", Map.of()).get("account").isObject()).isTrue();
    }

    @Test
    void the_server_writes_nothing_but_json_rpc_messages_to_stdout() {
        h.ok("list_avatar_looks", args("limit", 1, "contact_sheet", true));
        h.error("get_video", args("video_id", "nope"));
        String out = h.stdout();
        assertThat(out).endsWith("\n");
        for (String line : out.split("\n")) {
            JsonNode m;
            try {
                m = McpHarness.JSON.readTree(line);
            } catch (Exception e) {
                throw new AssertionError("not JSON on stdout: " + line, e);
            }
            assertThat(m.get("jsonrpc").asText()).as(line).isEqualTo("2.0");
            assertThat(m.has("id") || m.has("method")).as(line).isTrue();
        }
    }
}
