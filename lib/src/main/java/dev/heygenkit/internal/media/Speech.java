package dev.heygenkit.internal.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Synthesises speech-like audio: each word becomes voiced syllables (a harmonic source shaped by vowel formants,
 * with vibrato and a falling sentence melody), everything outside the words is exact digital silence.
 */
final class Speech {
    static final int SAMPLE_RATE = 16_000;

    private static final int TABLE_BITS = 12;
    private static final int TABLE_SIZE = 1 << TABLE_BITS;
    private static final float[] SINE = new float[TABLE_SIZE + 1];
    /** Peak level: about -10 dBFS keeps it comfortable on headphones. */
    private static final double PEAK = 0.32;
    private static final int BLOCK = 64;
    private static final int MAX_HARMONICS = 24;
    private static final double TOP_FREQUENCY = 3800;
    /** Samples over which formants and pitch accent move from one syllable to the next (30 ms). */
    private static final int GLIDE = SAMPLE_RATE * 3 / 100;

    static {
        for (int i = 0; i <= TABLE_SIZE; i++) {
            SINE[i] = (float) StrictMath.sin(2 * Math.PI * i / TABLE_SIZE);
        }
    }

    /** First three formants (Hz) of the vowels a, e, i, o, u and of a closed-mouth hum. */
    private static final double[][] VOWELS = {
        {730, 1090, 2440}, {530, 1840, 2480}, {300, 2250, 2950}, {570, 840, 2410}, {320, 900, 2250}, {260, 1000, 2300},
    };
    private static final int HUM = 5;

    private Speech() {
    }

    static short[] synthesize(String seed, String gender, double seconds, List<Cue> words) {
        if (Double.isNaN(seconds) || seconds < 0 || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("speech length " + seconds + " s must be a finite number of seconds >= 0");
        }
        int frames = (int) Math.round(seconds * SAMPLE_RATE);
        float[] out = new float[frames];
        Voice voice = new Voice(seed, gender);
        List<Cue> cues = words == null ? List.of() : words;
        if (cues.isEmpty()) {
            voice.hum(out, 0, frames);
        } else {
            int index = 0;
            for (Cue word : cues) {
                int from = (int) Math.round(word.start() * SAMPLE_RATE);
                int to = (int) Math.min(frames, Math.round(word.end() * SAMPLE_RATE));
                if (to - from >= 8) {
                    voice.word(out, from, to, word.text(), index, frames);
                }
                index++;
            }
        }
        short[] pcm = new short[frames];
        for (int i = 0; i < frames; i++) {
            pcm[i] = (short) Math.round(Math.max(-1, Math.min(1, out[i])) * 32767);
        }
        return pcm;
    }

    /** The timbre of one voice id: pitch, vibrato, spectral tilt and vocal-tract size. */
    private static final class Voice {
        final String seed;
        final double f0;
        final double vibratoRate;
        final double vibratoDepth;
        final double tilt;
        final double formantScale;

        Voice(String seed, String gender) {
            this.seed = seed == null ? "" : seed;
            SplittableRandom rnd = Seeds.random(seed, "voice");
            String g = gender == null ? "" : gender.toLowerCase(Locale.ROOT);
            double base = g.equals("male") ? 120 : g.equals("female") ? 210 : 165;
            f0 = base * (0.9 + 0.2 * rnd.nextDouble());
            vibratoRate = 4.8 + 1.4 * rnd.nextDouble();
            vibratoDepth = 0.008 + 0.008 * rnd.nextDouble();
            tilt = 1.0 + 0.5 * rnd.nextDouble();
            formantScale = (g.equals("female") ? 1.14 : g.equals("male") ? 1.0 : 1.07) * (0.96 + 0.08 * rnd.nextDouble());
        }

        void hum(float[] out, int from, int to) {
            List<Syllable> one = List.of(new Syllable(from, to, HUM, 1.0));
            render(out, from, to, one, 0, Math.max(1, out.length), 0.05);
        }

        void word(float[] out, int from, int to, String text, int index, int total) {
            SplittableRandom rnd = Seeds.random(seed, "word:" + index + ":" + text);
            List<Integer> vowels = vowelsOf(text);
            int maxByLength = Math.max(1, (to - from) / (SAMPLE_RATE / 11));
            int count = Math.max(1, Math.min(vowels.size(), maxByLength));
            double[] weights = new double[count];
            double sum = 0;
            for (int i = 0; i < count; i++) {
                weights[i] = 0.75 + 0.5 * rnd.nextDouble();
                sum += weights[i];
            }
            List<Syllable> syllables = new ArrayList<>();
            double at = from;
            for (int i = 0; i < count; i++) {
                double len = (to - from) * weights[i] / sum;
                int vowel = vowels.isEmpty() ? rnd.nextInt(5) : vowels.get(i);
                double stress = 0.94 + 0.14 * rnd.nextDouble();
                syllables.add(new Syllable((int) Math.round(at), (int) Math.round(at + len), vowel, stress));
                at += len;
            }
            render(out, from, to, syllables, from, Math.max(1, total), 0.02);
        }

        /**
         * Additive synthesis of one word: harmonics of a gliding f0, each weighted by the formant resonances of the
         * syllable being spoken. Weights are refreshed every {@link #BLOCK} samples, which is far below audible.
         */
        private void render(float[] out, int from, int to, List<Syllable> syllables, int clockOffset, int total,
                            double edgeSeconds) {
            int edge = (int) Math.max(1, Math.min((to - from) / 3.0, edgeSeconds * SAMPLE_RATE));
            double phase = 0;
            double[] amps = new double[MAX_HARMONICS + 1];
            int harmonics = 0;
            int syl = 0;
            double declination = 1.0 - 0.1 * ((double) clockOffset / total);
            for (int i = from; i < to; i++) {
                while (syl < syllables.size() - 1 && i >= syllables.get(syl).end) {
                    syl++;
                }
                Syllable s = syllables.get(syl);
                double inSyl = (double) (i - s.start) / Math.max(1, s.end - s.start);
                double t = (double) i / SAMPLE_RATE;
                double contour = 1 + 0.05 * sine(0.5 * inSyl) - 0.03 * inSyl;
                double vibrato = 1 + vibratoDepth * sine(vibratoRate * t);
                double freq = f0 * declination * stressAt(syllables, syl, i) * contour * vibrato;
                if ((i - from) % BLOCK == 0) {
                    harmonics = weights(amps, freq, formantsAt(syllables, syl, i));
                }
                phase += freq / SAMPLE_RATE;
                phase -= Math.floor(phase);
                double sample = 0;
                for (int k = 1; k <= harmonics; k++) {
                    sample += amps[k] * sine(phase * k);
                }
                out[i] += (float) (sample * PEAK * envelope(i, from, to, edge, syllables, syl));
            }
        }

        /** Pitch accent at sample i, gliding over {@link #GLIDE} from the previous syllable's so pitch never steps. */
        private static double stressAt(List<Syllable> syllables, int syl, int i) {
            Syllable s = syllables.get(syl);
            int since = i - s.start;
            if (syl == 0 || since >= GLIDE) {
                return s.stress;
            }
            double mix = 1 - (double) since / GLIDE;
            return s.stress * (1 - mix) + syllables.get(syl - 1).stress * mix;
        }

        /** Formants at sample i, gliding over {@link #GLIDE} into the next syllable's vowel as a tongue would. */
        private double[] formantsAt(List<Syllable> syllables, int syl, int i) {
            double[] a = VOWELS[syllables.get(syl).vowel];
            double mix = 0;
            double[] b = a;
            if (syl > 0) {
                int since = i - syllables.get(syl).start;
                if (since < GLIDE) {
                    b = VOWELS[syllables.get(syl - 1).vowel];
                    mix = 1 - (double) since / GLIDE;
                }
            }
            double[] f = new double[3];
            for (int k = 0; k < 3; k++) {
                f[k] = (a[k] * (1 - mix) + b[k] * mix) * formantScale;
            }
            return f;
        }

        private int weights(double[] amps, double freq, double[] formants) {
            int n = (int) Math.min(MAX_HARMONICS, Math.floor(TOP_FREQUENCY / freq));
            double sum = 0;
            for (int k = 1; k <= n; k++) {
                double fk = k * freq;
                double gain = 0.15;
                for (int j = 0; j < 3; j++) {
                    double bandwidth = 80 + 0.06 * formants[j];
                    double d = (fk - formants[j]) / bandwidth;
                    gain += (j == 0 ? 1.0 : j == 1 ? 0.7 : 0.35) / (1 + d * d);
                }
                amps[k] = gain / StrictMath.pow(k, tilt);
                sum += amps[k];
            }
            for (int k = 1; k <= n; k++) {
                amps[k] /= sum;
            }
            return n;
        }

        /**
         * Word edges fade to exactly zero (no clicks); inside a word, syllable boundaries dip to a consonant-like
         * 30 % instead of stopping the voice.
         */
        private static double envelope(int i, int from, int to, int edge, List<Syllable> syllables, int syl) {
            double e = 1;
            if (i - from < edge) {
                e = raisedCosine((double) (i - from) / edge);
            }
            if (to - 1 - i < edge) {
                e = Math.min(e, raisedCosine((double) (to - 1 - i) / edge));
            }
            Syllable s = syllables.get(syl);
            int dip = (int) (0.035 * SAMPLE_RATE);
            double d = 1;
            if (syl > 0 && i - s.start < dip) {
                d = 0.3 + 0.7 * raisedCosine((double) (i - s.start) / dip);
            } else if (syl < syllables.size() - 1 && s.end - i < dip) {
                d = 0.3 + 0.7 * raisedCosine((double) (s.end - i) / dip);
            }
            return e * d;
        }
    }

    private record Syllable(int start, int end, int vowel, double stress) {
    }

    private static double raisedCosine(double x) {
        // sine(0.25 + x/2) is cos(pi x), from the table so the output is bit-identical everywhere
        return 0.5 - 0.5 * sine(0.25 + 0.5 * Math.max(0, Math.min(1, x)));
    }

    private static double sine(double cycles) {
        double p = (cycles - Math.floor(cycles)) * TABLE_SIZE;
        int i = (int) p;
        double frac = p - i;
        return SINE[i] + (SINE[i + 1] - SINE[i]) * frac;
    }

    /** Vowel-table indices for each vowel group in the text, so "hello" sounds like two syllables e-o. */
    static List<Integer> vowelsOf(String text) {
        List<Integer> vowels = new ArrayList<>();
        boolean inGroup = false;
        for (char c : (text == null ? "" : text.toLowerCase(Locale.ROOT)).toCharArray()) {
            int v = "aeiouy".indexOf(c);
            if (v >= 0) {
                if (!inGroup) {
                    vowels.add(v == 5 ? 2 : v);
                }
                inGroup = true;
            } else {
                inGroup = false;
            }
        }
        return vowels;
    }
}
