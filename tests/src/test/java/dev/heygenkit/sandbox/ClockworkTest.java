package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import dev.heygenkit.sandbox.Http.Req;
import dev.heygenkit.sandbox.Http.Resp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Settlers plugged into the clockwork, the events they emit, and idempotency keys expiring on the sandbox clock. */
class ClockworkTest {
    private static final Instant START = Instant.parse("2026-01-05T10:00:00Z");

    private final SandboxClock clock = new SandboxClock(true, 1, START);
    private final World world = new World(50);
    private final Ids ids = new Ids(42, START.getEpochSecond());
    private final Webhooks webhooks = new Webhooks("X-Test-Signature", Duration.ofMillis(10), s -> { }, "clockwork-test");
    private final Events events = new Events(world, ids, webhooks);
    private final Idempotency idempotency = new Idempotency(clock);

    @AfterEach
    void close() {
        webhooks.close();
    }

    @Test
    void settlers_run_in_the_order_given_at_the_sandbox_time_while_holding_the_world() {
        List<String> calls = new ArrayList<>();
        Settler first = now -> calls.add("first " + now + " locked=" + Thread.holdsLock(world));
        Settler second = now -> calls.add("second " + now + " locked=" + Thread.holdsLock(world));
        Clockwork clockwork = new Clockwork(clock, world, List.of(first, second), idempotency, events);

        clockwork.settle();
        assertThat(clockwork.advance(Duration.ofSeconds(10))).isEqualTo(START.plusSeconds(10));

        assertThat(calls).containsExactly(
                "first 2026-01-05T10:00:00Z locked=true", "second 2026-01-05T10:00:00Z locked=true",
                "first 2026-01-05T10:00:10Z locked=true", "second 2026-01-05T10:00:10Z locked=true");
    }

    @Test
    void events_a_settler_emits_are_listed_and_delivered_signed_to_the_endpoints_that_want_them() throws Exception {
        try (Receiver receiver = new Receiver()) {
            world.endpoints().put(new Endpoint("ep_1", world.nextSeq(), SandboxClock.iso(START), null, receiver.url("/hook"),
                    List.of("batch.finished"), "whsec_test"));
            world.endpoints().put(new Endpoint("ep_2", world.nextSeq(), SandboxClock.iso(START), null, receiver.url("/other"),
                    List.of("avatar_video.success"), "whsec_other"));
            Settler finisher = now -> events.emit("batch.finished", "batch_1", Json.object().put("batch_id", "batch_1"), now, null);
            new Clockwork(clock, world, List.of(finisher), idempotency, events).advance(Duration.ofSeconds(3));

            Event event = world.events().all().get(0);
            assertThat(event.type()).isEqualTo("batch.finished");
            assertThat(event.createdAt()).isEqualTo("2026-01-05T10:00:03Z");
            Receiver.Delivery d = receiver.next();
            assertThat(d.path()).isEqualTo("/hook");
            assertThat(d.header("X-Test-Signature")).isEqualTo(Hmac.hex("whsec_test".getBytes(StandardCharsets.UTF_8), d.body()));
            JsonNode payload = Json.parse(d.body());
            assertThat(payload.get("event_id").asText()).isEqualTo(event.id());
            assertThat(payload.get("event_data").get("batch_id").asText()).isEqualTo("batch_1");
            assertThat(receiver.poll(200)).as("ep_2 does not want batch.finished").isNull();
        }
    }

    @Test
    void an_idempotency_key_replays_its_answer_until_24_sandbox_hours_have_passed() {
        Clockwork clockwork = new Clockwork(clock, world, List.of(), idempotency, events);
        AtomicInteger runs = new AtomicInteger();
        Headers headers = new Headers();
        headers.add("Idempotency-Key", "order-42");
        Req req = new Req("POST", "/v3/videos", null, headers, new byte[0]);

        Supplier<Resp> handler = () -> new Resp(200, "text/plain", ("run " + runs.incrementAndGet()).getBytes(StandardCharsets.UTF_8));

        assertThat(body(idempotency.run(req, handler))).isEqualTo("run 1");
        Resp replay = idempotency.run(req, handler);
        assertThat(body(replay)).isEqualTo("run 1");
        assertThat(replay.headers()).containsEntry("Idempotent-Replayed", "true");

        clockwork.advance(Idempotency.KEEP.minusSeconds(1));
        assertThat(body(idempotency.run(req, handler))).as("still within 24 h").isEqualTo("run 1");
        clockwork.advance(Duration.ofSeconds(1));
        Resp fresh = idempotency.run(req, handler);
        assertThat(body(fresh)).isEqualTo("run 2");
        assertThat(fresh.headers()).doesNotContainKey("Idempotent-Replayed");
    }

    private static String body(Resp r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }
}
