package dev.heygenkit.api;

import dev.heygenkit.internal.http.ApiRequest;
import dev.heygenkit.internal.http.HttpTransport;

/**
 * The {@code /v3/voices} group: list and read voices, and speak text with one ({@code speech}).
 *
 * <pre>{@code client.voices().list(VoiceQuery.of().language("English").gender("female"))}</pre>
 */
public final class Voices {
    private final HttpTransport transport;

    /** Binds the group to a transport. */
    public Voices(HttpTransport transport) {
        this.transport = transport;
    }

    /** Public voices, paging lazily. */
    public Page<VoiceInfo> list() {
        return list(VoiceQuery.of());
    }

    /** Voices matching the query, paging lazily. */
    public Page<VoiceInfo> list(VoiceQuery query) {
        ApiRequest r = ApiRequest.get("/v3/voices")
                .query("type", query.type())
                .query("engine", query.engine())
                .query("language", query.language())
                .query("gender", query.gender())
                .query("limit", Resources.limit(query.limit(), 100))
                .query("token", query.token());
        return Resources.page(transport, r, VoiceInfo.class);
    }

    /** One voice. */
    public VoiceInfo get(String voiceId) {
        return Resources.data(transport, ApiRequest.get("/v3/voices/" + Resources.id(voiceId, "voice id")), VoiceInfo.class);
    }

    /**
     * Speaks text with a Starfish-capable voice, e.g. to preview it; the limits are checked before sending.
     *
     * <pre>{@code String url = client.voices().speech(SpeechRequest.of(voiceId, "Hello")).audioUrl();}</pre>
     */
    public SpeechAudio speech(SpeechRequest request) {
        java.util.Objects.requireNonNull(request, "request").validate();
        return Resources.data(transport, ApiRequest.post("/v3/voices/speech", request), SpeechAudio.class);
    }

    /** Speaks plain text with a voice; see {@link #speech(SpeechRequest)}. */
    public SpeechAudio speech(String voiceId, String text) {
        return speech(SpeechRequest.of(voiceId, text));
    }

    /**
     * Filters for {@link #list(VoiceQuery)}; each method returns a new query.
     *
     * @param type     {@code public} (the server default) or {@code private} (your clones)
     * @param engine   only voices usable with this engine, e.g. {@code starfish}
     * @param language full language name, e.g. {@code English}
     * @param gender   {@code male} or {@code female}
     * @param limit    page size, 1 to 100
     * @param token    cursor to start at
     */
    public record VoiceQuery(String type, String engine, String language, String gender, Integer limit, String token) {
        /** No filters. */
        public static VoiceQuery of() {
            return new VoiceQuery(null, null, null, null, null, null);
        }

        /** {@code public} or {@code private}. */
        public VoiceQuery type(String value) {
            return new VoiceQuery(value, engine, language, gender, limit, token);
        }

        /** Only voices usable with this engine. */
        public VoiceQuery engine(String value) {
            return new VoiceQuery(type, value, language, gender, limit, token);
        }

        /** Only this language. */
        public VoiceQuery language(String value) {
            return new VoiceQuery(type, engine, value, gender, limit, token);
        }

        /** Only this gender. */
        public VoiceQuery gender(String value) {
            return new VoiceQuery(type, engine, language, value, limit, token);
        }

        /** Page size. */
        public VoiceQuery limit(int value) {
            return new VoiceQuery(type, engine, language, gender, value, token);
        }

        /** Start at this cursor. */
        public VoiceQuery token(String value) {
            return new VoiceQuery(type, engine, language, gender, limit, value);
        }
    }
}
