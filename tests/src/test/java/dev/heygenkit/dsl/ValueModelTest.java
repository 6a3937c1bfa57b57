package dev.heygenkit.dsl;

import dev.heygenkit.Avatar;
import dev.heygenkit.Background;
import dev.heygenkit.JournalEntry;
import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.ProblemCodes;
import dev.heygenkit.Scene;
import dev.heygenkit.Scenes;
import dev.heygenkit.Voice;
import dev.heygenkit.api.AspectRatio;
import dev.heygenkit.api.AssetInput;
import dev.heygenkit.api.AvatarVideoRequest;
import dev.heygenkit.api.Engine;
import dev.heygenkit.api.Expressiveness;
import dev.heygenkit.api.Fit;
import dev.heygenkit.api.ImageVideoRequest;
import dev.heygenkit.api.Resolution;
import dev.heygenkit.api.VideoStatus;
import dev.heygenkit.testing.V3Schemas;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The one value model: typed open values, shared request blocks, local files as their own input, equality by field. */
class ValueModelTest {
    private static final Avatar HI = Avatar.look("anna").say("Hi");

    @Test
    void typed_steps_and_their_string_forms_build_the_same_spec() {
        Avatar typed = HI.aspect(AspectRatio.PORTRAIT).resolution(Resolution.FULL_HD).fit(Fit.COVER)
                .engine(Engine.avatarV()).expressiveness(Expressiveness.HIGH);
        Avatar strings = HI.aspect("9:16").resolution("1080p").fit("cover").engine("avatar_v").expressiveness("high");
        assertThat(typed).isEqualTo(strings).hasSameHashCodeAs(strings);
        assertThat(typed.toJson()).isEqualTo(strings.toJson())
                .contains("\"aspect_ratio\":\"9:16\"", "\"resolution\":\"1080p\"", "\"fit\":\"cover\"");
    }

    @Test
    void unknown_open_values_are_kept_reported_and_sent_when_ignored() {
        Avatar future = HI.engine("avatar_vi").aspect("21:9");
        assertThat(future.check()).extracting(Problem::code)
                .contains(ProblemCodes.ENGINE_INVALID, ProblemCodes.ASPECT_RATIO_INVALID);
        Avatar forced = future.ignore(ProblemCodes.ENGINE_INVALID, ProblemCodes.ASPECT_RATIO_INVALID);
        assertThat(forced.check()).noneMatch(Problem::isError);
        assertThat(forced.toJson()).contains("\"engine\":{\"type\":\"avatar_vi\"}", "\"aspect_ratio\":\"21:9\"");
    }

    @Test
    void specs_are_equal_by_their_fields_not_their_text() {
        Avatar a = HI.voice(Voice.id("v1").speed(1.1)).on(Background.color("#0A84FF")).title("T");
        Avatar b = Avatar.look("anna").say("Hi").title("T").on(Background.color("#0A84FF")).voice(Voice.id("v1").speed(1.1));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(a.fresh()).isNotEqualTo(a.ignore(ProblemCodes.VOICE_GENDER_MISMATCH));
        assertThat(a.ignore("b", "a")).isEqualTo(a.ignore("a").ignore("b"));
        assertThat(Scenes.of(a, Scene.image(Path.of("s.png")).hold(Duration.ofSeconds(2))))
                .isEqualTo(Scenes.of(b, Scene.image(Path.of("s.png")).hold(Duration.ofSeconds(2))));
    }

    @Test
    void local_files_are_typed_inputs_and_print_as_placeholders_until_uploaded() {
        Path photo = Path.of("me.jpg");
        var request = (ImageVideoRequest) Avatar.photo(photo).say("Hi").voice("v").audio(Path.of("a.mp3")).request();
        assertThat(request.image()).isEqualTo(AssetInput.file(photo));
        assertThat(request.speaker().audio()).isInstanceOf(AssetInput.LocalFile.class);
        String json = Avatar.photo(photo).say("Hi").voice("v").toJson();
        assertThat(json).contains("\"image\":{\"type\":\"asset_id\",\"asset_id\":\"local-file:"
                + photo.toAbsolutePath().normalize() + "\"}");
        assertThat(Avatar.photo(photo).toString()).isEqualTo("Avatar.photo(Path.of(\"me.jpg\"))");
    }

    @Test
    void the_shared_speaker_block_is_sent_flat_in_every_mode() {
        var look = (AvatarVideoRequest) HI.voice("v1").motion("nods").engine("avatar_v").request();
        assertThat(look.speaker().script()).isEqualTo("Hi");
        String json = HI.voice("v1").motion("nods").engine("avatar_v").audio(java.net.URI.create("https://x/a.mp3"))
                .ignore(ProblemCodes.AUDIO_CONFLICT).toJson();
        assertThat(V3Schemas.json(json).fieldNames()).toIterable()
                .contains("avatar_id", "script", "voice_id", "motion_prompt", "engine", "audio_url")
                .doesNotContain("speaker", "framing", "options", "audio");
    }

    @Test
    void not_a_number_in_voice_settings_is_a_preflight_error_not_a_crash() {
        Avatar nan = HI.voice(Voice.id("v").speed(Double.NaN).volume(Double.POSITIVE_INFINITY));
        assertThat(nan.check()).filteredOn(Problem::isError).extracting(Problem::code)
                .contains(ProblemCodes.VOICE_SPEED_RANGE, ProblemCodes.VOICE_VOLUME_RANGE);
        assertThat(nan.check()).extracting(Problem::message).anyMatch(m -> m.contains("voice speed NaN is outside"))
                .anyMatch(m -> m.contains("voice volume Infinity is outside"));
    }

    @Test
    void journal_statuses_map_every_api_spelling() {
        assertThat(JournalEntry.Status.of("queued")).isEqualTo(JournalEntry.Status.PENDING);
        assertThat(JournalEntry.Status.of("error")).isEqualTo(JournalEntry.Status.FAILED);
        assertThat(JournalEntry.Status.of("rendering_v2")).isEqualTo(JournalEntry.Status.PROCESSING);
        assertThat(JournalEntry.Status.of(VideoStatus.COMPLETED)).isEqualTo(JournalEntry.Status.COMPLETED);
        assertThat(JournalEntry.Status.GONE.isClosed()).isTrue();
        assertThat(JournalEntry.Status.PROCESSING.isClosed()).isFalse();
        assertThat(JournalEntry.Status.REJECTED.wire()).isEqualTo("rejected");
    }
}
