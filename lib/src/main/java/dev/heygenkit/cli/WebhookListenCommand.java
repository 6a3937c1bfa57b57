package dev.heygenkit.cli;

import dev.heygenkit.WebhookReceiver;
import dev.heygenkit.api.WebhookSignature;
import dev.heygenkit.internal.webhooks.EventLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code heygen webhooks listen}: a local receiver until Ctrl-C (or {@code --count} events). Each new event is one
 * line on stdout (a JSON line with {@code --json}); notes, rejections and repeats go to stderr; secrets never print.
 */
@Command(name = "listen", sortOptions = false,
        description = {"Receive webhook deliveries on 127.0.0.1 until Ctrl-C: verify each signature, drop repeats, "
                + "record every new event, print one line per event.",
                "Per-video callback_url deliveries are unsigned: they are accepted only with --insecure."},
        footer = {"", "Examples:",
                "  heygen webhooks listen --port 8787 --secret-file secret.txt --out events.jsonl",
                "  heygen webhooks listen --port 8787 --secret \"$OLD\" --secret \"$NEW\" --json",
                "  heygen webhooks listen --port 8787 --insecure --out callbacks.jsonl",
                "", "The secret is the one 'heygen webhooks endpoints create' (or rotate) printed; without --secret or "
                + "--secret-file, HEYGEN_WEBHOOK_SECRET is read. Repeat --secret (or put one per line in the file) to "
                + "accept the old and the new secret during a rotation.",
                "", "The real API delivers only to public HTTPS URLs: put a tunnel in front of the port, or bind every "
                + "interface with --host 0.0.0.0."})
final class WebhookListenCommand implements Callable<Integer> {
    /** Environment variable holding the secret when no option names one. */
    static final String SECRET_ENV = "HEYGEN_WEBHOOK_SECRET";

    @ParentCommand
    WebhooksCommand webhooks;

    @Mixin
    HelpOption help;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default 0: any free port, printed at start).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to bind (default 127.0.0.1; 0.0.0.0 for every interface).")
    String host = "127.0.0.1";

    @Option(names = "--secret", paramLabel = "SECRET", description = "The endpoint's secret; repeat it to accept old and new during a rotation.")
    List<String> secrets = new ArrayList<>();

    @Option(names = "--secret-file", paramLabel = "FILE", description = "A file holding the secret (one per line if several).")
    String secretFile;

    @Option(names = "--header", paramLabel = "NAME", description = "The signature header (default " + WebhookSignature.DEFAULT_HEADER + ").")
    String header = WebhookSignature.DEFAULT_HEADER;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Append each new event to FILE as a JSON line, on disk before answering 200.")
    String out;

    @Option(names = "--insecure", description = "Also accept unsigned deliveries: anyone who reaches the port can then post events.")
    boolean insecure;

    @Option(names = "--count", paramLabel = "N", description = "Stop after N new events (default: run until Ctrl-C).")
    Integer count;

    @Override
    public Integer call() throws InterruptedException {
        Io io = webhooks.io();
        List<String> accepted = secrets(io);
        if (accepted.isEmpty() && !insecure) {
            throw new Durations.UsageException("no webhook secret: pass --secret or --secret-file with the secret 'heygen webhooks "
                    + "endpoints create' printed, or --insecure to accept unsigned (per-video callback_url) deliveries");
        }
        if (port < 0 || port > 65535) {
            throw new Durations.UsageException("--port " + port + " is out of range; use 1 to 65535, or 0 for any free port");
        }
        if (count != null && count < 1) {
            throw new Durations.UsageException("--count " + count + " is below 1; pass e.g. --count 1, or leave it out to run until Ctrl-C");
        }
        CountDownLatch stop = new CountDownLatch(1);
        AtomicLong printed = new AtomicLong();
        WebhookReceiver.Builder b = WebhookReceiver.builder().host(host).port(port).header(header).secrets(accepted)
                .listener(webhooks::note)
                .onEvent(r -> {
                    print(io, r);
                    if (count != null && printed.incrementAndGet() >= count) {
                        stop.countDown();
                    }
                });
        if (insecure) {
            b.insecure();
        }
        if (out != null) {
            b.events(io.path(out));
        }
        WebhookReceiver receiver = Preconditions.listening(b::start, port);
        AtomicBoolean finished = new AtomicBoolean();
        // Ctrl-C runs the hook while this thread may still be waiting: whichever comes first closes and reports.
        Runnable finish = () -> {
            if (finished.compareAndSet(false, true)) {
                receiver.close();
                summary(receiver);
            }
            stop.countDown();
        };
        Thread hook = new Thread(finish, "heygen-webhooks-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            announce(receiver, accepted.size());
            stop.await();
        } finally {
            finish.run();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is already running and closes the receiver
            }
        }
        return Main.OK;
    }

    private void summary(WebhookReceiver receiver) {
        webhooks.note(receiver.accepted() + " new " + (receiver.accepted() == 1 ? "event" : "events") + ", "
                + receiver.duplicates() + " repeated, " + receiver.rejected() + " rejected"
                + (receiver.eventsFile() == null ? "" : "; recorded in " + receiver.eventsFile()));
    }

    private void announce(WebhookReceiver receiver, int secretCount) {
        webhooks.note("listening on " + receiver.url() + " (" + (secretCount == 0 ? "no secret" : secretCount == 1 ? "1 secret"
                : secretCount + " secrets") + ", header " + header
                + (receiver.eventsFile() == null ? "" : ", events to " + receiver.eventsFile()) + "); Ctrl-C stops");
        if (insecure) {
            webhooks.note("warning: --insecure: unsigned deliveries are accepted (marked verified=false); anyone who reaches "
                    + "this port can post events. Per-video callback_url deliveries are unsigned, so they need it.");
        }
        if (!loopback(host)) {
            webhooks.note("warning: bound to " + host + ": reachable from other machines, not only this one");
        }
    }

    /** Whether only this machine can reach an address the receiver bound (a wildcard reaches every interface). */
    static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private void print(Io io, WebhookReceiver.Received r) {
        if (webhooks.json()) {
            EventLine line = new EventLine(r.receivedAt(), r.eventId(), r.eventType().value(), r.event().createdAt(),
                    r.verified(), r.eventData());
            io.out().print(new String(line.toBytes(), StandardCharsets.UTF_8));
        } else {
            io.out().println(r.receivedAt() + "  " + r.eventType() + "  video=" + (r.videoId() == null ? "-" : r.videoId())
                    + "  event=" + (r.eventId() == null ? "-" : r.eventId()) + (r.verified() ? "" : "  unsigned"));
        }
        io.out().flush();
    }

    /** The secrets from --secret, --secret-file, else the environment, in that order. */
    private List<String> secrets(Io io) {
        List<String> all = new ArrayList<>();
        for (String s : secrets) {
            if (s == null || s.isBlank()) {
                throw new Durations.UsageException("--secret is blank; pass the secret 'heygen webhooks endpoints create' printed");
            }
            all.add(s.strip());
        }
        if (secretFile != null) {
            all.addAll(readSecretFile(io.path(secretFile)));
        }
        String env = io.env().envNonBlank(SECRET_ENV);
        if (all.isEmpty() && env != null) {
            all.add(env.strip());
        }
        return all;
    }

    private List<String> readSecretFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new Durations.UsageException("cannot read --secret-file " + file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new Durations.UsageException("cannot read --secret-file " + file + ": permission denied");
        } catch (IOException e) {
            throw new Durations.UsageException("cannot read --secret-file " + file + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()) + "; it should hold the secret as text");
        }
        List<String> found = lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        if (found.isEmpty()) {
            throw new Durations.UsageException("--secret-file " + file + " holds no secret; put the one 'heygen webhooks "
                    + "endpoints create' printed in it");
        }
        return found;
    }
}
