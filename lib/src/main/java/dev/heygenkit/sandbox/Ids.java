package dev.heygenkit.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Deterministic ids: the n-th id of a kind depends only on the seed and the sandbox's start time, so a run with a
 * fixed seed and start time repeats exactly, while separate runs never reuse each other's ids.
 */
final class Ids {
    private final long seed;
    private final long epoch;
    private final Map<String, Long> counters = new HashMap<>();
    private final Map<String, Long> ordinals = new HashMap<>();

    Ids(long seed, long epoch) {
        this.seed = seed;
        this.epoch = epoch;
    }

    synchronized String next(String kind, int hexChars) {
        long n = counters.merge(kind, 1L, Long::sum);
        String id = hex(seed + ":" + epoch + ":" + kind + ":" + n).substring(0, hexChars);
        ordinals.put(id, n);
        return id;
    }

    /** The position (1, 2, …) at which an id of this instance was handed out, or -1 for a foreign id. */
    synchronized long ordinal(String id) {
        return ordinals.getOrDefault(id, -1L);
    }

    synchronized void reset() {
        counters.clear();
        ordinals.clear();
    }

    /** A number in [0, 1) that depends only on the seed and the parts. */
    double unit(String... parts) {
        byte[] h = digest(seed + ":" + String.join(":", parts));
        long bits = 0;
        for (int i = 0; i < 7; i++) {
            bits = (bits << 8) | (h[i] & 0xff);
        }
        return (bits >>> 3) / (double) (1L << 53);
    }

    static String hex(String s) {
        return HexFormat.of().formatHex(digest(s));
    }

    static String hexBytes(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
