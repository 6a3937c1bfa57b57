package dev.heygenkit.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Cursor pagination with opaque tokens. A token names the list, a fingerprint of its filters and the sort key of
 * the last item served, signed so a hand-made or cross-list token is refused instead of silently misread.
 */
final class Paging {
    record Page<T>(List<T> items, boolean hasMore, String nextToken) {
    }

    private final byte[] key;

    Paging(byte[] key) {
        this.key = key.clone();
    }

    /**
     * One page of {@code sorted} (already filtered and in serving order, keys strictly monotonic in that order).
     */
    <T> Page<T> page(List<T> sorted, ToLongFunction<T> sortKey, String list, String filters, int limit, String token) {
        int start = 0;
        if (token != null && !token.isEmpty()) {
            long after = decode(token, list, filters);
            start = sorted.size();
            for (int i = 0; i < sorted.size(); i++) {
                if (sortKey.applyAsLong(sorted.get(i)) == after) {
                    start = i + 1;
                    break;
                }
            }
            if (start == sorted.size()) {
                // the anchor item is gone (deleted): resume after the first item that sorts beyond it
                boolean descending = sorted.size() > 1 && sortKey.applyAsLong(sorted.get(0)) > sortKey.applyAsLong(sorted.get(1));
                for (int i = 0; i < sorted.size(); i++) {
                    long k = sortKey.applyAsLong(sorted.get(i));
                    if (descending ? k < after : k > after) {
                        start = i;
                        break;
                    }
                }
            }
        }
        int end = Math.min(sorted.size(), start + limit);
        List<T> items = new ArrayList<>(sorted.subList(start, end));
        boolean more = end < sorted.size();
        String next = more && !items.isEmpty() ? encode(list, filters, sortKey.applyAsLong(items.get(items.size() - 1))) : null;
        return new Page<>(items, more, next);
    }

    private String encode(String list, String filters, long after) {
        String body = list + "|" + Ids.hex(filters).substring(0, 12) + "|" + after;
        String mac = Hmac.hex(key, body).substring(0, 16);
        return Base64.getUrlEncoder().withoutPadding().encodeToString((body + "|" + mac).getBytes(StandardCharsets.UTF_8));
    }

    private long decode(String token, String list, String filters) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int cut = raw.lastIndexOf('|');
            String body = raw.substring(0, cut);
            if (!Hmac.same(Hmac.hex(key, body).substring(0, 16), raw.substring(cut + 1))) {
                throw new IllegalArgumentException("bad signature");
            }
            String[] parts = body.split("\\|");
            if (!parts[0].equals(list)) {
                throw ApiError.invalid("token", "token was issued by another list (" + parts[0] + "); pass the next_token of this list");
            }
            if (!parts[1].equals(Ids.hex(filters).substring(0, 12))) {
                throw ApiError.invalid("token", "token belongs to a listing with other filters; keep the filters of the first page or start again without token");
            }
            return Long.parseLong(parts[2]);
        } catch (ApiError e) {
            throw e;
        } catch (RuntimeException e) {
            throw ApiError.invalid("token", "token \"" + (token.length() > 24 ? token.substring(0, 24) + "..." : token)
                    + "\" is not a next_token from this sandbox; pass next_token verbatim or start again without token");
        }
    }
}
