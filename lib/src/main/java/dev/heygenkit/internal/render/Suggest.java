package dev.heygenkit.internal.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean" suggestions by edit distance. */
public final class Suggest {
    private Suggest() {
    }

    /** Up to three known ids closest to {@code typed}, nearest first, within a distance that scales with length. */
    public static List<String> closest(String typed, Collection<String> known) {
        String t = typed.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, t.length() / 4);
        record Scored(String id, int d) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String k : new java.util.LinkedHashSet<>(known)) {
            int d = distance(t, k.toLowerCase(Locale.ROOT));
            if (d <= limit && !k.equals(typed)) {
                scored.add(new Scored(k, d));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::d).thenComparing(Scored::id));
        return scored.stream().limit(3).map(Scored::id).toList();
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[b.length()];
    }

    /** {@code ; did you mean "a" or "b"?} or an empty string. */
    public static String phrase(List<String> ids) {
        if (ids.isEmpty()) {
            return "";
        }
        return "; did you mean \"" + String.join("\" or \"", ids) + "\"?";
    }
}
