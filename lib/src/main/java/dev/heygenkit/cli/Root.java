package dev.heygenkit.cli;

import dev.heygenkit.HeyGen;
import dev.heygenkit.Version;
import dev.heygenkit.HttpListener;
import dev.heygenkit.PollSchedule;
import dev.heygenkit.internal.Internals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code heygen} command: global options and the shared client. Subcommands reach it through
 * {@code @ParentCommand}; the client and an embedded sandbox are created on first use and closed by {@link #close()}.
 */
@Command(name = "heygen", mixinStandardHelpOptions = true, versionProvider = Root.VersionProvider.class,
        description = {"HeyGen v3 avatar videos from the command line: looks, voices, renders, downloads, an offline sandbox.",
                "Key: HEYGEN_API_KEY or ~/.heygen/credentials. No key? Add --sandbox."},
        footer = {"", "Exit codes: 0 ok, 1 API or render failure, 2 usage or a local problem found before any request, 3 auth, 4 timeout.",
                "Example: heygen --sandbox render --look anna --say \"Hello\" -o hello.mp4"},
        sortOptions = false, usageHelpAutoWidth = true)
final class Root implements Runnable, AutoCloseable {
    /**
     * Every subcommand, in the order {@code --help} lists them. They are registered by {@link Main} rather than in
     * {@code @Command(subcommands)}: picocli reflects over every registered command at start-up, so a run that names
     * one command registers only that one (see {@link #commandsFor}).
     */
    static final List<Class<?>> COMMANDS = List.of(LooksCommand.class, AvatarsCommand.class, VoicesCommand.class,
            RenderCommand.class, BatchCommand.class, StatusesCommand.class, GetCommand.class, ListCommand.class,
            DeleteCommand.class, DownloadCommand.class, HistoryCommand.class, QuotaCommand.class, SandboxCommand.class,
            WebhooksCommand.class, CompletionCommand.class, TemplatesCommand.class, AssetsCommand.class,
            SpeechCommand.class, InstallKitCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--sandbox", scope = ScopeType.INHERIT,
            description = "Use the embedded offline sandbox (no key needed). Its world is kept in ~/.heygen/sandbox/ between "
                    + "commands; 'heygen sandbox reset' clears it.")
    boolean sandbox;

    @Option(names = "--api-base", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "API root, e.g. a standalone sandbox's http://127.0.0.1:8080 (default: HEYGEN_API_BASE or https://api.heygen.com).")
    String apiBase;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Machine output: JSON on stdout, errors as a JSON envelope on stderr.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "Nothing on stderr except errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "Log every HTTP request to stderr (like HEYGEN_LOG=info).")
    boolean verbose;

    @Option(names = "--poll", scope = ScopeType.INHERIT, hidden = true, paramLabel = "DURATION",
            description = "First poll interval while waiting for a render (default 2s; 250ms with --sandbox).")
    String poll;

    Io io;
    private HeyGen client;
    // How to stop the embedded sandbox; no sandbox type here, so the API path never loads one (see EmbeddedSandbox).
    private Runnable stopSandbox;
    private Progress progress;

    @Override
    public void run() {
        spec.commandLine().usage(io.out());
    }

    /** Where {@code --sandbox} keeps its world between commands: {@code sandbox/world.jsonl} in the config folder. */
    static java.nio.file.Path sandboxState(Io io) {
        return dev.heygenkit.internal.http.Credentials.configDir(io.env()).resolve("sandbox").resolve("world.jsonl");
    }

    /** Refuses a --poll that is not a duration or is outside 10ms–5m, before any request. */
    void checkPoll() {
        if (poll != null) {
            Preconditions.poll(Durations.parse(poll, "--poll"));
        }
    }

    /** Whether the embedded sandbox is wanted: {@code --sandbox} or {@code HEYGEN_SANDBOX=1}. */
    boolean wantsSandbox() {
        if (sandbox) {
            return true;
        }
        String v = io.env().envNonBlank("HEYGEN_SANDBOX");
        return v != null && switch (v.toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "on" -> true;
            default -> false;
        };
    }

    /** The progress printer for this run (stderr; silent with --quiet). */
    Progress progress() {
        if (progress == null) {
            // --json is for machines: stderr then carries only an error envelope, unless --verbose asks for more.
            progress = new Progress(io.err(), io.terminal(), quiet || (json && !verbose));
        }
        return progress;
    }

    /** The client: the embedded sandbox's, or one from --api-base and the environment. Throws when no key is found. */
    HeyGen client() {
        if (client != null) {
            return client;
        }
        HeyGen.Builder b = Internals.env(HeyGen.builder(), io.env()).progress(progress());
        if (verbose) {
            b.listener(new RequestLog(io.err()));
        } else {
            b.listener(HttpListener.NONE);
        }
        Duration first = poll == null ? null : Durations.parse(poll, "--poll");
        checkPoll();
        if (wantsSandbox() && apiBase != null) {
            throw new Durations.UsageException("--sandbox and --api-base " + apiBase + " contradict each other; keep "
                    + "--sandbox for the embedded sandbox, or --api-base for a sandbox or API you started");
        }
        if (wantsSandbox()) {
            stopSandbox = EmbeddedSandbox.start(b, verbose && !quiet ? line -> io.err().println(line) : null,
                    sandboxState(io));
            // Sandbox renders take seconds and polls cost nothing there: look often.
            first = first == null ? Duration.ofMillis(250) : first;
        } else {
            if (apiBase != null) {
                b.baseUrl(apiBase);
            }
            CredentialsCheck.warnIfShared(io, progress());
        }
        if (first != null) {
            Duration cap = first.multipliedBy(8).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : first.multipliedBy(8);
            b.pollSchedule(new PollSchedule(first, 2, cap, first.multipliedBy(3), 0.2));
        }
        client = b.build();
        return client;
    }

    /** Ends the live progress line and stops the embedded sandbox. */
    @Override
    public void close() {
        if (progress != null) {
            progress.finish();
        }
        if (stopSandbox != null) {
            stopSandbox.run();
        }
    }

    /**
     * The subcommands a run needs: only the one named by the first argument that is not a root option, or all of
     * them when none is named, the name is unknown (usage errors suggest the nearest), the arguments use picocli
     * syntax this scan does not follow ({@code @file}, {@code --}), or the command is {@code completion} (which
     * describes every command).
     */
    static List<Class<?>> commandsFor(String[] args) {
        Set<String> withValue = optionsWithValue();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("help") && !help) {
                // 'heygen help render' needs render registered, and only render
                help = true;
                continue;
            }
            if (a.startsWith("@") || a.equals("--")) {
                return COMMANDS;
            }
            if (a.startsWith("-")) {
                if (withValue.contains(a)) {
                    i++;
                }
                continue;
            }
            for (Class<?> c : COMMANDS) {
                Command command = c.getAnnotation(Command.class);
                if (command.name().equals(a) || List.of(command.aliases()).contains(a)) {
                    return command.name().equals("completion") ? COMMANDS : List.of(c);
                }
            }
            return COMMANDS;
        }
        return COMMANDS;
    }

    /** The names of this command's options that take a value, so the value is not mistaken for a command name. */
    private static Set<String> optionsWithValue() {
        Set<String> names = new HashSet<>();
        for (Field f : Root.class.getDeclaredFields()) {
            Option o = f.getAnnotation(Option.class);
            if (o != null && f.getType() != boolean.class && f.getType() != Boolean.class) {
                names.addAll(List.of(o.names()));
            }
        }
        return names;
    }

    /** Prints {@code heygen-kit <version>} and the Java version. */
    static final class VersionProvider implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String kit = "dev".equals(Version.KIT) ? "dev (built from sources)" : Version.KIT;
            return new String[]{"heygen-kit " + kit, "java " + Runtime.version()};
        }
    }
}
