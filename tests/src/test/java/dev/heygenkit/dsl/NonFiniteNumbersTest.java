package dev.heygenkit.dsl;

import dev.heygenkit.Avatar;
import dev.heygenkit.PreflightException;
import dev.heygenkit.ProblemCodes;
import dev.heygenkit.Scene;
import dev.heygenkit.Scenes;
import dev.heygenkit.Voice;
import dev.heygenkit.Watermark;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** NaN and infinities never reach JSON: writing one is a preflight error naming the field, not "NaN" on the wire. */
class NonFiniteNumbersTest {
    private static final Avatar HI = Avatar.look("anna").say("Hi");

    @Test
    void nan_in_voice_settings_is_a_named_preflight_error_in_to_json() {
        assertThatThrownBy(() -> HI.voice(Voice.id("v").speed(Double.NaN)).toJson())
                .isInstanceOfSatisfying(PreflightException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.has(ProblemCodes.NUMBER_NOT_FINITE)).isTrue();
                    org.assertj.core.api.Assertions.assertThat(e.problems().get(0).param()).isEqualTo("voice_settings.speed");
                })
                .hasMessageContaining("voice_settings.speed is NaN, not a finite number");
    }

    @Test
    void every_double_the_dsl_takes_is_guarded() {
        URI png = URI.create("https://x/y.png");
        assertThatThrownBy(() -> HI.voice(Voice.id("v").pitch(Double.NEGATIVE_INFINITY)).toPrettyJson())
                .hasMessageContaining("voice_settings.pitch is -Infinity");
        assertThatThrownBy(() -> HI.voice(Voice.id("v").elevenLabs().stability(Double.NaN)).toJson())
                .hasMessageContaining("stability is NaN");
        assertThatThrownBy(() -> HI.watermark(Watermark.image(png).opacity(Double.POSITIVE_INFINITY)).toJson())
                .hasMessageContaining("watermark.opacity is Infinity");
        assertThatThrownBy(() -> HI.watermark(Watermark.image(png).offset(0, Double.NaN)).toJson())
                .hasMessageContaining("offset_y is NaN");
        assertThatThrownBy(() -> Scenes.of(HI, Scene.video(URI.create("https://x/c.mp4")).volume(Double.NaN)).toJson())
                .hasMessageContaining("scenes[1].playback.volume is NaN");
    }
}
