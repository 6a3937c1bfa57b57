package dev.heygenkit.api;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One page of a cursor-paged list. Iterating (or streaming) walks every item of every page, fetching the next page
 * lazily only when the previous one is used up; {@link #items()} is just this page.
 *
 * <pre>{@code for (Look look : client.looks().list()) { ... }   // all pages, fetched as needed}</pre>
 *
 * @param <T> item type
 */
public final class Page<T> implements Iterable<T> {
    private final List<T> items;
    private final boolean hasMore;
    private final String nextToken;
    private final Function<String, Page<T>> next;

    /**
     * Creates a page.
     *
     * @param items     this page's items
     * @param hasMore   whether the server has more
     * @param nextToken the cursor for the next page, or null
     * @param next      fetches the page for a cursor
     */
    public Page(List<T> items, boolean hasMore, String nextToken, Function<String, Page<T>> next) {
        this.items = List.copyOf(items);
        this.hasMore = hasMore;
        this.nextToken = nextToken;
        this.next = next;
    }

    /** This page's items only. */
    public List<T> items() {
        return items;
    }

    /** Whether another page exists. */
    public boolean hasMore() {
        return hasMore && nextToken != null && !nextToken.isEmpty();
    }

    /** The opaque cursor of the next page (pass it back as {@code token}), or null. */
    public String nextToken() {
        return nextToken;
    }

    /** Fetches the next page, or empty on the last one. */
    public Optional<Page<T>> nextPage() {
        return hasMore() ? Optional.of(next.apply(nextToken)) : Optional.empty();
    }

    /** Every item of this and later pages, fetched lazily. */
    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private Page<T> page = Page.this;
            private int index;

            @Override
            public boolean hasNext() {
                while (index >= page.items.size()) {
                    if (!page.hasMore()) {
                        return false;
                    }
                    page = page.next.apply(page.nextToken);
                    index = 0;
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.items.get(index++);
            }
        };
    }

    /** A lazy stream over every item of every page. */
    public Stream<T> stream() {
        return StreamSupport.stream(spliterator(), false);
    }

    /** Every item of every page, fetched now. */
    public List<T> all() {
        List<T> out = new ArrayList<>();
        forEach(out::add);
        return out;
    }

    @Override
    public String toString() {
        return "Page[" + items.size() + " items" + (hasMore() ? ", more available" : "") + "]";
    }
}
