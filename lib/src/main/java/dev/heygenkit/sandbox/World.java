package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.internal.media.Cue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sandbox account's mutable state. Every access holds the world's monitor. */
final class World {
    static final class Video {
        final String id;
        final long seq;
        final Plan plan;
        final Instant createdAt;
        final Instant startAt;
        final Instant finishAt;
        final String failureCode;
        final String failureMessage;
        final String batchId;
        final Integer itemIndex;
        boolean settled;
        boolean deleted;

        Video(String id, long seq, Plan plan, Instant createdAt, Instant startAt, Instant finishAt, String failureCode,
              String failureMessage, String batchId, Integer itemIndex) {
            this.id = id;
            this.seq = seq;
            this.plan = plan;
            this.createdAt = createdAt;
            this.startAt = startAt;
            this.finishAt = finishAt;
            this.failureCode = failureCode;
            this.failureMessage = failureMessage;
            this.batchId = batchId;
            this.itemIndex = itemIndex;
        }

        boolean fails() {
            return failureCode != null;
        }

        /** {@code pending}, {@code processing}, {@code completed} or {@code failed} at {@code now}. */
        String status(Instant now) {
            if (settled || !now.isBefore(finishAt)) {
                return fails() ? "failed" : "completed";
            }
            return now.isBefore(startAt) ? "pending" : "processing";
        }

        boolean terminal(Instant now) {
            String s = status(now);
            return s.equals("completed") || s.equals("failed");
        }
    }

    static final class BatchItem {
        final int index;
        final JsonNode body;
        String videoId;
        ObjectNode error;

        BatchItem(int index, JsonNode body) {
            this.index = index;
            this.body = body;
        }
    }

    static final class Batch {
        final String id;
        final long seq;
        final String title;
        final String callbackUrl;
        final Instant createdAt;
        final Instant intakeAt;
        final List<BatchItem> items;
        boolean finished;

        Batch(String id, long seq, String title, String callbackUrl, Instant createdAt, Instant intakeAt, List<BatchItem> items) {
            this.id = id;
            this.seq = seq;
            this.title = title;
            this.callbackUrl = callbackUrl;
            this.createdAt = createdAt;
            this.intakeAt = intakeAt;
            this.items = items;
        }
    }

    static final class Asset {
        final String id;
        final long seq;
        final String name;
        final Instant createdAt;
        String mime;
        byte[] bytes;
        String status;
        long expectedSize;
        String declaredType;
        String checksum;
        boolean deleted;

        Asset(String id, long seq, String name, Instant createdAt) {
            this.id = id;
            this.seq = seq;
            this.name = name;
            this.createdAt = createdAt;
        }

        boolean usable() {
            return !deleted && bytes != null && "completed".equals(status);
        }

        String kind() {
            return Sniff.kind(mime);
        }
    }

    static final class Endpoint {
        final String id;
        final long seq;
        final String createdAt;
        final String entityId;
        String url;
        List<String> events;
        String secret;

        Endpoint(String id, long seq, String createdAt, String entityId) {
            this.id = id;
            this.seq = seq;
            this.createdAt = createdAt;
            this.entityId = entityId;
        }

        boolean wants(String eventType, String entity) {
            return (events == null || events.contains(eventType)) && (entityId == null || entityId.equals(entity));
        }
    }

    record Event(String id, long seq, String type, String createdAt, String entityId, ObjectNode data) {
    }

    record SpeechClip(String id, String voiceId, String gender, double duration, List<Cue> words) {
    }

    record Replay(int status, String contentType, byte[] body, Map<String, String> headers) {
    }

    static final class Idempotent {
        final Instant expiresAt;
        Replay replay;

        Idempotent(Instant expiresAt) {
            this.expiresAt = expiresAt;
        }
    }

    final Map<String, Video> videos = new LinkedHashMap<>();
    final Map<String, Batch> batches = new LinkedHashMap<>();
    final Map<String, Asset> assets = new LinkedHashMap<>();
    final Map<String, Endpoint> endpoints = new LinkedHashMap<>();
    final List<Event> events = new ArrayList<>();
    final Map<String, SpeechClip> speech = new HashMap<>();
    final Map<String, Idempotent> idempotency = new HashMap<>();
    long seq;
    double balance;

    World(double balance) {
        this.balance = balance;
    }

    long nextSeq() {
        return ++seq;
    }

    /** USD held back for renders that have not finished yet, so parallel creates cannot overdraw the wallet. */
    double reserved() {
        double sum = 0;
        for (Video v : videos.values()) {
            if (!v.settled && !v.deleted) {
                sum += v.plan.cost();
            }
        }
        return sum;
    }

    void clear(double startBalance) {
        videos.clear();
        batches.clear();
        assets.clear();
        endpoints.clear();
        events.clear();
        speech.clear();
        idempotency.clear();
        seq = 0;
        balance = startBalance;
    }
}
