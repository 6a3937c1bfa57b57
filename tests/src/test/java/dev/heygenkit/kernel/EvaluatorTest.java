package dev.heygenkit.kernel;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvaluatorTest {
    private static Evaluator evaluator;

    @BeforeAll
    static void start() {
        evaluator = new Evaluator(coordinates -> {
            throw new AssertionError("no %maven here");
        });
        evaluator.importAll(Evaluator.JAVA_IMPORTS);
    }

    @AfterAll
    static void close() {
        evaluator.close();
    }

    @Test
    void state_carries_across_cells() throws Exception {
        evaluator.eval("int answerBase = 20;");
        evaluator.eval("String greet(String who) { return \"hi \" + who; }");

        assertThat(evaluator.eval("answerBase * 2 + 2").value()).isEqualTo(42);
        assertThat(evaluator.eval("greet(\"ann\")").value()).isEqualTo("hi ann");
    }

    @Test
    void the_last_expression_is_the_real_object_not_its_string() throws Exception {
        Evaluator.Result result = evaluator.eval("var sheet = new BufferedImage(7, 5, BufferedImage.TYPE_INT_RGB);\nsheet");

        assertThat(result.hasValue()).isTrue();
        assertThat(result.value()).isInstanceOf(BufferedImage.class);
        assertThat(((BufferedImage) result.value()).getWidth()).isEqualTo(7);
    }

    @Test
    void a_cell_of_many_snippets_returns_the_value_of_the_final_expression() throws Exception {
        Evaluator.Result result = evaluator.eval("""
                // set up
                List<String> names = new ArrayList<>();
                names.add("a"); names.add("b");
                /* then */ class Box { final int n; Box(int n) { this.n = n; } }
                new Box(names.size()).n""");

        assertThat(result.value()).isEqualTo(2);
    }

    @Test
    void cells_ending_in_declarations_or_void_calls_have_no_value() throws Exception {
        assertThat(evaluator.eval("int declared = 3;").hasValue()).isFalse();
        assertThat(evaluator.eval("System.getProperty(\"no.such\");\nThread.yield();").hasValue()).isFalse();
        assertThat(evaluator.eval("// only a comment").hasValue()).isFalse();
    }

    @Test
    void null_is_a_value() throws Exception {
        Evaluator.Result result = evaluator.eval("Object nothing = null;\nnothing");

        assertThat(result.hasValue()).isTrue();
        assertThat(result.value()).isNull();
    }

    @Test
    void compile_errors_name_the_cell_line_and_mark_the_code() {
        assertThatThrownBy(() -> evaluator.eval("int fine = 1;\n\nint broken = \"text\";"))
                .isInstanceOfSatisfying(CompilationException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(
                            "incompatible types: java.lang.String cannot be converted to int (line 3)");
                    List<String> details = evaluator.traceback(e);
                    assertThat(details).anySatisfy(l -> assertThat(l).contains("3 | int broken = \"text\";"));
                    assertThat(details).anySatisfy(l -> assertThat(l).endsWith("|              ^^^^^^"));
                });
    }

    @Test
    void unknown_symbols_are_reported_on_one_line() {
        assertThatThrownBy(() -> evaluator.eval("noSuchVariable + 1"))
                .isInstanceOf(CompilationException.class)
                .hasMessage("cannot find symbol: variable noSuchVariable (line 1)");
    }

    @Test
    void a_syntax_error_stops_the_cell_before_later_snippets_run() throws Exception {
        evaluator.eval("int counter = 0;");

        assertThatThrownBy(() -> evaluator.eval("counter++;\nint x = 1 +;\ncounter += 100;"))
                .isInstanceOf(CompilationException.class).hasMessageContaining("line 2");
        assertThat(evaluator.eval("counter").value()).isEqualTo(1);
    }

    @Test
    void runtime_exceptions_arrive_as_themselves_with_a_short_traceback_in_cell_lines() throws Exception {
        evaluator.eval("void explode() {\n  int unused = 0;\n  throw new IllegalStateException(\"boom\");\n}");

        assertThatThrownBy(() -> evaluator.eval("int before = 1;\nexplode();"))
                .isInstanceOfSatisfying(IllegalStateException.class, e -> {
                    assertThat(e).hasMessage("boom");
                    List<String> trace = evaluator.traceback(e);
                    assertThat(trace.get(0)).contains("IllegalStateException: boom");
                    assertThat(trace).anySatisfy(l -> assertThat(l).matches("    at explode \\(cell \\d+, line 3\\)"));
                    assertThat(trace).anySatisfy(l -> assertThat(l).matches("    at cell \\d+, line 2"));
                    assertThat(trace).noneSatisfy(l -> assertThat(l).contains("jdk.internal"));
                    assertThat(trace).hasSizeLessThan(8);
                });
    }

    @Test
    void exceptions_from_library_code_keep_the_cause_chain() {
        assertThatThrownBy(() -> evaluator.eval(
                "throw new RuntimeException(\"outer\", new java.io.IOException(\"disk\"));"))
                .isInstanceOfSatisfying(RuntimeException.class, e -> {
                    assertThat(evaluator.traceback(e)).anySatisfy(l -> assertThat(l)
                            .isEqualTo("Caused by: IOException: disk"));
                });
    }

    @Test
    void errors_are_wrapped_but_keep_their_type_in_the_message() {
        assertThatThrownBy(() -> evaluator.eval("int down(int n) { return down(n + 1) + 1; }\ndown(0)"))
                .isInstanceOf(CellError.class)
                .hasMessageStartingWith("java.lang.StackOverflowError");
    }

    @Test
    void calling_a_method_with_missing_dependencies_says_what_to_declare() throws Exception {
        evaluator.eval("int later() { return notYetDeclared * 2; }");

        assertThatThrownBy(() -> evaluator.eval("later()"))
                .hasMessageContaining("method later")
                .hasMessageContaining("notYetDeclared");
    }

    @Test
    void output_goes_to_the_current_system_out() throws Exception {
        PrintStream previous = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            evaluator.eval("System.out.println(\"to the cell\");");
        } finally {
            System.setOut(previous);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo("to the cell" + System.lineSeparator());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void interrupt_stops_an_endless_loop_quickly_and_keeps_the_session() throws Exception {
        evaluator.eval("int survivor = 7;");
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                evaluator.eval("long spins = 0;\nwhile (true) { spins++; }");
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        Thread.sleep(700);
        assertThat(outcome).isNotDone();

        long start = System.nanoTime();
        evaluator.interrupt();
        Throwable thrown = outcome.get(5, TimeUnit.SECONDS);

        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
        assertThat(thrown).isInstanceOf(InterruptedException.class).hasMessageContaining("interrupted");
        assertThat(evaluator.eval("survivor + 1").value()).isEqualTo(8);
    }

    @Test
    void an_interrupt_between_cells_does_not_cancel_the_next_cell() throws Exception {
        evaluator.interrupt();

        assertThat(evaluator.eval("1 + 1").value()).isEqualTo(2);
    }

    @Test
    void imports_of_missing_packages_are_skipped_and_the_rest_kept() throws Exception {
        List<String> accepted = evaluator.importAll(List.of("import dev.heygenkit.does.not.exist.*;",
                "import java.util.concurrent.atomic.AtomicLong;"));

        assertThat(accepted).containsExactly("import java.util.concurrent.atomic.AtomicLong;");
        assertThat(evaluator.eval("new AtomicLong(5).get()").value()).isEqualTo(5L);
    }

    @Test
    void the_kits_classes_are_on_the_cell_class_path() throws Exception {
        Object value = evaluator.eval("dev.heygenkit.notebook.Html.of(\"<b>x</b>\", \"x\")").value();

        assertThat(value).isInstanceOf(dev.heygenkit.notebook.Html.class);
    }
}
