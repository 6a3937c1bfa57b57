package dev.heygenkit.sandbox;

import dev.heygenkit.sandbox.Http.Req;

/** The API key check: any non-blank key, or only the one the sandbox was started with (compared in constant time). */
final class Auth {
    private final String required;

    /** {@code required} is the only accepted key, or null to accept any non-blank key. */
    Auth(String required) {
        this.required = required;
    }

    /** The request's key from {@code x-api-key} or {@code Authorization: Bearer}, trimmed; a missing or wrong key is a 401. */
    String apiKey(Req req) {
        String key = req.header("x-api-key");
        if (key == null) {
            String auth = req.header("Authorization");
            if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
                key = auth.substring(7);
            }
        }
        if (key == null || key.isBlank()) {
            throw new ApiError(401, "unauthorized", required == null
                    ? "missing API key; send it in the x-api-key header (the sandbox accepts any non-blank key)"
                    : "missing API key; send the key this sandbox was started with in the x-api-key header", null, null);
        }
        if (required != null && !Hmac.same(Ids.hex(required), Ids.hex(key.trim()))) {
            throw new ApiError(401, "unauthorized", "the API key is not valid for this sandbox; send the key it was started with in x-api-key", null, null);
        }
        return key.trim();
    }
}
