package dev.heygenkit.api;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Lazy auto-paging without HTTP: pages are fetched only when iteration reaches them. */
class PageTest {
    private final List<String> fetched = new ArrayList<>();

    private Page<Integer> pages(int count) {
        Function<String, Page<Integer>>[] next = new Function[1];
        next[0] = token -> {
            fetched.add(token);
            int n = Integer.parseInt(token);
            return new Page<>(List.of(n * 10, n * 10 + 1), n + 1 < count, n + 1 < count ? String.valueOf(n + 1) : null, next[0]);
        };
        return new Page<>(List.of(0, 1), count > 1, count > 1 ? "1" : null, next[0]);
    }

    @Test
    void iterating_fetches_each_following_page_once_in_order() {
        assertThat(pages(3).all()).containsExactly(0, 1, 10, 11, 20, 21);
        assertThat(fetched).containsExactly("1", "2");
    }

    @Test
    void a_stream_stops_fetching_when_it_has_enough() {
        assertThat(pages(100).stream().limit(3).toList()).containsExactly(0, 1, 10);
        assertThat(fetched).containsExactly("1");
    }

    @Test
    void next_page_is_empty_on_the_last_page_and_empty_pages_are_skipped() {
        assertThat(pages(1).nextPage()).isEmpty();
        Page<Integer> emptyThenOne = new Page<>(List.of(), true, "t", t -> new Page<>(List.of(7), false, null, null));
        assertThat(emptyThenOne.all()).containsExactly(7);
        assertThat(new Page<Integer>(List.of(), true, "", null).hasMore()).isFalse();
    }
}
