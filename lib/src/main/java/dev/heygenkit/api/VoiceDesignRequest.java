package dev.heygenkit.api;

/**
 * A {@code POST /v3/voices} body: find voices matching a description. The same prompt, gender, locale and seed give
 * the same voices; another seed gives others. Each method returns a copy.
 *
 * <pre>{@code client.voices().design(VoiceDesignRequest.of("warm, mid-30s, British").gender("female"))}</pre>
 *
 * @param prompt what the voice sounds like
 * @param gender {@code male} or {@code female}, or null
 * @param locale BCP-47 accent such as {@code en-GB}, or null
 * @param seed   which batch of matches, 0 (the server default) and up
 */
public record VoiceDesignRequest(String prompt, String gender, String locale, Integer seed) {
    /** Voices matching a description. */
    public static VoiceDesignRequest of(String prompt) {
        return new VoiceDesignRequest(prompt, null, null, null);
    }

    /** A copy for this gender. */
    public VoiceDesignRequest gender(String value) {
        return new VoiceDesignRequest(prompt, value, locale, seed);
    }

    /** A copy for this accent. */
    public VoiceDesignRequest locale(String value) {
        return new VoiceDesignRequest(prompt, gender, value, seed);
    }

    /** A copy asking for another batch of matches. */
    public VoiceDesignRequest seed(int value) {
        return new VoiceDesignRequest(prompt, gender, locale, value);
    }

    /** Checks the prompt, failing with one line naming the problem. */
    public VoiceDesignRequest validate() {
        if (prompt == null || prompt.isBlank()) {
            throw new IllegalArgumentException("voice design needs a prompt; describe the voice, e.g. \"warm, mid-30s, British\"");
        }
        if (seed != null && seed < 0) {
            throw new IllegalArgumentException("voice design seed " + seed + " is negative; use 0 or more");
        }
        return this;
    }
}
