package dev.heygenkit.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Everything a sandbox is started with, as an immutable value. The CLI builds one from key/value pairs:
 * {@code Sandbox.start(SandboxOptions.parse(Map.of("port", "8080", "clock-speed", "60")))}.
 *
 * @param port             TCP port on 127.0.0.1; 0 picks a free one
 * @param clockSpeed       sandbox seconds per real second (ignored with a manual clock)
 * @param manualClock      when true, sandbox time moves only through {@link Sandbox#advance}
 * @param seed             drives ids, simulated failures and generated media
 * @param failureRate      fraction (0..1) of renders that end {@code failed}, picked deterministically from the seed
 * @param creditBalance    starting wallet balance in USD
 * @param rateLimit        requests per second per API key before 429; 0 turns the limit off
 * @param createRate       videos created per second (a batch of n counts n) before 429; 0 turns the limit off
 * @param urlTtl           lifetime of presigned media URLs on the sandbox clock
 * @param apiKey           the only accepted API key, or null to accept any non-blank key
 * @param signatureHeader  header that carries webhook signatures
 * @param webhookBackoff   real-time delay before the first webhook retry; each later retry waits four times longer
 * @param startTime        sandbox time at start, or null for the current time
 */
public record SandboxOptions(int port, double clockSpeed, boolean manualClock, long seed, double failureRate,
                             double creditBalance, int rateLimit, double createRate, Duration urlTtl, String apiKey, String signatureHeader,
                             Duration webhookBackoff, Instant startTime) {

    /** Default sandbox seconds per real second: a render of a 10 s script (95 sandbox seconds) takes about 3 s. */
    public static final double DEFAULT_CLOCK_SPEED = 30.0;
    /** Default header name of webhook signatures. */
    public static final String DEFAULT_SIGNATURE_HEADER = "X-HeyGen-Signature";

    /** Checks ranges. */
    public SandboxOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of range; use 0 (any free port) to 65535");
        }
        if (!(clockSpeed > 0) || Double.isInfinite(clockSpeed)) {
            throw new IllegalArgumentException("clock speed " + clockSpeed + " must be a positive number of sandbox seconds per real second");
        }
        if (failureRate < 0 || failureRate > 1) {
            throw new IllegalArgumentException("failure rate " + failureRate + " must be between 0 and 1");
        }
        if (creditBalance < 0) {
            throw new IllegalArgumentException("credit balance " + creditBalance + " must not be negative");
        }
        if (rateLimit < 0) {
            throw new IllegalArgumentException("rate limit " + rateLimit + " must be 0 (off) or a positive number of requests per second");
        }
        if (!(createRate >= 0) || Double.isInfinite(createRate)) {
            throw new IllegalArgumentException("create rate " + createRate + " must be 0 (off) or a positive number of videos per second");
        }
        if (urlTtl == null || urlTtl.isNegative() || urlTtl.isZero()) {
            throw new IllegalArgumentException("URL lifetime " + urlTtl + " must be positive");
        }
        if (apiKey != null && apiKey.isBlank()) {
            throw new IllegalArgumentException("API key must not be blank; leave it unset to accept any key");
        }
        if (signatureHeader == null || !signatureHeader.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("signature header \"" + signatureHeader + "\" must be a header name like X-HeyGen-Signature");
        }
        if (webhookBackoff == null || webhookBackoff.isNegative()) {
            throw new IllegalArgumentException("webhook backoff " + webhookBackoff + " must not be negative");
        }
    }

    /** The defaults: ephemeral port, clock speed 30, seed 42, no failures, $50 wallet, no rate limit, 24 h URLs. */
    public static SandboxOptions defaults() {
        return new SandboxOptions(0, DEFAULT_CLOCK_SPEED, false, 42L, 0.0, 50.0, 0, 0.0, Duration.ofHours(24), null,
                DEFAULT_SIGNATURE_HEADER, Duration.ofSeconds(1), null);
    }

    /**
     * Options from key/value pairs over the defaults. Keys (kebab- or camelCase): port, clock-speed, manual-clock,
     * seed, failure-rate, credit-balance, rate-limit, url-ttl (seconds or ISO-8601 like PT1H), api-key,
     * signature-header, webhook-backoff (milliseconds or ISO-8601), start-time (ISO-8601 instant).
     */
    public static SandboxOptions parse(Map<String, String> values) {
        Map<String, String> v = new LinkedHashMap<>();
        values.forEach((k, val) -> v.put(k.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT).replace('_', '-'), val));
        SandboxOptions d = defaults();
        for (String key : v.keySet()) {
            if (!java.util.Set.of("port", "clock-speed", "manual-clock", "seed", "failure-rate", "credit-balance", "rate-limit",
                    "create-rate", "url-ttl", "api-key", "signature-header", "webhook-backoff", "start-time").contains(key)) {
                throw new IllegalArgumentException("unknown sandbox option \"" + key + "\"; known: port, clock-speed, manual-clock, seed, "
                        + "failure-rate, credit-balance, rate-limit, create-rate, url-ttl, api-key, signature-header, webhook-backoff, start-time");
            }
        }
        try {
            return new SandboxOptions(
                    v.containsKey("port") ? Integer.parseInt(v.get("port").trim()) : d.port(),
                    v.containsKey("clock-speed") ? Double.parseDouble(v.get("clock-speed").trim()) : d.clockSpeed(),
                    v.containsKey("manual-clock") ? bool("manual-clock", v.get("manual-clock")) : d.manualClock(),
                    v.containsKey("seed") ? Long.parseLong(v.get("seed").trim()) : d.seed(),
                    v.containsKey("failure-rate") ? Double.parseDouble(v.get("failure-rate").trim()) : d.failureRate(),
                    v.containsKey("credit-balance") ? Double.parseDouble(v.get("credit-balance").trim()) : d.creditBalance(),
                    v.containsKey("rate-limit") ? Integer.parseInt(v.get("rate-limit").trim()) : d.rateLimit(),
                    v.containsKey("create-rate") ? Double.parseDouble(v.get("create-rate").trim()) : d.createRate(),
                    v.containsKey("url-ttl") ? duration(v.get("url-ttl"), false) : d.urlTtl(),
                    v.containsKey("api-key") ? v.get("api-key") : d.apiKey(),
                    v.getOrDefault("signature-header", d.signatureHeader()),
                    v.containsKey("webhook-backoff") ? duration(v.get("webhook-backoff"), true) : d.webhookBackoff(),
                    v.containsKey("start-time") ? Instant.parse(v.get("start-time").trim()) : d.startTime());
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("sandbox option value is not understood: " + e.getMessage(), e);
        }
    }

    /**
     * Options from command-line words over the defaults: {@code --port 8080 --clock-speed=60 --manual-clock}. Keys are
     * those of {@link #parse(Map)}; {@code --manual-clock} needs no value.
     */
    public static SandboxOptions parseArgs(java.util.List<String> args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String word = args.get(i);
            if (!word.startsWith("--") || word.length() == 2) {
                throw new IllegalArgumentException("sandbox argument \"" + word + "\" is not an option; write --name value, e.g. --port 8080");
            }
            String key = word.substring(2);
            String value;
            int eq = key.indexOf('=');
            if (eq >= 0) {
                value = key.substring(eq + 1);
                key = key.substring(0, eq);
            } else if (key.equals("manual-clock") && (i + 1 >= args.size() || args.get(i + 1).startsWith("--"))) {
                value = "true";
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new IllegalArgumentException("sandbox option --" + key + " needs a value, e.g. --" + key + " 1");
            }
            values.put(key, value);
        }
        return parse(values);
    }

    private static boolean bool(String key, String value) {
        String s = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "", "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new IllegalArgumentException(key + " \"" + value + "\" must be true or false");
        };
    }

    private static Duration duration(String value, boolean millis) {
        String s = value.trim();
        if (s.matches("\\d+")) {
            return millis ? Duration.ofMillis(Long.parseLong(s)) : Duration.ofSeconds(Long.parseLong(s));
        }
        return Duration.parse(s);
    }

    /** Lists the options with the API key redacted. */
    @Override
    public String toString() {
        return "SandboxOptions[port=" + port + ", clockSpeed=" + (manualClock ? "manual" : clockSpeed) + ", seed=" + seed
                + ", failureRate=" + failureRate + ", creditBalance=" + creditBalance + ", rateLimit=" + rateLimit + ", createRate=" + createRate
                + ", urlTtl=" + urlTtl + ", apiKey=" + (apiKey == null ? "any" : "***") + ", signatureHeader=" + signatureHeader + "]";
    }
}
