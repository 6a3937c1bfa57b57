package dev.heygenkit.kernel;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Evaluates notebook cells with JShell inside this JVM: state carries across cells, a cell may hold many snippets and
 * IPython-style line magics ({@code %maven}, {@code %jars}, {@code %classpath}, {@code %lsmagic}), and the value of a
 * final expression is returned as the real object. Needs no Jupyter, so it is tested on its own.
 *
 * <pre>{@code try (var ev = Evaluator.create()) { ev.eval("int a = 20;"); ev.eval("a * 2 + 2").value(); }  // 42}</pre>
 */
public final class Evaluator implements AutoCloseable {
    /** The imports every kernel session starts with; those whose package is missing are skipped. */
    public static final List<String> JAVA_IMPORTS = List.of(
            "import java.util.*;", "import java.util.function.*;", "import java.util.stream.*;",
            "import java.io.*;", "import java.nio.file.*;", "import java.time.*;", "import java.net.URI;",
            "import java.awt.image.BufferedImage;", "import javax.imageio.ImageIO;");

    private static final int INDEXING_WAIT_SECONDS = 60;

    private final CellExecutionControl control = new CellExecutionControl();
    private final JShell jshell;
    private final SourceCodeAnalysis analysis;
    private final Resolver resolver;
    private final Map<String, LineMagicHandler> magics = new TreeMap<>();
    private final Map<String, int[]> snippetLines = new ConcurrentHashMap<>();
    private final Map<String, String> provided = new ConcurrentHashMap<>();
    private final Set<String> classpath = new LinkedHashSet<>();
    private final List<Path> added = Collections.synchronizedList(new ArrayList<>());
    private final Map<Throwable, List<String>> tracebacks = Collections.synchronizedMap(new WeakHashMap<>());
    private final CellErrors errors;
    private int cells;

    /** The value a cell ends with, if its last snippet is an expression. */
    public record Result(boolean hasValue, Object value) {
        /** A cell that ends in a statement or declaration. */
        public static final Result NONE = new Result(false, null);
    }

    /** A line magic's behaviour. */
    @FunctionalInterface
    public interface LineMagicHandler {
        /** Runs the magic with its arguments. */
        void run(List<String> args) throws Exception;
    }

    /** Creates an evaluator whose {@code %maven} runs Maven. */
    public static Evaluator create() {
        return new Evaluator(MavenResolver.fromEnvironment());
    }

    /**
     * Creates an evaluator; its JShell compiles against this JVM's class path and runs snippets in this JVM.
     *
     * @param resolver what {@code %maven} resolves coordinates with
     */
    public Evaluator(Resolver resolver) {
        this.resolver = resolver;
        this.jshell = JShell.builder()
                .executionEngine(CellExecutionControl.provider(control), Map.of())
                .out(new PrintStream(PrintStream.nullOutputStream()))
                .err(new PrintStream(PrintStream.nullOutputStream()))
                .build();
        this.analysis = jshell.sourceCodeAnalysis();
        this.errors = new CellErrors(jshell, snippetLines, tracebacks);
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                classpath.add(normalize(Path.of(entry)));
            }
        }
        magics.put("maven", this::maven);
        magics.put("jars", args -> addPaths("jars", args, true));
        magics.put("classpath", this::classpathMagic);
        magics.put("lsmagic", args -> System.out.println(
                magics.keySet().stream().map(n -> "%" + n).collect(Collectors.joining("  "))));
    }

    /**
     * Runs imports one by one and keeps those that compile, so a package that does not exist (yet) costs nothing.
     *
     * @return the imports that were accepted
     */
    public List<String> importAll(List<String> imports) {
        List<String> accepted = new ArrayList<>();
        for (String line : imports) {
            boolean ok = true;
            for (SnippetEvent event : jshell.eval(line)) {
                if (event.causeSnippet() == null && event.status() == Snippet.Status.REJECTED) {
                    ok = false;
                    jshell.drop(event.snippet());
                }
            }
            if (ok) {
                accepted.add(line);
            }
        }
        return accepted;
    }

    /**
     * Evaluates a cell: its magics and snippets in order, stopping at the first failure.
     *
     * @return the value of the final expression, if the cell ends with one
     * @throws CompilationException when code does not compile
     * @throws MagicException       when a magic is unknown or fails
     * @throws InterruptedException when {@link #interrupt()} stopped the cell
     * @throws Exception            what the cell threw (an {@link Error} arrives wrapped in {@link CellError})
     */
    public Result eval(String cell) throws Exception {
        int number = ++cells;
        control.clearStop();
        Result last = Result.NONE;
        for (CellParts.Part part : CellParts.split(cell)) {
            checkStopped();
            if (part instanceof CellParts.Magic magic) {
                runMagic(magic);
                last = Result.NONE;
            } else {
                last = evalCode((CellParts.Code) part, number);
            }
        }
        return last;
    }

    /** Stops the running cell from another thread; the cell ends with an {@link InterruptedException}. */
    public void interrupt() {
        jshell.stop();
    }

    /**
     * Adds a jar or class directory to the class path of later snippets; entries already there are skipped.
     *
     * @return whether it was added
     */
    public boolean addToClasspath(Path path) {
        return addToClasspath(List.of(path)) == 1;
    }

    /**
     * Adds jars or class directories to the class path of later snippets in one step; entries already there are
     * skipped.
     *
     * @return how many were added
     */
    public int addToClasspath(List<Path> paths) {
        List<String> fresh = new ArrayList<>();
        synchronized (classpath) {
            for (Path path : paths) {
                String entry = normalize(path);
                if (classpath.add(entry)) {
                    fresh.add(entry);
                }
            }
        }
        if (fresh.isEmpty()) {
            return 0;
        }
        // JShell's background indexer reads the compiler's class path without locking; changing it while a
        // re-index runs can leave the compiler with the old path for good ("package ... does not exist").
        awaitIndexing();
        jshell.addToClasspath(String.join(File.pathSeparator, fresh));
        fresh.forEach(entry -> added.add(Path.of(entry)));
        return fresh.size();
    }

    /** Waits (boundedly) until JShell's background class-path indexing has caught up. */
    private void awaitIndexing() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(INDEXING_WAIT_SECONDS);
        while (!analysis.listQualifiedNames("String", 6).isUpToDate() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The jars and directories added by magics or {@link #addToClasspath(Path)}, in order. */
    public List<Path> addedClasspath() {
        return List.copyOf(added);
    }

    /**
     * Declares an artifact this JVM already carries, so {@code %maven group:artifact:any} skips it instead of
     * resolving a second copy (a notebook's first cell can then be the same in every kernel).
     */
    public void provide(String groupAndArtifact, String version) {
        provided.put(groupAndArtifact, version);
    }

    /** Adds or replaces a line magic. */
    public void magic(String name, LineMagicHandler handler) {
        magics.put(name, handler);
    }

    /** The traceback lines prepared for an exception this evaluator threw, or null for any other. */
    public List<String> traceback(Throwable thrown) {
        if (thrown instanceof CompilationException c) {
            return c.details();
        }
        return tracebacks.get(thrown);
    }

    /** JShell's analysis of source code, for completion and completeness checks. */
    public SourceCodeAnalysis analysis() {
        return analysis;
    }

    /** Closes JShell. */
    @Override
    public void close() {
        jshell.close();
    }

    private Result evalCode(CellParts.Code code, int cell) throws Exception {
        String text = code.text();
        Result last = Result.NONE;
        int offset = 0;
        while (true) {
            offset = skipBlankAndComments(text, offset);
            if (offset >= text.length()) {
                return last;
            }
            checkStopped();
            String rest = text.substring(offset);
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            String source;
            int used;
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                return last;
            } else if (info.completeness().isComplete()) {
                source = info.source();
                used = rest.length() - info.remaining().length();
            } else if (info.source() != null) {
                // Unparseable: hand JShell just this piece so its diagnostics point at the right line.
                source = info.source();
                used = rest.length() - info.remaining().length();
            } else {
                source = rest;
                used = rest.length();
            }
            int line = code.line() + CellErrors.newlines(text, 0, offset);
            offset += used;
            last = evalSnippet(source, cell, line);
        }
    }

    private Result evalSnippet(String source, int cell, int line) throws Exception {
        control.reset();
        List<SnippetEvent> events = jshell.eval(source);
        checkStopped();
        SnippetEvent event = events.stream().filter(e -> e.causeSnippet() == null).findFirst().orElse(null);
        if (event == null) {
            return Result.NONE;
        }
        Snippet snippet = event.snippet();
        snippetLines.put(snippet.id(), new int[]{cell, line});
        if (event.status() == Snippet.Status.REJECTED) {
            throw errors.compilation(snippet, source, line);
        }
        if (event.exception() != null) {
            throw errors.runtime(event.exception(), control.takeThrown());
        }
        boolean expression = snippet.kind() == Snippet.Kind.EXPRESSION
                || snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
        return expression ? new Result(true, control.takeValue()) : Result.NONE;
    }

    private void checkStopped() throws InterruptedException {
        if (control.stopRequested()) {
            throw new InterruptedException("the cell was interrupted");
        }
    }

    private void runMagic(CellParts.Magic part) throws MagicException {
        if (MagicLine.isCellMagic(part.text())) {
            throw new MagicException("cell magics such as " + part.text().split("\\s+")[0]
                    + " are not supported; use line magics: " + knownMagics(), null);
        }
        MagicLine line;
        try {
            line = MagicLine.parse(part.text());
        } catch (IllegalArgumentException e) {
            throw new MagicException(e.getMessage(), e);
        }
        LineMagicHandler handler = magics.get(line.name());
        if (handler == null) {
            throw new MagicException("unknown magic %" + line.name() + "; known: " + knownMagics(), null);
        }
        try {
            handler.run(line.args());
        } catch (MagicException e) {
            throw e;
        } catch (Exception e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new MagicException(message.startsWith("%") ? message : "%" + line.name() + ": " + message, e);
        }
    }

    private String knownMagics() {
        return magics.keySet().stream().map(n -> "%" + n).collect(Collectors.joining(", "));
    }

    private void maven(List<String> args) throws Exception {
        List<String> coordinates = args.stream().filter(a -> !a.startsWith("-")).toList();
        if (coordinates.isEmpty()) {
            throw new IllegalArgumentException("%maven needs coordinates, e.g. %maven org.example:lib:1.0");
        }
        List<String> wanted = new ArrayList<>();
        for (String coordinate : coordinates) {
            String[] parts = coordinate.split(":");
            String version = provided.get(parts[0] + ":" + (parts.length > 1 ? parts[1] : ""));
            if (version == null) {
                wanted.add(coordinate);
            } else if (!coordinate.endsWith(":" + version)) {
                System.out.println("%maven: " + coordinate + " is built into this kernel as version " + version
                        + "; using that one");
            }
        }
        if (!wanted.isEmpty()) {
            addToClasspath(resolver.resolve(wanted));
        }
    }

    private void classpathMagic(List<String> args) throws IOException {
        if (args.isEmpty()) {
            added.forEach(p -> System.out.println(p));
            return;
        }
        addPaths("classpath", args, false);
    }

    private void addPaths(String magic, List<String> args, boolean jarsOnly) throws IOException {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("%" + magic + " needs a path or glob, e.g. %" + magic + " lib/*.jar");
        }
        for (String pattern : args) {
            List<Path> matches = PathGlobs.expand(pattern, jarsOnly);
            if (matches.isEmpty()) {
                throw new IllegalArgumentException("%" + magic + " " + pattern + " matched nothing (relative to "
                        + Path.of("").toAbsolutePath() + "); check the path");
            }
            addToClasspath(matches);
        }
    }

    private static String normalize(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    /** Skips whitespace and comments: JShell numbers stack-trace lines from a snippet's first code character. */
    static int skipBlankAndComments(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end + 1;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                if (end < 0) {
                    return i;
                }
                i = end + 2;
            } else {
                return i;
            }
        }
        return i;
    }

}
