package dev.heygenkit.sandbox;

import java.util.List;

/** A registered webhook endpoint: where events go, which ones, and the secret that signs them. */
final class Endpoint {
    private final String id;
    private final long seq;
    private final String createdAt;
    private final String entityId;
    private String url;
    private List<String> events;
    private String secret;

    Endpoint(String id, long seq, String createdAt, String entityId, String url, List<String> events, String secret) {
        this.id = id;
        this.seq = seq;
        this.createdAt = createdAt;
        this.entityId = entityId;
        this.url = url;
        this.events = events;
        this.secret = secret;
    }

    String id() {
        return id;
    }

    long seq() {
        return seq;
    }

    /** ISO-8601 creation time. */
    String createdAt() {
        return createdAt;
    }

    String url() {
        return url;
    }

    /** The event types it subscribes to, or null for all. */
    List<String> events() {
        return events;
    }

    String secret() {
        return secret;
    }

    void url(String newUrl) {
        url = newUrl;
    }

    void events(List<String> newEvents) {
        events = newEvents;
    }

    void secret(String newSecret) {
        secret = newSecret;
    }

    /** Whether an event of this type about this entity goes here. */
    boolean wants(String eventType, String entity) {
        return (events == null || events.contains(eventType)) && (entityId == null || entityId.equals(entity));
    }
}
