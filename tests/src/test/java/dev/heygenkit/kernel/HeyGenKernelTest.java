package dev.heygenkit.kernel;

import dev.heygenkit.notebook.Notebook;
import dev.heygenkit.ProgressListener;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The kernel without Jupyter: what its eval hands to Jupyter, and how it answers editor requests. */
class HeyGenKernelTest {
    private static HeyGenKernel kernel;
    private static ProgressListener previousDefault;

    @BeforeAll
    static void start() {
        previousDefault = ProgressListener.processDefault();
        kernel = new HeyGenKernel(new Evaluator(c -> List.of()));
    }

    @AfterAll
    static void stop() {
        kernel.onShutdown(false);
        ProgressListener.replaceProcessDefault(previousDefault);
    }

    @Test
    void it_is_the_current_kernel_and_notebook_display_finds_it() {
        assertThat(HeyGenKernel.current()).isSameAs(kernel);
        assertThat(Notebook.inKernel()).isTrue();
    }

    @Test
    void starting_the_kernel_turns_on_cell_progress_for_renders() {
        assertThat(ProgressListener.processDefault()).isSameAs(Notebook.progress());
    }

    @Test
    void values_render_by_type_and_statements_render_nothing() throws Exception {
        DisplayData number = kernel.eval("6 * 7");
        DisplayData image = kernel.eval("new BufferedImage(4, 3, BufferedImage.TYPE_INT_ARGB)");
        DisplayData html = kernel.eval("Html.of(\"<em>hi</em>\", \"hi\")");
        DisplayData rendered = kernel.eval("render(Html.of(\"<q>x</q>\", \"x\"), \"text/html\")");

        assertThat(number.getData(MIMEType.TEXT_PLAIN)).isEqualTo("42");
        assertThat(image.getData(MIMEType.IMAGE_PNG)).isNotNull();
        assertThat(html.getData(MIMEType.TEXT_HTML)).isEqualTo("<em>hi</em>");
        assertThat(html.getData(MIMEType.TEXT_PLAIN)).isEqualTo("hi");
        assertThat(rendered.getData(MIMEType.TEXT_HTML)).isEqualTo("<q>x</q>");
        assertThat(kernel.eval("int quiet = 1;")).isNull();
        assertThat(kernel.eval("Object none = null;\nnone").getData(MIMEType.TEXT_PLAIN)).isEqualTo("null");
    }

    @Test
    void errors_format_as_their_prepared_short_traceback() {
        assertThatThrownBy(() -> kernel.eval("int bad = \"x\";")).isInstanceOfSatisfying(CompilationException.class,
                e -> assertThat(kernel.formatError(e)).isEqualTo(e.details()));
        assertThat(kernel.formatError(new java.io.IOException("disk full")))
                .containsExactly("\u001b[1;31mIOException: disk full\u001b[0m");
    }

    @Test
    void completion_and_completeness_come_from_jshell() {
        var options = kernel.complete("Strin", 5);

        assertThat(options.getReplacements()).contains("String");
        assertThat(options.getSourceStart()).isZero();
        assertThat(kernel.isComplete("for (int i = 0; i < 3; i++) {")).isEqualTo("    ");
        assertThat(kernel.isComplete("int a = 1;")).isEqualTo("complete");
    }

    @Test
    void display_statics_outside_a_cell_need_a_kernel() {
        kernel.onShutdown(false);
        try {
            assertThatThrownBy(() -> Display.display("x")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("needs a running heygen-kit kernel");
        } finally {
            kernel = new HeyGenKernel(new Evaluator(c -> List.of()));
        }
    }
}
