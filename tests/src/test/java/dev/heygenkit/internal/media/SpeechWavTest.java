package dev.heygenkit.internal.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

class SpeechWavTest {
    private static final List<Cue> WORDS = List.of(
            new Cue(0.20, 0.80, "hello"), new Cue(0.85, 1.30, "there"), new Cue(2.00, 2.60, "friends"));

    @Test
    void speech_wav_is_mono_16_bit_pcm_exactly_as_long_as_asked() throws Exception {
        byte[] wav = Media.speechWav("voice_1", "female", 2.345, WORDS);

        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            AudioFormat f = in.getFormat();
            assertThat(f.getEncoding()).isEqualTo(AudioFormat.Encoding.PCM_SIGNED);
            assertThat(f.getChannels()).isEqualTo(1);
            assertThat(f.getSampleSizeInBits()).isEqualTo(16);
            assertThat(f.getSampleRate()).isEqualTo(Media.SPEECH_SAMPLE_RATE);
            assertThat(in.getFrameLength()).isCloseTo(Math.round(2.345 * f.getSampleRate()), within(1L));
        }
        assertThat(Media.wavDurationSeconds(wav)).isCloseTo(2.345, within(1.0 / Media.SPEECH_SAMPLE_RATE));
    }

    @Test
    void speech_is_silent_in_pauses_and_voiced_during_words() throws Exception {
        short[] s = samples(Media.speechWav("voice_1", "male", 3.0, WORDS));

        assertThat(rms(s, 1.35, 1.95)).as("pause between 'there' and 'friends'").isZero();
        assertThat(rms(s, 2.65, 3.0)).as("after the last word").isZero();
        assertThat(rms(s, 0.0, 0.19)).as("before the first word").isZero();
        assertThat(rms(s, 0.3, 0.7)).as("during 'hello'").isGreaterThan(0.03);
        assertThat(rms(s, 2.1, 2.5)).as("during 'friends'").isGreaterThan(0.03);
    }

    @Test
    void speech_stays_at_a_comfortable_level_and_fades_in_without_a_click() throws Exception {
        short[] s = samples(Media.speechWav("voice_1", "female", 3.0, WORDS));

        int peak = 0;
        for (short v : s) {
            peak = Math.max(peak, Math.abs(v));
        }
        assertThat(peak / 32768.0).as("peak").isBetween(0.05, 0.5);
        int wordStart = (int) Math.round(0.20 * Media.SPEECH_SAMPLE_RATE);
        assertThat(rms(s, 0.20, 0.202)).as("first 2 ms of a word").isLessThan(0.01);
        assertThat(Math.abs(s[wordStart])).isLessThan(50);
    }

    @Test
    void voice_pitch_follows_gender() throws Exception {
        List<Cue> vowel = List.of(new Cue(0.1, 1.9, "aaa"));
        double male = pitch(samples(Media.speechWav("voice_m", "male", 2.0, vowel)), 0.8, 1.0);
        double female = pitch(samples(Media.speechWav("voice_f", "female", 2.0, vowel)), 0.8, 1.0);

        assertThat(male).isBetween(95.0, 160.0);
        assertThat(female).isBetween(175.0, 270.0);
    }

    @Test
    void speech_is_deterministic_per_voice_and_differs_between_voices() {
        byte[] a = Media.speechWav("voice_1", "female", 3.0, WORDS);
        byte[] again = Media.speechWav("voice_1", "female", 3.0, WORDS);
        byte[] other = Media.speechWav("voice_2", "female", 3.0, WORDS);

        assertThat(again).isEqualTo(a);
        assertThat(other).isNotEqualTo(a).hasSameSizeAs(a);
    }

    @Test
    void without_word_timings_the_whole_length_is_a_hum() throws Exception {
        short[] s = samples(Media.speechWav("voice_1", null, 1.0, List.of()));

        assertThat(s).hasSize(Media.SPEECH_SAMPLE_RATE);
        assertThat(rms(s, 0.1, 0.3)).isGreaterThan(0.02);
        assertThat(rms(s, 0.7, 0.9)).isGreaterThan(0.02);
    }

    @Test
    void words_past_the_end_are_cut_and_zero_length_is_an_empty_file() throws Exception {
        short[] cut = samples(Media.speechWav("v", "male", 0.5, List.of(new Cue(0.3, 2.0, "longword"))));
        assertThat(cut).hasSize(Media.SPEECH_SAMPLE_RATE / 2);
        assertThat(rms(cut, 0.35, 0.45)).isGreaterThan(0.02);

        assertThat(samples(Media.speechWav("v", "male", 0, List.of()))).isEmpty();
        assertThatThrownBy(() -> Media.speechWav("v", "male", -1, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }

    @Test
    void wav_duration_rejects_bytes_that_are_not_audio() {
        assertThatThrownBy(() -> Media.wavDurationSeconds(new byte[] {1, 2, 3, 4}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static short[] samples(byte[] wav) throws Exception {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            byte[] pcm = in.readAllBytes();
            short[] s = new short[pcm.length / 2];
            for (int i = 0; i < s.length; i++) {
                s[i] = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
            }
            return s;
        }
    }

    /** Root-mean-square level between two instants, relative to full scale. */
    private static double rms(short[] s, double from, double to) {
        int a = (int) Math.round(from * Media.SPEECH_SAMPLE_RATE);
        int b = Math.min(s.length, (int) Math.round(to * Media.SPEECH_SAMPLE_RATE));
        double sum = 0;
        for (int i = a; i < b; i++) {
            sum += (double) s[i] * s[i];
        }
        return Math.sqrt(sum / Math.max(1, b - a)) / 32768.0;
    }

    /** Fundamental frequency by autocorrelation over lags of 2.5..14 ms (70..400 Hz). */
    private static double pitch(short[] s, double from, double to) {
        int a = (int) (from * Media.SPEECH_SAMPLE_RATE);
        int b = (int) (to * Media.SPEECH_SAMPLE_RATE);
        int minLag = Media.SPEECH_SAMPLE_RATE / 400;
        int maxLag = Media.SPEECH_SAMPLE_RATE / 70;
        double best = Double.NEGATIVE_INFINITY;
        int bestLag = minLag;
        for (int lag = minLag; lag <= maxLag; lag++) {
            double sum = 0;
            for (int i = a; i + lag < b; i++) {
                sum += (double) s[i] * s[i + lag];
            }
            sum /= (b - a - lag);
            if (sum > best * 1.0001) {
                best = sum;
                bestLag = lag;
            }
        }
        return (double) Media.SPEECH_SAMPLE_RATE / bestLag;
    }
}
