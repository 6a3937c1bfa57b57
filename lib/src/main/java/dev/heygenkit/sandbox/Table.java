package dev.heygenkit.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Rows of one kind by id, in insertion order. Each operation holds the owner's monitor, so a single read or write is
 * safe on its own; a caller that reads and then writes holds the monitor around both.
 */
final class Table<T> {
    private final Object lock;
    private final Function<T, String> idOf;
    private final Map<String, T> rows = new LinkedHashMap<>();

    Table(Object lock, Function<T, String> idOf) {
        this.lock = lock;
        this.idOf = idOf;
    }

    /** The row with this id, or null. */
    T get(String id) {
        synchronized (lock) {
            return rows.get(id);
        }
    }

    void put(T row) {
        synchronized (lock) {
            rows.put(idOf.apply(row), row);
        }
    }

    /** Removes and returns the row, or null when there was none. */
    T remove(String id) {
        synchronized (lock) {
            return rows.remove(id);
        }
    }

    /** A snapshot of every row, oldest first. */
    List<T> all() {
        synchronized (lock) {
            return new ArrayList<>(rows.values());
        }
    }

    int size() {
        synchronized (lock) {
            return rows.size();
        }
    }

    void clear() {
        synchronized (lock) {
            rows.clear();
        }
    }
}
