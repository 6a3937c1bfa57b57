package dev.heygenkit.cli;

import dev.heygenkit.internal.http.Json;
import dev.heygenkit.sandbox.Sandbox;
import dev.heygenkit.sandbox.SandboxOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code heygen sandbox}: runs the offline HeyGen v3 emulator standalone on 127.0.0.1 until Ctrl-C (or
 * {@code --stop-after}). Prints its base URL on stdout and the {@code export} line to use it on stderr.
 */
@Command(name = "sandbox", description = {"Run the offline HeyGen v3 sandbox on 127.0.0.1 until Ctrl-C.",
        "The --sandbox flag of every other command starts an embedded one whose world (videos, assets, webhooks, wallet) "
                + "is kept in ~/.heygen/sandbox/world.jsonl (HEYGEN_CONFIG_DIR moves it), so render, get, list, download "
                + "and history work across commands. Its media URLs are served only while a sandbox runs: 'heygen get ID "
                + "--sandbox' prints fresh ones, 'heygen download ID --sandbox' saves the files. This standalone sandbox "
                + "keeps its world in memory until it stops."},
        subcommands = SandboxCommand.Reset.class,
        footer = {"", "Examples:", "  heygen sandbox --port 8080", "  heygen sandbox reset        # forget the --sandbox world",
                "", "Then, in another shell:", "  export HEYGEN_API_BASE=http://127.0.0.1:8080 HEYGEN_API_KEY=sandbox",
                "  heygen render --look anna --say \"Hello\" -o hello.mp4"},
        sortOptions = false)
final class SandboxCommand extends Base {
    @Option(names = "--port", paramLabel = "PORT", description = "Port on 127.0.0.1 (default 0: any free port).")
    Integer port;

    @Option(names = "--clock-speed", paramLabel = "X", description = "Sandbox seconds per real second (default 30).")
    Double clockSpeed;

    @Option(names = "--manual-clock", description = "Freeze time; move it with POST /_sandbox/clock/advance?seconds=N.")
    boolean manualClock;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of ids, failures and media (default 42).")
    Long seed;

    @Option(names = "--failure-rate", paramLabel = "F", description = "Fraction of renders that fail, 0 to 1 (default 0).")
    Double failureRate;

    @Option(names = "--credit", paramLabel = "USD", description = "Starting wallet balance in USD (default 50).")
    Double credit;

    @Option(names = "--rate-limit", paramLabel = "N", description = "Requests per second before 429 (default 0: off).")
    Integer rateLimit;

    @Option(names = "--create-rate", paramLabel = "N", description = "Videos created per second before 429, a batch of n "
            + "counting n (default 0: off).")
    Double createRate;

    @Option(names = "--url-ttl", paramLabel = "DURATION", converter = Durations.Converter.class,
            description = "Lifetime of media URLs on the sandbox clock (default 24h).")
    Duration urlTtl;

    @Option(names = "--api-key", paramLabel = "KEY", description = "Accept only this key (default: any non-blank key).")
    String apiKey;

    @Option(names = "--signature-header", paramLabel = "NAME", description = "Webhook signature header (default X-HeyGen-Signature).")
    String signatureHeader;

    @Option(names = "--stop-after", paramLabel = "DURATION", converter = Durations.Converter.class,
            description = "Stop by itself after this long (for CI).")
    Duration stopAfter;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, String> o = new LinkedHashMap<>();
        put(o, "port", port);
        put(o, "clock-speed", clockSpeed);
        if (manualClock) {
            o.put("manual-clock", "true");
        }
        put(o, "seed", seed);
        put(o, "failure-rate", failureRate);
        put(o, "credit-balance", credit);
        put(o, "rate-limit", rateLimit);
        put(o, "create-rate", createRate);
        if (urlTtl != null) {
            o.put("url-ttl", urlTtl.toString());
        }
        put(o, "api-key", apiKey);
        put(o, "signature-header", signatureHeader);
        SandboxOptions options = SandboxOptions.parse(o);
        Sandbox sb = Preconditions.listening(() -> Sandbox.builder().options(options)
                .listener(root.quiet ? null : line -> io().err().println(line)).start(), port == null ? 0 : port);
        Thread hook = new Thread(sb::close, "heygen-sandbox-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            String base = sb.baseUri().toString();
            if (json()) {
                printJson(Json.object().put("base_url", base).put("port", sb.port()));
            } else {
                io().out().println(base);
            }
            io().out().flush();
            note("use it from another shell:  export HEYGEN_API_BASE=" + base + " HEYGEN_API_KEY="
                    + (apiKey == null ? "sandbox" : "<the --api-key you chose>") + "   (Ctrl-C stops it)");
            if (stopAfter != null) {
                sb.awaitTermination(stopAfter);
            } else {
                sb.awaitTermination();
            }
        } finally {
            sb.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is already running and closes the sandbox
            }
        }
        return Main.OK;
    }

    private static void put(Map<String, String> m, String k, Object v) {
        if (v != null) {
            m.put(k, String.valueOf(v));
        }
    }

    /** {@code heygen sandbox reset}: forgets the world that {@code --sandbox} commands share. */
    @Command(name = "reset", description = "Forget the videos, assets, webhooks and wallet that --sandbox commands share.",
            footer = {"", "Example:", "  heygen sandbox reset && heygen --sandbox list     # 0 videos"})
    static final class Reset extends Sub {
        @Override
        public Integer call() throws java.io.IOException {
            java.nio.file.Path state = Root.sandboxState(io());
            boolean existed = java.nio.file.Files.deleteIfExists(state);
            if (json()) {
                printJson(Json.object().put("reset", true).put("state_file", state.toString()).put("existed", existed));
            } else {
                note(existed ? "cleared the --sandbox world in " + state : "the --sandbox world was already empty (" + state + ")");
            }
            return Main.OK;
        }
    }
}
