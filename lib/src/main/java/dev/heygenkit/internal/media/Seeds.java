package dev.heygenkit.internal.media;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/** Turns stable strings (look ids, voice ids) into reproducible random streams. */
final class Seeds {
    private Seeds() {
    }

    /** A random stream that depends only on {@code seed} and {@code purpose}, identical on every JVM. */
    static SplittableRandom random(String seed, String purpose) {
        return new SplittableRandom(hash((seed == null ? "" : seed) + '\u0000' + purpose));
    }

    /** FNV-1a over the UTF-8 bytes followed by a MurmurHash3 finaliser, so similar ids still land far apart. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
