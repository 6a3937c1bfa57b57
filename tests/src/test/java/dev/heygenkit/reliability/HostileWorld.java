package dev.heygenkit.reliability;

import dev.heygenkit.HeyGen;
import dev.heygenkit.internal.http.WireFixture;
import dev.heygenkit.sandbox.RecordedRequest;
import dev.heygenkit.sandbox.Sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What the hostile cases run against: a sandbox for the CLI and the DSL, a WireMock server for the hostile API, and
 * a fresh folder per case. Also the checks every CLI and library case gets.
 */
final class HostileWorld implements AutoCloseable {
    static final String KEY = "hgk_hostile_key_0000";

    /** What a case must do to be good. */
    enum Expect {
        /** Refused before any create: exit 2 and no create reached the server. */
        LOCAL,
        /** Refused with an error (any non-zero exit code of the kit). */
        REFUSE,
        /** Succeeds. */
        OK,
        /** Either, as long as it is safe. */
        ANY
    }

    final Sandbox sb;
    final WireFixture wire;
    final Path root;
    private final AtomicInteger n = new AtomicInteger();

    private HostileWorld(Sandbox sb, WireFixture wire, Path root) {
        this.sb = sb;
        this.wire = wire;
        this.root = root;
    }

    static HostileWorld start() {
        try {
            return new HostileWorld(Sandbox.builder().clockSpeed(600).start(), WireFixture.start(),
                    Files.createTempDirectory("heygen-hostile"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new empty folder for one case. */
    Path dir() {
        try {
            return Files.createDirectories(root.resolve("case" + n.incrementAndGet()).resolve("work"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long sandboxRequests() {
        return sb.requests().size();
    }

    long sandboxCreates() {
        return sb.requests().stream().filter(HostileWorld::isCreate).count();
    }

    static boolean isCreate(RecordedRequest r) {
        return r.method().equals("POST") && (r.path().equals("/v3/videos") || r.path().equals("/v3/videos/batches"));
    }

    HeyGen client() {
        return HeyGen.builder().apiKey(KEY).baseUrl(sb.baseUri().toString()).noJournal().maxRetries(0).build();
    }

    /** A CLI case against the sandbox: {@code setup} prepares the folder, {@code args} builds the command line. */
    Hostile cli(String id, String area, String input, Expect expect, Consumer<Path> setup, Function<Path, String[]> args,
                BiFunction<CliRun.Result, Path, String> check) {
        return cli(id, area, input, expect, false, setup, args, check);
    }

    /** Seconds an isolated case (its own JVM) may run before it is killed and reported as not finishing. */
    static final long ISOLATED_SECONDS = 10;

    /**
     * A CLI case; {@code isolated} ones (FIFOs, endless or huge files) run in their own JVM so one that blocks or reads
     * forever is killed instead of filling or stalling the test JVM.
     */
    Hostile cli(String id, String area, String input, Expect expect, boolean isolated, Consumer<Path> setup,
                Function<Path, String[]> args, BiFunction<CliRun.Result, Path, String> check) {
        return new Hostile(id, area, input, () -> {
            Path d = dir();
            setup.accept(d);
            CliRun cli = new CliRun(d, sb.baseUri().toString(), KEY);
            long before = sandboxRequests();
            long createsBefore = sandboxCreates();
            CliRun.Result r = isolated ? cli.spawn(ISOLATED_SECONDS, args.apply(d)) : cli.run(args.apply(d));
            return judge(r, d, expect, sandboxRequests() - before, sandboxCreates() - createsBefore, check);
        });
    }

    Hostile cli(String id, String area, String input, Expect expect, String... args) {
        return cli(id, area, input, expect, d -> { }, d -> args, (r, d) -> null);
    }

    /** The generic judgement of a CLI run, then the case's own check. */
    static Hostile.Outcome judge(CliRun.Result r, Path dir, Expect expect, long requests, long creates,
                                 BiFunction<CliRun.Result, Path, String> check) {
        if (r.code() == CliRun.KILLED) {
            return new Hostile.Outcome(r.err(), null, requests, "does not finish within " + ISOLATED_SECONDS + " s");
        }
        String text = r.code() == 0 ? "ok" + firstLine(r.out(), ": ") : firstLine(r.err(), "");
        Hostile.Outcome o = new Hostile.Outcome(Hostile.shorten(text), r.code(), requests, null);
        String all = r.out() + r.err();
        if (all.contains("\tat ") || all.contains("Exception in thread") || all.contains("UncheckedIOException")
                || all.contains("report it")) {
            o = o.withBad("internal error text or stack trace");
        }
        if (hasRawControl(all)) {
            o = o.withBad("raw control characters in output");
        }
        int longest = all.lines().mapToInt(String::length).max().orElse(0);
        if (r.code() != 0 && longest > 400) {
            o = o.withBad("echoes a " + longest + "-char line");
        }
        if (r.code() < 0 || r.code() > 4) {
            o = o.withBad("exit " + r.code() + " is not a documented code");
        }
        switch (expect) {
            case LOCAL -> {
                if (r.code() != 2) {
                    o = o.withBad("exit " + r.code() + ", want 2 (found before any request)");
                }
                if (creates > 0) {
                    o = o.withBad(creates + " create(s) sent before failing");
                }
            }
            case REFUSE -> {
                if (r.code() == 0) {
                    o = o.withBad("accepted");
                }
            }
            case OK -> {
                if (r.code() != 0) {
                    o = o.withBad("failed");
                }
            }
            case ANY -> { }
        }
        String own = check.apply(r, dir);
        return own == null ? o : o.withBad(own);
    }

    /** A library case: the call's outcome, typed-ness, requests sent to the sandbox and an optional check. */
    Hostile dsl(String id, String input, Expect expect, Function<HeyGen, Object> call) {
        return new Hostile(id, "DSL", input, () -> {
            long before = sandboxRequests();
            long createsBefore = sandboxCreates();
            Hostile.Outcome o;
            try {
                Object result = call.apply(client());
                o = new Hostile.Outcome(Hostile.shorten("ok: " + result), null, sandboxRequests() - before, null);
                if (expect == Expect.LOCAL || expect == Expect.REFUSE) {
                    o = o.withBad("accepted");
                }
            } catch (RuntimeException | StackOverflowError e) {
                o = new Hostile.Outcome(Hostile.line(e), null, sandboxRequests() - before, Hostile.untyped(e));
                if (expect == Expect.OK) {
                    o = o.withBad("failed");
                }
            }
            long creates = sandboxCreates() - createsBefore;
            return expect == Expect.LOCAL && creates > 0 ? o.withBad(creates + " create(s) sent") : o;
        });
    }

    private static String firstLine(String s, String prefix) {
        return s.lines().filter(l -> !l.isBlank()).findFirst().map(l -> prefix + l.strip()).orElse("");
    }

    static boolean hasRawControl(String s) {
        return s.chars().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0));
    }

    /** Regular files anywhere under {@code root} but outside {@code inside}: what a case wrote where it must not. */
    static List<Path> outside(Path root, Path inside) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.startsWith(inside)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path p, String text) {
        try {
            Files.createDirectories(p.getParent());
            return Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path fifo(Path p) {
        try {
            Process mk = new ProcessBuilder("mkfifo", p.toString()).start();
            if (mk.waitFor() != 0) {
                throw new IllegalStateException("mkfifo failed");
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Path sparse(Path p, long size) {
        try (var f = new java.io.RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(size);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        sb.close();
        wire.close();
    }
}
