package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Webhook events: {@link #emit} records one in the world and queues a delivery to every endpoint that wants it (and
 * to an unsigned per-request callback); {@link #flush} starts the queued deliveries. Emitting happens while the world
 * is locked, delivering never does.
 */
final class Events {
    private final World world;
    private final Ids ids;
    private final Webhooks webhooks;
    private final List<Runnable> queued = new ArrayList<>();

    Events(World world, Ids ids, Webhooks webhooks) {
        this.world = world;
        this.ids = ids;
        this.webhooks = webhooks;
    }

    /** Records an event that happened at {@code at} and queues its deliveries. */
    void emit(String type, String entityId, ObjectNode data, Instant at, String callbackUrl) {
        String eventId = "evt_" + ids.next("event", 24);
        Event event = new Event(eventId, world.nextSeq(), type, SandboxClock.iso(at), entityId, data);
        world.events().put(event);
        ObjectNode payload = Json.object();
        payload.put("event_id", eventId);
        payload.put("event_type", type);
        payload.put("created_at", event.createdAt());
        payload.set("event_data", data);
        byte[] body = Json.bytes(payload);
        List<Runnable> deliveries = new ArrayList<>();
        for (Endpoint e : world.endpoints().all()) {
            if (e.wants(type, entityId)) {
                String url = e.url();
                String secret = e.secret();
                deliveries.add(() -> webhooks.deliver(eventId, type, url, body, secret));
            }
        }
        if (callbackUrl != null) {
            deliveries.add(() -> webhooks.deliver(eventId, type, callbackUrl, body, null));
        }
        synchronized (queued) {
            queued.addAll(deliveries);
        }
    }

    /** Starts every queued delivery (they run on the webhook threads). */
    void flush() {
        List<Runnable> due;
        synchronized (queued) {
            due = new ArrayList<>(queued);
            queued.clear();
        }
        due.forEach(Runnable::run);
    }
}
