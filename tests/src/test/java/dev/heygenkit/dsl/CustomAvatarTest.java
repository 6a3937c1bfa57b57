package dev.heygenkit.dsl;

import dev.heygenkit.ConsentRequiredException;
import dev.heygenkit.CustomAvatar;
import dev.heygenkit.HeyGen;
import dev.heygenkit.InsufficientCreditException;
import dev.heygenkit.NewAvatar;
import dev.heygenkit.PreflightException;
import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.ProblemCodes;
import dev.heygenkit.ProgressEvent;
import dev.heygenkit.TrainingFailedException;
import dev.heygenkit.TrainingTimeoutException;
import dev.heygenkit.Video;
import dev.heygenkit.api.VideoStatus;
import dev.heygenkit.internal.render.VirtualTime;
import dev.heygenkit.sandbox.Sandbox;
import dev.heygenkit.testing.TestMedia;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Making an avatar with the DSL against a manual-clock sandbox: the client's virtual clock and the sandbox move
 * together when the waiter sleeps, so training takes no real time and the sleeps show the poll schedule.
 */
class CustomAvatarTest {
    @TempDir
    Path dir;
    TrainingSandbox env;
    Sandbox sb;
    VirtualTime time;
    HeyGen client;
    List<ProgressEvent> events;

    HeyGen start(UnaryOperator<Sandbox.Builder> options) {
        env = new TrainingSandbox(options);
        sb = env.sandbox;
        time = env.time;
        client = env.client;
        events = env.events;
        return client;
    }

    @AfterEach
    void stop() {
        if (env != null) {
            env.close();
        }
    }

    static Path photo(Path dir, String name, int w, int h) throws IOException {
        return TestMedia.picture(dir, name, w, h);
    }

    private long requestsTo(String method, String path) {
        return sb.requestCount(method, path);
    }

    @Test
    void a_photo_becomes_a_ready_look_through_the_render_waiter_and_then_speaks() throws IOException {
        start(b -> b);
        Path me = photo(dir, "ceo.jpg", 640, 800);

        NewAvatar ceo = CustomAvatar.fromPhoto(me).name("CEO").create(client);

        assertThat(ceo.isReady()).isTrue();
        assertThat(ceo.look().name()).isEqualTo("CEO");
        assertThat(ceo.look().imageWidth()).isEqualTo(640);
        assertThat(ceo.group().status()).isEqualTo("completed");
        // the render waiter's plan for the 1 min estimate: the early check, the window's opening at 36.4 s, then dense
        assertThat(time.sleepSeconds()).containsExactly(6.0, 30.392, 11.725);
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOf(ProgressEvent.Uploading.class));
        assertThat(events).filteredOn(ProgressEvent.Training.class::isInstance).map(ProgressEvent.Training.class::cast)
                .last().satisfies(t -> {
                    assertThat(t.finished()).isTrue();
                    assertThat(t.status()).isEqualTo("completed");
                    assertThat(t.id()).isEqualTo(ceo.lookId());
                    assertThat(t.message()).isEqualTo("look " + ceo.lookId() + " completed after 48 s");
                });
        assertThat(events).filteredOn(ProgressEvent.Training.class::isInstance).first()
                .satisfies(e -> assertThat(e.message()).contains(": processing after 0 s (about 1 min 0 s left)"));
        assertThat(requestsTo("POST", "/v3/assets")).isEqualTo(1);

        Video v = ceo.avatar().say("Hello from my new avatar.").voice("en_ava").render(client);
        assertThat(v.status()).isEqualTo(VideoStatus.COMPLETED);
    }

    @Test
    void photos_are_checked_before_any_request() throws IOException {
        start(b -> b);
        Path text = Files.writeString(dir.resolve("me.jpg"), "not a photo");
        Path broken = dir.resolve("broken.jpg");
        byte[] good = Files.readAllBytes(photo(dir, "good.jpg", 640, 800));
        Files.write(broken, Arrays.copyOf(good, 200));
        Path huge = dir.resolve("huge.png");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.write(Files.readAllBytes(photo(dir, "seed.png", 8, 8)));
            f.setLength(33L * 1024 * 1024);
        }

        assertThat(codes(CustomAvatar.fromPhoto(text).check())).containsExactly(ProblemCodes.FILE_NOT_IMAGE);
        assertThat(codes(CustomAvatar.fromPhoto(broken).check())).containsExactly(ProblemCodes.PHOTO_UNDECODABLE);
        assertThat(codes(CustomAvatar.fromPhoto(huge).check())).containsExactly(ProblemCodes.FILE_TOO_LARGE);
        assertThat(codes(CustomAvatar.fromPhoto(dir.resolve("missing.jpg")).check())).containsExactly(ProblemCodes.FILE_MISSING);
        List<Problem> small = CustomAvatar.fromPhoto(photo(dir, "small.png", 300, 300)).check();
        assertThat(small).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCodes.PHOTO_TOO_SMALL);
            assertThat(p.isError()).isFalse();
        });
        assertThat(codes(CustomAvatar.fromPrompt(" ").check())).contains(ProblemCodes.AVATAR_PROMPT_EMPTY);
        assertThat(codes(CustomAvatar.fromPrompt("x".repeat(1001)).check())).contains(ProblemCodes.AVATAR_PROMPT_TOO_LONG);
        assertThat(codes(CustomAvatar.fromPrompt("a presenter").name(" ").check())).contains(ProblemCodes.AVATAR_NAME_MISSING);

        PreflightException e = org.junit.jupiter.api.Assertions.assertThrows(PreflightException.class,
                () -> CustomAvatar.fromPhoto(broken).create(client));
        assertThat(e.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("broken.jpg", "decoded"));
        assertThat(sb.requests()).as("nothing was sent").isEmpty();
    }

    private static List<String> codes(List<Problem> problems) {
        return problems.stream().map(Problem::code).toList();
    }

    @Test
    void a_prompt_avatar_is_named_after_its_prompt_and_start_returns_before_training_ends() {
        start(b -> b);
        NewAvatar started = CustomAvatar.fromPrompt("a friendly presenter in a navy blazer, smiling warmly").start(client);
        assertThat(started.isReady()).isFalse();
        assertThat(started.look().name()).isEqualTo("a friendly presenter in a navy blazer…");
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void a_deadline_that_passes_is_a_timeout_naming_the_look_and_its_status() throws IOException {
        start(b -> b);
        Path me = photo(dir, "me.png", 600, 600);
        TrainingTimeoutException e = org.junit.jupiter.api.Assertions.assertThrows(TrainingTimeoutException.class,
                () -> CustomAvatar.fromPhoto(me).create(client, Duration.ofSeconds(12)));
        assertThat(e.code()).isEqualTo("timeout");
        assertThat(e.lastStatus()).isEqualTo("processing");
        assertThat(e.what()).isEqualTo("look");
        assertThat(e.waited()).isEqualTo(Duration.ofSeconds(12));
        assertThat(e.getMessage()).contains(e.id(), "still processing", "not created again");
        assertThat(requestsTo("POST", "/v3/avatars")).isEqualTo(1);
    }

    @Test
    void a_failed_training_is_an_error_with_the_reason() {
        start(b -> b.failureRate(1.0));
        TrainingFailedException e = org.junit.jupiter.api.Assertions.assertThrows(TrainingFailedException.class,
                () -> CustomAvatar.fromPrompt("a presenter").create(client));
        assertThat(e.failureCode()).isEqualTo("training_failed");
        assertThat(e.getMessage()).contains(e.id(), "failure rate");
    }

    @Test
    void a_digital_twin_without_consent_ends_the_wait_with_the_way_to_give_it() throws IOException {
        start(b -> b);
        Path video = Files.write(dir.resolve("train.mp4"), TestMedia.mp4());
        ConsentRequiredException e = org.junit.jupiter.api.Assertions.assertThrows(ConsentRequiredException.class,
                () -> CustomAvatar.digitalTwin(video).name("Me").create(client));
        assertThat(e.consentUrl()).isNull();
        assertThat(e.hint()).contains("client.avatars().consent(\"" + e.groupId() + "\"");

        ConsentRequiredException page = org.junit.jupiter.api.Assertions.assertThrows(ConsentRequiredException.class,
                () -> CustomAvatar.digitalTwin(video).consentPage("I agree to HeyGen making my avatar").create(client));
        assertThat(page.consentUrl()).startsWith(sb.baseUri() + "/_media/consent/");
        assertThat(page.hint()).contains(page.consentUrl());

        NewAvatar twin = CustomAvatar.digitalTwin(video).name("Twin").consent(video).create(client);
        assertThat(twin.isReady()).isTrue();
        assertThat(twin.look().avatarType().value()).isEqualTo("digital_twin");
        assertThat(twin.group().consentStatus()).isEqualTo("approved");
    }

    @Test
    void an_empty_wallet_stops_creation_in_preflight_unless_ignored() {
        start(b -> b.creditBalance(0));
        PreflightException e = org.junit.jupiter.api.Assertions.assertThrows(PreflightException.class,
                () -> CustomAvatar.fromPrompt("a presenter").create(client));
        assertThat(e.has(ProblemCodes.CREDIT_INSUFFICIENT)).isTrue();
        assertThat(requestsTo("POST", "/v3/avatars")).isZero();
        assertThatThrownBy(() -> CustomAvatar.fromPrompt("a presenter").ignore(ProblemCodes.CREDIT_INSUFFICIENT).create(client))
                .isInstanceOf(InsufficientCreditException.class);
    }

    @Test
    void the_value_prints_as_the_dsl_that_makes_it_and_misused_steps_say_why() {
        CustomAvatar a = CustomAvatar.fromPrompt("a presenter").reference(java.net.URI.create("https://x/r.jpg")).name("Host")
                .inGroup("grp_1").ignore("credit_insufficient");
        assertThat(a).hasToString("CustomAvatar.fromPrompt(\"a presenter\").reference(URI.create(\"https://x/r.jpg\"))"
                + ".name(\"Host\").inGroup(\"grp_1\").ignore(\"credit_insufficient\")");
        assertThat(a).isEqualTo(CustomAvatar.fromPrompt("a presenter").reference(java.net.URI.create("https://x/r.jpg"))
                .name("Host").inGroup("grp_1").ignore("credit_insufficient"));
        assertThat(CustomAvatar.fromPhoto(Path.of("ceo.jpg")).request().name()).isEqualTo("ceo");
        assertThatThrownBy(() -> CustomAvatar.fromPhoto(Path.of("ceo.jpg")).consent(Path.of("c.mp4")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("only digital twins");
        assertThatThrownBy(() -> CustomAvatar.fromPhoto(Path.of("ceo.jpg")).reference(Path.of("r.jpg")))
                .hasMessageContaining("prompt avatars only");
    }
}
