package dev.heygenkit.internal.webhooks;

import dev.heygenkit.api.WebhookSignature;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The secrets a receiver accepts, more than one during a rotation. A delivery is verified when any of them signs its
 * raw body; every secret is always tried, each in constant time, so timing does not tell which one matched.
 */
public final class Secrets {
    private final String header;
    private final WebhookSignature.Encoding encoding;
    private volatile Map<String, WebhookSignature> verifiers = Map.of();

    /** Secrets whose signatures are read from {@code header} in {@code encoding}. */
    public Secrets(String header, WebhookSignature.Encoding encoding, Collection<String> initial) {
        if (header == null || header.isBlank()) {
            throw new IllegalArgumentException("the signature header name is blank; use e.g. " + WebhookSignature.DEFAULT_HEADER);
        }
        this.header = header.strip();
        this.encoding = encoding;
        initial.forEach(this::add);
    }

    /** The signature header's name. */
    public String header() {
        return header;
    }

    /** Accepts deliveries signed with {@code secret} too. */
    public synchronized void add(String secret) {
        WebhookSignature v = WebhookSignature.of(secret).header(header).encoding(encoding);
        Map<String, WebhookSignature> next = new LinkedHashMap<>(verifiers);
        next.put(secret, v);
        verifiers = Map.copyOf(next);
    }

    /** Stops accepting {@code secret}; true when it was accepted before. */
    public synchronized boolean remove(String secret) {
        if (secret == null || !verifiers.containsKey(secret)) {
            return false;
        }
        Map<String, WebhookSignature> next = new LinkedHashMap<>(verifiers);
        next.remove(secret);
        verifiers = Map.copyOf(next);
        return true;
    }

    /** How many secrets are accepted. */
    public int size() {
        return verifiers.size();
    }

    /** Whether any accepted secret signs the body with the request's signature header (any case of its name). */
    public boolean verify(byte[] body, Map<String, List<String>> headers) {
        boolean match = false;
        for (WebhookSignature v : verifiers.values()) {
            match |= v.verify(body, headers);
        }
        return match;
    }

    /** The signature header's value in the request, or null when absent or blank. */
    public String signature(Map<String, List<String>> headers) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(header) && e.getValue() != null) {
                String v = String.join(",", e.getValue()).strip();
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "Secrets[header=" + header + ", count=" + verifiers.size() + "]";
    }
}
