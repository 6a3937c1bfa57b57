package dev.heygenkit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.ApiException;
import dev.heygenkit.AuthenticationException;
import dev.heygenkit.HeyGenException;
import dev.heygenkit.MissingApiKeyException;
import dev.heygenkit.PermissionDeniedException;
import dev.heygenkit.PreflightException;
import dev.heygenkit.RenderFailedException;
import dev.heygenkit.RenderTimeoutException;
import dev.heygenkit.RequestTimeoutException;
import dev.heygenkit.TrainingTimeoutException;
import dev.heygenkit.internal.http.Env;
import dev.heygenkit.internal.http.Json;
import picocli.CommandLine;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The {@code heygen} command line: the jar's {@code Main-Class}. Exit codes follow HeyGen's official CLI: 0 ok,
 * 1 API or render failure, 2 usage or anything else found before a request, 3 auth, 4 timeout.
 *
 * <pre>{@code int code = Main.run(new String[]{"--sandbox", "looks"}, System.out, System.err, Env.system(), System.in);}</pre>
 */
public final class Main {
    /** Success. */
    public static final int OK = 0;
    /** The API refused, a render failed, or something else went wrong. */
    public static final int FAILED = 1;
    /** Found before any request: unknown flag, bad value or combination, preflight problem, output not writable. */
    public static final int USAGE = 2;
    /** No key, or the key was refused (401, 403). */
    public static final int AUTH = 3;
    /** A render or request ran past its deadline; the video keeps rendering. */
    public static final int TIMEOUT = 4;

    private Main() {
    }

    /** Runs the CLI with the process's streams and environment, then exits with its exit code. */
    public static void main(String[] args) {
        // A one-shot process: API calls in the calling thread, so the JVM does not wait at exit for an HTTP selector.
        System.setProperty("heygen.internal.blockingCalls", "true");
        int code = run(args, System.out, System.err, Env.system(), System.in, System.console() != null);
        System.out.flush();
        System.exit(code);
    }

    /** Runs the CLI in-process, as if stdin and stderr were not a terminal, and returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err, Env env, InputStream in) {
        return run(args, out, err, env, in, false);
    }

    /**
     * Runs the CLI in-process and returns the exit code; {@code terminal} says whether a person is at the keyboard
     * (live progress line, delete confirmation).
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Env env, InputStream in, boolean terminal) {
        Io io = new Io(out, err, in, env, terminal);
        Root root = new Root();
        root.io = io;
        boolean json = Arrays.asList(args).contains("--json");
        CommandLine cl = new CommandLine(root);
        // Before the settings below: picocli applies them to the subcommands registered at the time.
        for (Class<?> command : Root.commandsFor(args)) {
            cl.addSubcommand(command);
        }
        cl.addSubcommand("help", new CommandLine.HelpCommand());
        addHelpOptions(cl);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> usage(ex, io, json));
        cl.setExecutionExceptionHandler((ex, parsed, result) -> failure(ex, io, root.json || json));
        try {
            return cl.execute(args);
        } finally {
            root.close();
            out.flush();
            err.flush();
        }
    }

    /**
     * Gives every command without its own {@code -h/--help} the standard one, so the help that usage errors point at
     * always works, however deep the command.
     */
    static void addHelpOptions(CommandLine cl) {
        CommandLine.Model.CommandSpec spec = cl.getCommandSpec();
        if (spec.options().stream().noneMatch(CommandLine.Model.OptionSpec::usageHelp) && spec.findOption("-h") == null
                && spec.findOption("--help") == null) {
            spec.addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
                    .description("Show this help and exit.").build());
        }
        for (CommandLine sub : new java.util.LinkedHashSet<>(cl.getSubcommands().values())) {
            addHelpOptions(sub);
        }
    }

    private static int usage(CommandLine.ParameterException ex, Io io, boolean json) {
        String command = ex.getCommandLine().getCommandSpec().qualifiedName(" ");
        String message;
        String param = null;
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = unmatched.isEmpty() ? "?" : unmatched.get(0);
            List<String> suggestions = new ArrayList<>(u.getSuggestions());
            if (first.startsWith("-")) {
                String flag = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
                param = flag;
                suggestions = nearest(flag, ex.getCommandLine().getCommandSpec(), suggestions);
                message = "unknown option " + flag + (suggestions.isEmpty() ? "" : "; did you mean " + orList(suggestions) + "?");
            } else {
                param = first;
                message = "unexpected argument \"" + first + "\"" + (suggestions.isEmpty() ? "" : "; did you mean " + orList(suggestions) + "?");
            }
        } else {
            message = lowerFirst(ex.getMessage());
            if (ex.getArgSpec() instanceof CommandLine.Model.OptionSpec o) {
                param = o.longestName();
            }
        }
        String hint = "see '" + command + " --help'";
        if (json) {
            io.err().println(Json.writeForTerminal(envelope("cli_usage", message, hint, param, null, null)));
        } else {
            io.err().println("error: " + Escapes.message(message));
            io.err().println("usage: '" + command + " --help' lists every option");
        }
        return USAGE;
    }

    /** The option names nearest to a mistyped one by edit distance, or picocli's own guesses when none is near. */
    static List<String> nearest(String flag, CommandLine.Model.CommandSpec spec, List<String> fallback) {
        List<String> names = new ArrayList<>();
        for (CommandLine.Model.OptionSpec o : spec.options()) {
            names.addAll(List.of(o.names()));
        }
        List<String> near = dev.heygenkit.internal.render.Suggest.closest(flag, names);
        if (near.isEmpty()) {
            return fallback;
        }
        int best = dev.heygenkit.internal.render.Suggest.distance(flag, near.get(0));
        return near.stream().filter(n -> dev.heygenkit.internal.render.Suggest.distance(flag, n) == best).toList();
    }

    private static String orList(List<String> items) {
        List<String> top = items.subList(0, Math.min(3, items.size()));
        return String.join(" or ", top);
    }

    private static String lowerFirst(String s) {
        if (s == null || s.isEmpty()) {
            return "invalid command line";
        }
        return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }

    /** Prints an error for an exception thrown by a command and returns its exit code. */
    static int failure(Exception ex, Io io, boolean json) {
        int code = exitCode(ex);
        String errCode;
        String message;
        String hint = null;
        String param = null;
        String requestId = null;
        String videoId = null;
        if (ex instanceof HeyGenException h) {
            errCode = h.code();
            message = h instanceof MissingApiKeyException m && m.getMessage().startsWith("No HeyGen API key")
                    ? CliWords.missingKey(m) : CliWords.of(h.getMessage());
            hint = h instanceof MissingApiKeyException ? "No key yet? Run with --sandbox to use the offline sandbox."
                    : CliWords.of(h.hint());
            if (h instanceof ApiException a) {
                param = a.param();
                requestId = a.requestId();
            }
        } else if (ex instanceof Durations.UsageException || ex instanceof IllegalArgumentException) {
            errCode = "cli_usage";
            message = ex.getMessage();
        } else {
            errCode = "cli_internal_error";
            message = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
            hint = "Run again with --verbose; if it persists, report it with the command you ran.";
        }
        if ("download_exists".equals(errCode)) {
            hint = "Pass --force to overwrite it, or choose another file with -o.";
        }
        if (code == AUTH && (hint == null || !hint.toLowerCase(Locale.ROOT).contains("sandbox"))) {
            hint = (hint == null ? "" : hint + " ") + "No key yet? Add --sandbox to use the offline sandbox.";
        }
        hint = timeoutHint(ex, hint);
        if (ex instanceof RenderTimeoutException t) {
            videoId = t.videoId();
        } else if (ex instanceof RenderFailedException f) {
            videoId = f.videoId();
        }
        if (json) {
            ObjectNode env = envelope(errCode, message, hint, param, requestId, videoId);
            if (ex instanceof PreflightException p) {
                var arr = ((ObjectNode) env.get("error")).putArray("problems");
                p.problems().forEach(pr -> arr.addObject().put("code", pr.code()).put("param", pr.param())
                        .put("message", CliWords.of(pr.message())));
            }
            io.err().println(Json.writeForTerminal(env));
        } else {
            text(ex, message, hint, requestId, io);
        }
        return code;
    }

    /** What to do after a timeout, which never means the work is lost; other errors keep {@code hint}. */
    private static String timeoutHint(Exception ex, String hint) {
        if (ex instanceof RenderTimeoutException t) {
            return "It keeps rendering and was not resubmitted. Check it with: heygen get " + t.videoId()
                    + "; download it when done: heygen download " + t.videoId() + " (re-running the same render resumes it).";
        }
        if (ex instanceof RequestTimeoutException) {
            return (hint == null ? "" : hint + " ") + "Check with 'heygen list' before retrying, so you do not pay twice.";
        }
        if (ex instanceof TrainingTimeoutException t) {
            return "It keeps training and was not created again. Check it with: heygen "
                    + (t.what().equals("voice") ? "voices " : "looks ") + t.id();
        }
        return hint;
    }

    private static void text(Exception ex, String message, String hint, String requestId, Io io) {
        if (ex instanceof PreflightException p) {
            io.err().println("error: " + p.problems().size() + (p.problems().size() == 1 ? " problem" : " problems")
                    + " before submitting (nothing was sent, no credit spent):");
            p.problems().forEach(pr -> io.err().println("  - " + Escapes.message(CliWords.of(pr.message()))));
            p.warnings().forEach(pr -> io.err().println("  - warning: " + Escapes.message(CliWords.of(pr.message()))));
        } else {
            io.err().println("error: " + Escapes.message(message));
            if (hint != null) {
                io.err().println("hint: " + Escapes.message(hint));
            }
        }
        if (requestId != null) {
            io.err().println("request id: " + Escapes.line(requestId));
        }
    }

    /** The exit code for an exception, following the official CLI. */
    static int exitCode(Throwable ex) {
        if (ex instanceof MissingApiKeyException || ex instanceof AuthenticationException
                || ex instanceof PermissionDeniedException) {
            return AUTH;
        }
        if (ex instanceof ApiException a && (a.status() == 401 || a.status() == 403)) {
            return AUTH;
        }
        if (ex instanceof RenderTimeoutException || ex instanceof RequestTimeoutException
                || ex instanceof TrainingTimeoutException) {
            return TIMEOUT;
        }
        if (ex instanceof Durations.UsageException || ex instanceof IllegalArgumentException
                || ex instanceof PreflightException) {
            // Everything found before any request was sent is the caller's to fix, like a usage error.
            return USAGE;
        }
        return FAILED;
    }

    /** The official CLI's error envelope: {@code {"error":{code,message,hint,param,request_id}}}. */
    static ObjectNode envelope(String code, String message, String hint, String param, String requestId, String videoId) {
        ObjectNode root = Json.object();
        ObjectNode e = root.putObject("error");
        e.put("code", code).put("message", message);
        e.put("hint", hint);
        e.put("param", param);
        e.put("request_id", requestId);
        if (videoId != null) {
            e.put("video_id", videoId);
        }
        return root;
    }
}
