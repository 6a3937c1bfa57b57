package dev.heygenkit.sandbox;

import java.time.Instant;

/**
 * A voice made through the API: a designed one ({@code POST /v3/voices}) is {@code complete} at once, a clone
 * ({@code POST /v3/voices/clone}) is {@code processing} until {@code readyAt}, then {@code complete} or {@code failed}.
 *
 * @param id             the voice id
 * @param seq            creation order
 * @param name           display name
 * @param language       full language name, e.g. {@code English}
 * @param gender         {@code male}, {@code female} or {@code unknown}
 * @param origin         {@code design} or {@code clone}
 * @param createdAt      when it was made
 * @param readyAt        when a clone finishes
 * @param status         {@code processing}, {@code complete} or {@code failed}
 * @param failureMessage why a clone failed, or null
 */
record OwnVoice(String id, long seq, String name, String language, String gender, String origin, Instant createdAt,
                Instant readyAt, String status, String failureMessage) {
    /** A copy in its final state: complete, or failed with {@code why}. */
    OwnVoice settled(String why) {
        return new OwnVoice(id, seq, name, language, gender, origin, createdAt, readyAt, why == null ? "complete" : "failed", why);
    }
}
