package dev.heygenkit.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heygenkit.HeyGen;
import dev.heygenkit.HeyGenException;
import dev.heygenkit.MissingApiKeyException;
import dev.heygenkit.Version;
import dev.heygenkit.internal.http.Credentials;
import dev.heygenkit.internal.http.Env;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;

/**
 * heygen-kit's MCP server: AI agents (Claude, VS Code, Cursor, any MCP client) browse looks and voices, preflight,
 * create, follow, list, download and delete avatar videos through the kit, over stdio. Without a key it talks to the
 * offline sandbox; every answer says which.
 *
 * <pre>{@code ./jbang heygen-mcp --folder videos --max-videos 5}</pre>
 */
@Command(name = "heygen-mcp", mixinStandardHelpOptions = true, versionProvider = HeyGenMcp.VersionInfo.class,
        description = {"An MCP server on stdio for HeyGen avatar videos, built on heygen-kit.",
                "Uses HEYGEN_API_KEY or ~/.heygen/credentials; the offline sandbox when there is none or HEYGEN_SANDBOX=1.",
                "stdout carries only the protocol; messages go to stderr."})
public final class HeyGenMcp implements Callable<Integer> {
    /** Exit code for a wrong command line: unknown option, bad value, missing folder. */
    static final int USAGE = 2;
    /** Exit code when no usable key could be read (a credentials file exists but is broken). */
    static final int AUTH = 3;

    @Option(names = "--folder", paramLabel = "DIR", description = "The only folder tools read files from and write "
            + "files to (downloads, speech, local photos); created when missing. Default: the working directory.")
    Path folder;

    @Option(names = "--max-videos", paramLabel = "N", description = "New videos this session may create. Default: "
            + SpendGuard.DEFAULT_REAL_API + " on HeyGen's API, unlimited on the sandbox.")
    Integer maxVideos;

    @Option(names = "--sandbox", description = "Use the offline sandbox even when a key is configured.")
    boolean sandbox;

    private final InputStream in;
    private final OutputStream out;
    private final PrintStream err;

    HeyGenMcp(InputStream in, OutputStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** Runs the server on this process's stdin and stdout until the client closes stdin. */
    public static void main(String[] args) {
        PrintStream protocol = System.out;
        // Anything that prints to System.out by mistake would corrupt the protocol: it goes to stderr instead.
        System.setOut(System.err);
        System.setProperty("java.awt.headless", "true");
        // The SDK logs through SLF4J (slf4j-simple): warnings and worse, to stderr, unless the user says otherwise.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.exit(run(args, System.in, protocol, System.err));
    }

    /** Parses the arguments and serves until stdin closes; returns the exit code. */
    static int run(String[] args, InputStream in, OutputStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new HeyGenMcp(in, out, err));
        cl.setOut(new PrintWriter(err, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((e, parsed, result) -> {
            err.println("heygen-mcp: " + e.getMessage() + (e instanceof HeyGenException h && h.hint() != null ? " " + h.hint() : ""));
            return e instanceof MissingApiKeyException ? AUTH : e instanceof IllegalArgumentException ? USAGE : 1;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() throws InterruptedException {
        McpOptions options = new McpOptions(folder == null ? Path.of("").toAbsolutePath() : folder.toAbsolutePath(), maxVideos);
        Session session = session(options);
        Traffic traffic = new Traffic(Duration.ofSeconds(VideoTools.MAX_WAIT_SECONDS + 60));
        // The sandbox's start would compete for the CPU with the answer to initialize: it begins right after it.
        traffic.afterFirstAnswer(session::start);
        McpSyncServer server = serve(session, traffic.in(in), traffic.out(out));
        if (!session.sandbox()) {
            err.println(startLine(session, session.target()));
        }
        if (!traffic.awaitEnd()) {
            err.println("heygen-mcp: stdin closed with requests still running; stopping without their answers");
        }
        server.closeGracefully();
        return 0;
    }

    /**
     * Decides at once what the tools talk to, as {@link HeyGen#fromEnvOrSandbox()} does (sandbox when asked for or when
     * no key is configured; a credentials file that cannot be read stays an error), but leaves the sandbox to start
     * later, in the background, so the client's {@code initialize} is answered before the sandbox is up.
     */
    private Session session(McpOptions options) {
        Env env = Env.system();
        String flag = env.envNonBlank("HEYGEN_SANDBOX");
        boolean wanted = sandbox || flag != null && List.of("1", "true", "yes", "on").contains(flag.toLowerCase(Locale.ROOT));
        if (!wanted) {
            try {
                return Session.of(HeyGen.fromEnv(), options);
            } catch (MissingApiKeyException e) {
                if (Files.exists(Credentials.configDir(env).resolve("credentials"))) {
                    throw e;
                }
            }
        }
        CompletableFuture<HeyGen> client = new CompletableFuture<>();
        // The thread only runs once the session exists (Session.start), so it can name it in its start-up line.
        Session[] self = new Session[1];
        Thread start = new Thread(() -> {
            try {
                HeyGen c = HeyGen.sandbox();
                err.println(startLine(self[0], "the offline sandbox at " + c.baseUrl() + " (nothing is billed"
                        + (wanted ? "" : "; no HEYGEN_API_KEY found") + ")"));
                client.complete(c);
            } catch (RuntimeException | Error e) {
                err.println("heygen-mcp: the offline sandbox could not start: " + e.getMessage());
                client.completeExceptionally(e);
            }
        }, "heygen-mcp-sandbox-start");
        start.setDaemon(true);
        self[0] = Session.starting(client, start::start, true, options);
        return self[0];
    }

    private static String startLine(Session s, String target) {
        return "heygen-mcp " + Version.KIT + ": talking to " + target + "; files in " + s.folder().root() + "; new videos "
                + s.guard().cap();
    }

    /**
     * Starts a server for {@code client} reading requests from {@code in} and writing answers to {@code out}; it runs
     * on its own threads until closed.
     */
    public static McpSyncServer serve(HeyGen client, McpOptions options, InputStream in, OutputStream out) {
        return serve(Session.of(client, options), in, out);
    }

    static McpSyncServer serve(Session session, InputStream in, OutputStream out) {
        McpJsonMapper mapper = new JacksonMcpJsonMapper(new ObjectMapper());
        List<SyncToolSpecification> specs = new ArrayList<>();
        tools(session).forEach(t -> specs.add(t.spec(session)));
        return McpServer.sync(new StdioServerTransportProvider(mapper, in, out))
                .serverInfo("heygen-kit", Version.KIT)
                .instructions(instructions(session))
                .capabilities(ServerCapabilities.builder().tools(false).build())
                .jsonMapper(mapper)
                // Arguments are checked by Args against the same schemas, with the kit's messages and hints.
                .validateToolInputs(false)
                .jsonSchemaValidator(new SchemaCheck())
                .tools(specs)
                .build();
    }

    /** Every tool, in the order an agent uses them. */
    static List<Tool> tools(Session session) {
        CatalogTools catalog = new CatalogTools(session);
        List<Tool> all = new ArrayList<>(catalog.tools());
        all.addAll(new VideoTools(session).tools());
        all.addAll(new LibraryTools(session).tools());
        all.add(catalog.quota());
        return all;
    }

    private static String instructions(Session s) {
        return "HeyGen avatar videos through heygen-kit, talking to " + s.target() + ". Workflow: list_avatar_looks "
                + "(and list_voices) to pick an avatar_id, check_avatar_video to preflight for free, create_avatar_video "
                + "(returns a video_id at once; repeating the same request never pays twice), wait_for_video until "
                + "done, then download_video into " + s.folder().root() + ". New videos this session: "
                + s.guard().cap() + ".";
    }

    /** Prints the kit version for {@code --version}. */
    static final class VersionInfo implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"heygen-mcp (heygen-kit " + Version.KIT + ")"};
        }
    }
}
