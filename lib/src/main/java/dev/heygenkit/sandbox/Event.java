package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One webhook event as {@code GET /v3/webhooks/events} lists it. */
record Event(String id, long seq, String type, String createdAt, String entityId, ObjectNode data) {
}
