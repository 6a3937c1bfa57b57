package dev.heygenkit.internal.http;

import dev.heygenkit.HttpListener;
import dev.heygenkit.RetryPolicy;
import dev.heygenkit.Sleeper;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the transport needs: base URL, key, timeouts per operation class, retry policy and hooks.
 * {@code toString()} shows the key's source, never the key.
 *
 * @param baseUri          API root, {@code https://api.heygen.com} by default
 * @param apiKey           the key sent as {@code x-api-key}
 * @param connectTimeout   TCP/TLS connect timeout
 * @param readTimeout      timeout for GET of metadata (30 s)
 * @param writeTimeout     timeout for create/update/delete (120 s)
 * @param transferTimeout  timeout for uploads and downloads (10 min)
 * @param retry            retry policy
 * @param userAgent        the {@code User-Agent} header
 * @param listener         observes attempts and retries
 * @param sleeper          waits between attempts
 * @param clock            reads the time for {@code Retry-After} dates
 */
public record ClientConfig(URI baseUri, ApiKey apiKey, Duration connectTimeout, Duration readTimeout,
                           Duration writeTimeout, Duration transferTimeout, RetryPolicy retry, String userAgent,
                           HttpListener listener, Sleeper sleeper, Clock clock) {
    /** The production API root. */
    public static final URI DEFAULT_BASE = URI.create("https://api.heygen.com");
    /** Default timeout of metadata reads. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    /** Default timeout of create/update/delete calls. */
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(120);
    /** Default timeout of uploads and downloads. */
    public static final Duration DEFAULT_TRANSFER_TIMEOUT = Duration.ofMinutes(10);
    /** Default connect timeout. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");

    /** Checks every part. */
    public ClientConfig {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(apiKey, "apiKey");
        positive(connectTimeout, "connectTimeout");
        positive(readTimeout, "readTimeout");
        positive(writeTimeout, "writeTimeout");
        positive(transferTimeout, "transferTimeout");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(userAgent, "userAgent");
        listener = listener == null ? HttpListener.NONE : listener;
        sleeper = sleeper == null ? Sleeper.system() : sleeper;
        clock = clock == null ? Clock.systemUTC() : clock;
    }

    private static void positive(Duration d, String name) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " " + d + " must be a positive duration");
        }
    }

    /** The timeout for an operation class. */
    public Duration timeout(Operation operation) {
        return switch (operation) {
            case READ -> readTimeout;
            case WRITE -> writeTimeout;
            case TRANSFER -> transferTimeout;
        };
    }

    /**
     * Parses and checks a base URL: {@code https://} anywhere, plain {@code http://} only for loopback hosts.
     *
     * @param value  the URL text
     * @param origin where it came from, for the error message (e.g. {@code HEYGEN_API_BASE})
     */
    public static URI baseUri(String value, String origin) {
        URI uri;
        try {
            uri = URI.create(value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(origin + "=" + value + " is not a URL; use e.g. https://api.heygen.com");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException(origin + "=" + value + " is not an http(s) URL with a host; use e.g. https://api.heygen.com");
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException(origin + "=" + value + " uses plain http on a non-loopback host; "
                    + "use https, or http only with 127.0.0.1/localhost (e.g. the sandbox)");
        }
        String text = uri.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        // Every path the kit sends starts with /v3, so a root copied with it would ask for /v3/v3/...
        if (text.toLowerCase(Locale.ROOT).endsWith("/v3")) {
            text = text.substring(0, text.length() - 3);
        }
        return URI.create(text);
    }

    /** Whether a host name is the loopback interface: {@code localhost}, {@code 127.x.x.x} or {@code ::1}. */
    public static boolean isLoopback(String host) {
        String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
        return LOOPBACK.contains(h) || h.matches("127(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
    }

    @Override
    public String toString() {
        return "ClientConfig[baseUri=" + baseUri + ", apiKey=" + apiKey + ", timeouts(read=" + readTimeout
                + ", write=" + writeTimeout + ", transfer=" + transferTimeout + "), maxRetries=" + retry.maxRetries() + "]";
    }
}
