package dev.heygenkit.sandbox;

import dev.heygenkit.internal.media.Cue;

import java.util.List;

/**
 * What a validated create request will render: frame size, timed shots with their captions, and the outcome that
 * the request itself decides (a script over the limit fails with {@code script_too_long}).
 */
record Plan(String mode, String title, int width, int height, String resolution, List<ShotPlan> shots, double duration,
            boolean captionRequested, boolean burnCaptions, String outputFormat, String callbackUrl, String callbackId,
            String failureCode, String failureMessage) {

    /** USD per rendered second (HEYGEN-V3.md section 11). */
    static final double USD_PER_SECOND = 0.0333;

    Plan {
        shots = List.copyOf(shots);
    }

    double cost() {
        return Math.round(duration * USD_PER_SECOND * 10000) / 10000.0;
    }

    /** Where a picture in a shot comes from; resolved to bytes only when media is drawn. */
    record Visual(String lookId, String assetId, byte[] bytes, String seed) {
        static Visual look(String id) {
            return new Visual(id, null, null, null);
        }

        static Visual asset(String id) {
            return new Visual(null, id, null, null);
        }

        static Visual inline(byte[] bytes) {
            return new Visual(null, null, bytes, null);
        }

        static Visual generated(String seed) {
            return new Visual(null, null, null, seed);
        }
    }

    /** One scene or whole-video stretch. */
    record ShotPlan(double start, double end, String kind, String label, Visual portrait, Visual backdrop,
                    String backgroundHex, List<Cue> cues, String voiceId) {
        ShotPlan {
            cues = List.copyOf(cues);
        }
    }
}
