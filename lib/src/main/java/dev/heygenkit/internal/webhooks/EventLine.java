package dev.heygenkit.internal.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.internal.http.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;

/**
 * One accepted webhook event as a line of the events file:
 * {@code {"received_at","event_id","event_type","created_at","verified","event_data"}} with nulls kept, so every line
 * has the same keys.
 *
 * @param receivedAt when the receiver accepted it
 * @param eventId    the delivery's {@code event_id}, or null (per-video callbacks may lack one)
 * @param eventType  e.g. {@code avatar_video.success}
 * @param createdAt  the delivery's {@code created_at}, or null
 * @param verified   whether a configured secret verified its signature (false only for unsigned deliveries
 *                   accepted in insecure mode)
 * @param eventData  the payload, an empty object when absent
 */
public record EventLine(Instant receivedAt, String eventId, String eventType, String createdAt, boolean verified,
                        JsonNode eventData) {
    /** Keeps a private copy of the payload. */
    public EventLine {
        eventData = eventData == null || !eventData.isObject() ? JsonNodeFactory.instance.objectNode() : eventData.deepCopy();
    }

    /** The line for a delivery body, or null when the body is not a JSON object with an {@code event_type}. */
    public static EventLine fromDelivery(byte[] body, Instant receivedAt, boolean verified) {
        JsonNode root = tree(body);
        if (root == null || !root.path("event_type").isTextual() || root.get("event_type").asText().isBlank()) {
            return null;
        }
        return new EventLine(receivedAt, text(root, "event_id"), root.get("event_type").asText(), text(root, "created_at"),
                verified, root.get("event_data"));
    }

    /** Parses one line of the events file, or returns null when it is not one (a torn or foreign line). */
    public static EventLine parse(byte[] line) {
        JsonNode root = tree(line);
        if (root == null || root.path("event_type").asText("").isBlank() || !root.hasNonNull("received_at")) {
            return null;
        }
        try {
            return new EventLine(Instant.parse(root.get("received_at").asText()), text(root, "event_id"),
                    root.get("event_type").asText(), text(root, "created_at"), root.path("verified").asBoolean(false),
                    root.get("event_data"));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The payload's {@code video_id}, or null. */
    public String videoId() {
        return text(eventData, "video_id");
    }

    /**
     * What makes two deliveries the same event: the event id when present, else the type and the payload's video id,
     * else the type and a digest of the payload.
     */
    public String dedupeKey() {
        if (eventId != null && !eventId.isBlank()) {
            return "id:" + eventId;
        }
        String video = videoId();
        return video != null ? "video:" + eventType + "|" + video : "data:" + eventType + "|" + digest(eventData.toString());
    }

    /** The line as written to the file, newline included. */
    public byte[] toBytes() {
        ObjectNode o = Json.object();
        o.put("received_at", receivedAt.toString());
        o.put("event_id", eventId);
        o.put("event_type", eventType);
        o.put("created_at", createdAt);
        o.put("verified", verified);
        o.set("event_data", eventData);
        // Nulls are written out, so every line has the same keys.
        return (o + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode tree(byte[] bytes) {
        try {
            JsonNode n = bytes == null || bytes.length == 0 ? null : Json.readTree(bytes);
            return n != null && n.isObject() ? n : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM lacks SHA-256", e);
        }
    }
}
