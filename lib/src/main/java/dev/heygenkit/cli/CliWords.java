package dev.heygenkit.cli;

import dev.heygenkit.MissingApiKeyException;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the library's Java-speaking advice ({@code client.looks().list()}, {@code .captions()},
 * {@code HeyGen.builder().apiKey(...)}) into what a CLI user types: commands and flags. The library keeps speaking
 * Java; only what the CLI prints passes through here.
 */
final class CliWords {
    private static final List<Map.Entry<Pattern, String>> RULES = List.of(
            rule("client\\.looks\\(\\)\\.list\\(\\)( or `heygen looks`)?", "'heygen looks'"),
            rule("client\\.voices\\(\\)\\.list\\(\\)( or `heygen voices`)?", "'heygen voices'"),
            rule("client\\.templates\\(\\)\\.list\\(\\)( \\(heygen templates list\\))?", "'heygen templates list'"),
            rule("client\\.avatars\\(\\)\\.list\\(\\)", "'heygen avatars'"),
            rule("client\\.videos\\(\\)\\.list\\(\\)", "'heygen list'"),
            rule("client\\.users\\(\\)\\.me\\(\\)(\\.username\\(\\))?", "'heygen quota'"),
            rule("Wait for it first: job\\.await\\(\\)\\.", "Wait for it first: heygen get ID shows when it is completed."),
            rule("Voice\\.id\\(…\\)\\.(speed|pitch|volume)\\(([^)]*)\\)", "--$1 $2"),
            rule("leave \\.voice\\(\\.\\.\\.\\) out", "leave --voice out"),
            rule("add \\.voice\\(\"<voice_id>\"\\)", "add --voice VOICE_ID"),
            rule("\\.burnedCaptions\\(\\)", "--burn-captions"),
            rule("\\.captions\\(\\)", "--captions"),
            rule("\\.opacity\\(([^)]*)\\)", "--watermark-opacity $1"),
            rule("\\.scale\\(([^)]*)\\)", "--watermark-scale $1"),
            rule("\\.engine\\(\\\\?\"([a-z_]+)\\\\?\"\\)", "--engine $1"));

    private CliWords() {
    }

    private static Map.Entry<Pattern, String> rule(String regex, String replacement) {
        return Map.entry(Pattern.compile(regex), replacement);
    }

    /** The text with every known Java phrase replaced by its CLI equivalent; null stays null. */
    static String of(String text) {
        if (text == null) {
            return null;
        }
        String s = text;
        for (Map.Entry<Pattern, String> r : RULES) {
            s = r.getKey().matcher(s).replaceAll(r.getValue());
        }
        return s;
    }

    /** The missing-key message as the CLI states it: environment, credentials file or --sandbox, no builder calls. */
    static String missingKey(MissingApiKeyException e) {
        Matcher file = Pattern.compile("to (\\S+credentials)\\.").matcher(e.getMessage());
        return "No HeyGen API key found: set HEYGEN_API_KEY or write {\"api_key\": \"...\"} to "
                + (file.find() ? file.group(1) : "~/.heygen/credentials") + ".";
    }
}
