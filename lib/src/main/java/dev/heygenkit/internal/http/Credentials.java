package dev.heygenkit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.MissingApiKeyException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the API key the way HeyGen's official CLI does, with the builder and a system property first:
 * builder, system property {@code heygen.api.key}, env {@code HEYGEN_API_KEY}, then {@code credentials} in
 * {@code HEYGEN_CONFIG_DIR} or {@code ~/.heygen} (JSON {@code {"api_key": "..."}} or a bare key line).
 */
public final class Credentials {
    /** System property checked after the builder. */
    public static final String KEY_PROPERTY = "heygen.api.key";
    /** Environment variable holding the key. */
    public static final String KEY_ENV = "HEYGEN_API_KEY";
    /** Environment variable that moves the credentials directory. */
    public static final String CONFIG_DIR_ENV = "HEYGEN_CONFIG_DIR";

    private Credentials() {
    }

    /** The directory holding {@code credentials}: {@code HEYGEN_CONFIG_DIR} or {@code ~/.heygen}. */
    public static Path configDir(Env env) {
        String dir = env.envNonBlank(CONFIG_DIR_ENV);
        return dir != null ? Path.of(dir) : env.home().resolve(".heygen");
    }

    /**
     * Resolves the key, or throws {@link MissingApiKeyException} naming every place searched.
     *
     * @param explicit the key given to the builder, or null when none was given
     */
    public static ApiKey resolve(String explicit, Env env) {
        if (explicit != null) {
            if (explicit.isBlank()) {
                throw new MissingApiKeyException("The API key passed to HeyGen.builder().apiKey(...) is blank.",
                        "Pass your key from https://app.heygen.com/settings (API tab), or drop apiKey(...) to read HEYGEN_API_KEY.");
            }
            return ApiKey.of(explicit, "builder");
        }
        String prop = env.property(KEY_PROPERTY);
        if (prop != null && !prop.isBlank()) {
            return ApiKey.of(prop, "system property " + KEY_PROPERTY);
        }
        String fromEnv = env.envNonBlank(KEY_ENV);
        if (fromEnv != null) {
            return ApiKey.of(fromEnv, KEY_ENV);
        }
        Path file = configDir(env).resolve("credentials");
        if (Files.isRegularFile(file)) {
            return fromFile(file);
        }
        throw new MissingApiKeyException("No HeyGen API key found: set " + KEY_ENV + ", pass HeyGen.builder().apiKey(...), "
                + "or write {\"api_key\": \"...\"} to " + file + ".",
                "No key yet? Use the offline sandbox: HeyGen.sandbox(), HEYGEN_SANDBOX=1, or the CLI's --sandbox.");
    }

    private static ApiKey fromFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new MissingApiKeyException("Cannot read the credentials file " + file + ": " + e.getClass().getSimpleName() + ".",
                    "Fix its permissions or set HEYGEN_API_KEY instead.");
        }
        if (text.isEmpty()) {
            throw new MissingApiKeyException("The credentials file " + file + " is empty.",
                    "Write {\"api_key\": \"<your key>\"} into it, or set HEYGEN_API_KEY.");
        }
        if (text.startsWith("{")) {
            JsonNode node;
            try {
                node = Json.readTree(text);
            } catch (IOException e) {
                throw new MissingApiKeyException("The credentials file " + file + " is not valid JSON.",
                        "Write {\"api_key\": \"<your key>\"} into it, or set HEYGEN_API_KEY.");
            }
            JsonNode key = node.get("api_key");
            if (key != null && key.isTextual() && !key.asText().isBlank()) {
                return ApiKey.of(key.asText(), file.toString());
            }
            String why = node.has("oauth") ? "holds only an OAuth login, which this kit does not use"
                    : "has no \"api_key\" field";
            throw new MissingApiKeyException("The credentials file " + file + " " + why + ".",
                    "Add \"api_key\": \"<your key>\" to it, or set HEYGEN_API_KEY.");
        }
        String line = text.lines().findFirst().orElse("").trim();
        // A key is one token of letters, digits and a few marks; anything else (a config line, /etc/passwd through a
        // link) is not a key, and is refused without being echoed.
        if (!line.matches("[A-Za-z0-9._~+/-]{8,512}")) {
            throw new MissingApiKeyException("The credentials file " + file + " is neither JSON nor a single key line.",
                    "Write {\"api_key\": \"<your key>\"} into it, or set HEYGEN_API_KEY.");
        }
        return ApiKey.of(line, file.toString());
    }
}
