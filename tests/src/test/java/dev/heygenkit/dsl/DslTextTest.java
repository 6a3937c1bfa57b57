package dev.heygenkit.dsl;

import dev.heygenkit.Avatar;
import dev.heygenkit.Background;
import dev.heygenkit.Scene;
import dev.heygenkit.Scenes;
import dev.heygenkit.VideoSpec;
import dev.heygenkit.Voice;
import dev.heygenkit.Watermark;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code toString()} is the copy-pasteable DSL expression, and values never share state between steps. */
class DslTextTest {
    private static JShell shell;

    @BeforeAll
    static void startShell() {
        shell = JShell.builder().executionEngine("local").build();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : cp.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                shell.addToClasspath(entry);
            }
        }
        for (String imp : List.of("dev.heygenkit.*", "java.net.URI", "java.nio.file.Path", "java.time.Duration")) {
            eval("import " + imp + ";");
        }
    }

    @AfterAll
    static void stopShell() {
        shell.close();
    }

    private static String eval(String code) {
        List<SnippetEvent> events = shell.eval(code);
        for (SnippetEvent e : events) {
            if (e.exception() != null) {
                throw new AssertionError("jshell threw for " + code, e.exception());
            }
            if (e.status() == Snippet.Status.REJECTED) {
                throw new AssertionError("jshell rejected: " + code + "\n" + shell.diagnostics(e.snippet())
                        .map(d -> d.getMessage(null)).toList());
            }
        }
        return events.isEmpty() ? null : events.get(events.size() - 1).value();
    }

    static Stream<Arguments> specs() {
        return GoldenSpecs.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void to_string_compiles_back_into_an_equal_spec(String name, VideoSpec spec) {
        String text = spec.toString();
        // The snippet's value comes back as a Java string literal of the evaluated expression's text and body.
        String again = eval("(" + text + ").toString()");
        String body = eval("(" + text + ").toJson()");
        assertThat(again).isEqualTo(literal(text));
        assertThat(body).isEqualTo(literal(spec.toJson()));
    }

    private static String literal(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Test
    void avatar_prints_as_the_expression_that_built_it() {
        assertThat(Avatar.look("look_anna").say("Hello.").voice("voice_1").on(Background.color("#0A84FF")))
                .hasToString("Avatar.look(\"look_anna\").say(\"Hello.\").voice(\"voice_1\").on(Background.color(\"#0A84FF\"))");
        assertThat(Avatar.photo(Path.of("me.jpg")).say("Hi").voice(Voice.id("v1").speed(1.1).pitch(-2)))
                .hasToString("Avatar.photo(Path.of(\"me.jpg\")).say(\"Hi\").voice(Voice.id(\"v1\").speed(1.1).pitch(-2))");
        assertThat(Avatar.look("a").say("A").pause(Duration.ofSeconds(1)).say("B \"quoted\"").fresh())
                .hasToString("Avatar.look(\"a\").say(\"A\").pause(Duration.ofSeconds(1)).say(\"B \\\"quoted\\\"\").fresh()");
        assertThat(Avatar.look("a").audio(URI.create("https://x/a.mp3")).transparent().ignore("voice_gender_mismatch"))
                .hasToString("Avatar.look(\"a\").audio(URI.create(\"https://x/a.mp3\")).transparent()"
                        + ".ignore(\"voice_gender_mismatch\")");
    }

    @Test
    void scenes_and_cinematic_print_as_their_expressions() {
        assertThat(Scenes.of(Avatar.look("a").say("Intro"), Scene.image(URI.create("https://x/s.png")).hold(Duration.ofSeconds(3)),
                Scene.video(Path.of("clip.mp4")).mute()).aspect("9:16"))
                .hasToString("Scenes.of(Avatar.look(\"a\").say(\"Intro\"), Scene.image(URI.create(\"https://x/s.png\"))"
                        + ".hold(Duration.ofSeconds(3)), Scene.video(Path.of(\"clip.mp4\")).mute()).aspect(\"9:16\")");
        assertThat(Avatar.cinematic("walks", "l1", "l2").duration(Duration.ofSeconds(8)).aspect("1:1"))
                .hasToString("Avatar.cinematic(\"walks\", \"l1\", \"l2\").duration(Duration.ofSeconds(8)).aspect(\"1:1\")");
        assertThat(Voice.lookDefault().elevenLabs().stability(0.5))
                .hasToString("Voice.lookDefault().elevenLabs().stability(0.5)");
        assertThat(Watermark.image(Path.of("logo.png")).at("top_right").offset(0.05, 0))
                .hasToString("Watermark.image(Path.of(\"logo.png\")).at(\"top_right\").offset(0.05, 0)");
    }

    @Test
    void say_appends_and_pause_becomes_a_spaced_break() {
        String script = Avatar.look("a").say("A").pause(Duration.ofSeconds(1)).say("B").toJson();
        assertThat(script).contains("\"script\":\"A <break time=\\\"1s\\\"/> B\"");
        assertThat(Avatar.look("a").say("One.").say("Two.").pause(Duration.ofMillis(250)).say("Three.").toJson())
                .contains("One. Two. <break time=\\\"0.25s\\\"/> Three.");
    }

    @Test
    void branching_from_a_shared_value_never_leaks_state() {
        var anna = Avatar.look("look_anna").voice("voice_1");
        var hello = anna.say("Hello");
        var bye = anna.say("Bye").on(Background.color("#000000"));
        var fresh = hello.fresh();
        assertThat(anna).hasToString("Avatar.look(\"look_anna\").voice(\"voice_1\")");
        assertThat(hello).hasToString("Avatar.look(\"look_anna\").say(\"Hello\").voice(\"voice_1\")");
        assertThat(bye.toJson()).contains("Bye").doesNotContain("Hello");
        assertThat(hello.toJson()).doesNotContain("background");
        assertThat(fresh).isNotEqualTo(hello);
        assertThat(anna.say("Hello")).isEqualTo(hello).hasSameHashCodeAs(hello);

        var v = Voice.id("v");
        var fast = v.speed(1.4);
        assertThat(v).hasToString("Voice.id(\"v\")");
        assertThat(fast).hasToString("Voice.id(\"v\").speed(1.4)");

        var base = Scenes.of(Avatar.look("a").say("A"));
        var longer = base.then(Scene.image(URI.create("https://x/s.png")).hold(Duration.ofSeconds(2)));
        assertThat(base.scenes()).hasSize(1);
        assertThat(longer.scenes()).hasSize(2);
    }

    @Test
    void to_json_needs_no_client_and_no_files_and_shows_local_files_as_placeholders() {
        String json = Avatar.photo(Path.of("does/not/exist.jpg")).say("Hi").voice("v").toJson();
        assertThat(json).contains("\"asset_id\":\"local-file:" + Path.of("does/not/exist.jpg").toAbsolutePath());
    }
}
