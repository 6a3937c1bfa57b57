package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;

/** A batch of create requests: taken in at {@link #intakeAt()}, finished once every item is final. */
final class Batch {
    /** One create request of a batch: it becomes a video or an error at intake. */
    static final class Item {
        private final int index;
        private final JsonNode body;
        private String videoId;
        private ObjectNode error;

        Item(int index, JsonNode body) {
            this.index = index;
            this.body = body;
        }

        int index() {
            return index;
        }

        JsonNode body() {
            return body;
        }

        /** The video it became, or null before intake or when it was refused. */
        String videoId() {
            return videoId;
        }

        /** Why intake refused it ({@code code}, {@code message}, {@code param}), or null. */
        ObjectNode error() {
            return error;
        }

        boolean pending() {
            return videoId == null && error == null;
        }

        void accept(String video) {
            this.videoId = video;
        }

        void refuse(ObjectNode why) {
            this.error = why;
        }
    }

    private final String id;
    private final long seq;
    private final String title;
    private final String callbackUrl;
    private final Instant createdAt;
    private final Instant intakeAt;
    private final List<Item> items;
    private boolean finished;

    Batch(String id, long seq, String title, String callbackUrl, Instant createdAt, Instant intakeAt, List<Item> items) {
        this.id = id;
        this.seq = seq;
        this.title = title;
        this.callbackUrl = callbackUrl;
        this.createdAt = createdAt;
        this.intakeAt = intakeAt;
        this.items = List.copyOf(items);
    }

    String id() {
        return id;
    }

    long seq() {
        return seq;
    }

    String title() {
        return title;
    }

    /** Where {@code batch.finished} is posted unsigned, or null. */
    String callbackUrl() {
        return callbackUrl;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant intakeAt() {
        return intakeAt;
    }

    List<Item> items() {
        return items;
    }

    /** Whether {@code batch.finished} has been emitted. */
    boolean finished() {
        return finished;
    }

    void markFinished() {
        finished = true;
    }
}
