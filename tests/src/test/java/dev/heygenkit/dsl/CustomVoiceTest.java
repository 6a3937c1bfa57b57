package dev.heygenkit.dsl;

import dev.heygenkit.Avatar;
import dev.heygenkit.CustomVoice;
import dev.heygenkit.HeyGen;
import dev.heygenkit.PreflightException;
import dev.heygenkit.ProblemCodes;
import dev.heygenkit.ProgressEvent;
import dev.heygenkit.TrainingFailedException;
import dev.heygenkit.Video;
import dev.heygenkit.api.VideoStatus;
import dev.heygenkit.api.VoiceInfo;
import dev.heygenkit.internal.render.VirtualTime;
import dev.heygenkit.sandbox.Sandbox;
import dev.heygenkit.testing.TestMedia;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Designing and cloning voices with the DSL on a manual-clock sandbox; the new voice speaks at once. */
class CustomVoiceTest {
    @TempDir
    Path dir;
    TrainingSandbox env;
    Sandbox sb;
    VirtualTime time;
    HeyGen client;
    List<ProgressEvent> events;

    void start(UnaryOperator<Sandbox.Builder> options) {
        env = new TrainingSandbox(options);
        sb = env.sandbox;
        time = env.time;
        client = env.client;
        events = env.events;
    }

    @AfterEach
    void stop() {
        if (env != null) {
            env.close();
        }
    }

    static Path wav(Path dir, String name, double seconds) throws IOException {
        return TestMedia.wav(dir, name, seconds);
    }

    @Test
    void a_clone_waits_until_complete_and_then_speaks_in_a_render() throws IOException {
        start(b -> b);
        VoiceInfo brand = CustomVoice.clone(wav(dir, "brand.wav", 2)).name("Brand").create(client);
        assertThat(brand.status()).isEqualTo("complete");
        assertThat(brand.name()).isEqualTo("Brand");
        // The early check at 6 s, then the waiter's window around the typical minute a clone takes (it opens at
        // 60·e^-0.5 = 36.4 s and polls densely from there): four polls where HeyGen's CLI would send six.
        assertThat(time.sleepSeconds()).containsExactly(6.0, 30.392, 11.725, 12.702);
        assertThat(events).filteredOn(ProgressEvent.Training.class::isInstance).map(ProgressEvent.Training.class::cast)
                .last().satisfies(t -> assertThat(t.what()).isEqualTo("voice"));

        Video v = Avatar.look("anna").voice(brand.id()).say("My brand voice.").render(client);
        assertThat(v.status()).isEqualTo(VideoStatus.COMPLETED);
    }

    @Test
    void a_design_is_usable_at_once_and_lists_its_matches() {
        start(b -> b);
        VoiceInfo warm = CustomVoice.design("warm, mid-30s, British").gender("female").locale("en-GB").create(client);
        assertThat(warm.type()).isEqualTo("private");
        assertThat(warm.gender()).isEqualTo("female");
        assertThat(time.sleeps()).isEmpty();
        List<VoiceInfo> all = CustomVoice.design("warm, mid-30s, British").gender("female").locale("en-GB").designs(client);
        assertThat(all).hasSize(3).first().extracting(VoiceInfo::id).isEqualTo(warm.id());
        assertThat(CustomVoice.design("warm, mid-30s, British").gender("female").locale("en-GB").seed(1).create(client).id())
                .isNotEqualTo(warm.id());
        Video v = Avatar.look("anna").voice(warm.id()).say("Designed, and speaking.").render(client);
        assertThat(v.status()).isEqualTo(VideoStatus.COMPLETED);
    }

    @Test
    void samples_are_checked_before_any_request_and_failures_name_the_voice() throws IOException {
        start(b -> b.failureRate(1.0));
        Path notAudio = Files.writeString(dir.resolve("me.mp3"), "hello");
        PreflightException e = org.junit.jupiter.api.Assertions.assertThrows(PreflightException.class,
                () -> CustomVoice.clone(notAudio).create(client));
        assertThat(e.has(ProblemCodes.FILE_NOT_AUDIO)).isTrue();
        assertThat(CustomVoice.design(" ").check()).extracting(p -> p.code()).containsExactly(ProblemCodes.VOICE_DESIGN_INVALID);
        assertThat(CustomVoice.clone(notAudio).name(" ").check()).extracting(p -> p.code()).contains(ProblemCodes.VOICE_NAME_MISSING);
        assertThat(sb.requests()).isEmpty();

        TrainingFailedException failed = org.junit.jupiter.api.Assertions.assertThrows(TrainingFailedException.class,
                () -> CustomVoice.clone(wav(dir, "x.wav", 1)).create(client));
        assertThat(failed.what()).isEqualTo("voice");
        assertThat(failed.getMessage()).contains(failed.id(), "failure rate");
    }

    @Test
    void steps_print_as_dsl_and_steps_of_the_other_kind_are_refused() {
        assertThat(CustomVoice.clone(Path.of("me.mp3")).language("German").keepBackgroundNoise())
                .hasToString("CustomVoice.clone(Path.of(\"me.mp3\")).name(\"me\").language(\"German\").keepBackgroundNoise()");
        assertThat(CustomVoice.design("calm").gender("male").seed(2))
                .hasToString("CustomVoice.design(\"calm\").gender(\"male\").seed(2)");
        assertThatThrownBy(() -> CustomVoice.design("calm").name("x")).hasMessageContaining("cloned voices only");
        assertThatThrownBy(() -> CustomVoice.clone(Path.of("me.mp3")).seed(1)).hasMessageContaining("designed voices only");
    }
}
