package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A sandbox world kept in a file across restarts ({@link Sandbox.Builder#stateFile}): the first line fixes the start
 * time, seed and URL key, every later line is one request that changed the world, with its sandbox time. A restart
 * replays them in order on a clock pinned to each one's time, so ids, statuses and wallet come out as before; sandbox
 * time then runs on from the first start as if the sandbox had never stopped.
 */
final class Persistence {
    private static final List<String> CHANGING = List.of("POST", "PUT", "PATCH", "DELETE");
    private static final List<String> KEPT_HEADERS = List.of("content-type", "idempotency-key", "x-heygen-signature");

    private final Path file;
    private final Instant epoch;
    private final long epochWall;
    private final byte[] urlKey;
    private final List<JsonNode> entries;

    private Persistence(Path file, Instant epoch, long epochWall, byte[] urlKey, List<JsonNode> entries) {
        this.file = file;
        this.epoch = epoch;
        this.epochWall = epochWall;
        this.urlKey = urlKey;
        this.entries = entries;
    }

    /** Reads the file, or starts a new world in it (seed {@code seed}) when it is missing or unreadable. */
    static Persistence open(Path file, long seed, Consumer<String> log) {
        try {
            if (Files.isRegularFile(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                JsonNode head = Json.parse(lines.get(0).getBytes(StandardCharsets.UTF_8));
                if (head.path("version").asInt() == 1 && head.path("seed").asLong() == seed) {
                    List<JsonNode> entries = new java.util.ArrayList<>();
                    for (String line : lines.subList(1, lines.size())) {
                        if (!line.isBlank()) {
                            entries.add(Json.parse(line.getBytes(StandardCharsets.UTF_8)));
                        }
                    }
                    return new Persistence(file, Instant.parse(head.path("epoch").asText()), head.path("wall").asLong(),
                            Base64.getDecoder().decode(head.path("url_key").asText()), entries);
                }
                log.accept("sandbox: " + file + " holds another seed or version; starting a new world in it");
            }
        } catch (IOException | RuntimeException e) {
            log.accept("sandbox: cannot read " + file + " (" + e.getMessage() + "); starting a new world in it");
        }
        return fresh(file, seed);
    }

    private static Persistence fresh(Path file, long seed) {
        Instant epoch = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        ObjectNode head = Json.object().put("version", 1).put("seed", seed).put("epoch", epoch.toString())
                .put("wall", epoch.toEpochMilli()).put("url_key", Base64.getEncoder().encodeToString(key));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, List.of(new String(Json.bytes(head), StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sandbox state file " + file + ": " + e.getMessage(), e);
        }
        return new Persistence(file, epoch, epoch.toEpochMilli(), key, List.of());
    }

    /** Sandbox time at the world's first start (ids derive from it). */
    Instant epoch() {
        return epoch;
    }

    /** Sandbox time now: the first start plus the real time since, at {@code speed}, and never before the last change. */
    Instant now(double speed) {
        long realMillis = Math.max(0, System.currentTimeMillis() - epochWall);
        Instant now = epoch.plusMillis((long) (realMillis * speed));
        Instant last = entries.isEmpty() ? epoch : Instant.ofEpochMilli(entries.get(entries.size() - 1).path("at").asLong());
        return now.isBefore(last) ? last : now;
    }

    byte[] urlKey() {
        return urlKey.clone();
    }

    /** Replays every recorded change in order, with the clock pinned to the time it first happened. */
    void replay(SandboxClock clock, Function<Http.Req, Http.Resp> process) {
        for (JsonNode e : entries) {
            Headers headers = new Headers();
            e.path("headers").fields().forEachRemaining(h -> headers.add(h.getKey(), h.getValue().asText()));
            headers.add("X-Api-Key", "sandbox-replay");
            String query = e.hasNonNull("query") ? e.get("query").asText() : null;
            clock.pin(Instant.ofEpochMilli(e.path("at").asLong()));
            process.apply(new Http.Req(e.path("method").asText(), e.path("path").asText(), query, headers,
                    Base64.getDecoder().decode(e.path("body").asText(""))));
        }
        clock.unpin();
    }

    /** Appends a request that changes the world (admin and read requests are not kept). */
    synchronized void append(Http.Req req, Instant at) {
        if (!CHANGING.contains(req.method().toUpperCase(Locale.ROOT)) || req.path().startsWith("/_sandbox")) {
            return;
        }
        ObjectNode e = Json.object().put("at", at.toEpochMilli()).put("method", req.method()).put("path", req.path())
                .put("query", req.rawQuery()).put("body", Base64.getEncoder().encodeToString(req.body()));
        ObjectNode h = e.putObject("headers");
        for (String name : KEPT_HEADERS) {
            String v = req.header(name);
            if (v != null) {
                h.put(name, v);
            }
        }
        try {
            Files.write(file, List.of(new String(Json.bytes(e), StandardCharsets.UTF_8)), StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot keep the sandbox state in " + file + ": " + ex.getMessage(), ex);
        }
    }

    /** Forgets the world: the file starts over with a new start time. */
    synchronized void clear(long seed) {
        fresh(file, seed);
    }
}
