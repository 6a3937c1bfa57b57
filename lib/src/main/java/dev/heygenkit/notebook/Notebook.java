package dev.heygenkit.notebook;

import dev.heygenkit.BatchResult;
import dev.heygenkit.HeyGen;
import dev.heygenkit.RenderJob;
import dev.heygenkit.Video;
import dev.heygenkit.api.Look;
import dev.heygenkit.api.Page;
import dev.heygenkit.api.SpeechAudio;
import dev.heygenkit.api.VideoInfo;
import dev.heygenkit.api.VoiceInfo;
import dev.heygenkit.ProgressListener;

import javax.imageio.ImageIO;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Rich display in whatever Java kernel runs the code: the kit's own, IJava or JJava. It finds the kernel by reflection,
 * so the kit needs none of them to compile or run, and outside a kernel every method is a silent no-op. Once installed,
 * a {@code Video} shows as a player, a {@code RenderJob} as its status line, and renders show live progress in the cell.
 *
 * <pre>{@code Notebook.install();   // once per notebook; the kit's kernel, Html values and the JJava extension also do it}</pre>
 */
public final class Notebook {
    private static final System.Logger LOG = System.getLogger(Notebook.class.getName());

    /** Static accessors that return the running kernel, or null, in each kernel this class knows. */
    private static final List<String[]> KERNEL_ACCESSORS = List.of(
            new String[]{"dev.heygenkit.kernel.HeyGenKernel", "current"},
            new String[]{"io.github.spencerpark.ijava.IJava", "getKernelInstance"},
            new String[]{"org.dflib.jjava.jupyter.kernel.BaseKernel", "notebookKernel"},
            new String[]{"org.dflib.jjava.JJava", "getKernelInstance"});

    private static final List<View<?>> VIEWS = new CopyOnWriteArrayList<>();
    /** Renderers already taught, keyed weakly by identity (kernel renderers do not override equals). */
    private static final Map<Object, Set<View<?>>> TAUGHT = new WeakHashMap<>();

    /** Shows render and download progress in the running cell; the process default once a kernel is found. */
    private static final CellProgress PROGRESS = new CellProgress(System::nanoTime);

    static {
        VIEWS.add(new View<>(Html.class, Function.identity()));
        VIEWS.add(new View<>(VideoPlayer.class, VideoPlayer::html));
        VIEWS.add(new View<>(Look.class, look -> LookSheet.of(List.of(look), 1)));
        VIEWS.add(new View<>(VoiceInfo.class, AudioPlayer::of));
        VIEWS.add(new View<>(VideoInfo.class, video -> video.videoUrl() == null ? null : VideoPlayer.of(video).html()));
        VIEWS.add(new View<>(Page.class, Notebook::pageView));
        VIEWS.add(new View<>(SpeechAudio.class, AudioPlayer::of));
        VIEWS.add(new View<>(Video.class, RenderViews::video));
        VIEWS.add(new View<>(RenderJob.class, RenderViews::job));
        VIEWS.add(new View<>(BatchResult.class, BatchTable::of));
        VIEWS.add(new View<>(HeyGen.class, RenderViews::client));
    }

    private Notebook() {
    }

    /**
     * Teaches the running kernel's renderer how to show the kit's values; safe to call any number of times.
     *
     * @return whether a kernel was found
     */
    public static boolean install() {
        List<KernelBridge> kernels = kernels();
        kernels.forEach(Notebook::teach);
        if (!kernels.isEmpty()) {
            showProgressByDefault();
        }
        return !kernels.isEmpty();
    }

    /**
     * The listener that shows render and download progress in the running cell: status, elapsed time and estimate,
     * updated in place. {@link #install()} makes it the process-wide default when it finds a kernel and no other
     * default is set; pass it yourself to a client or a single {@code render(client, listener)} otherwise.
     */
    public static ProgressListener progress() {
        return PROGRESS;
    }

    /**
     * How many bytes of audio and video one display copies into the notebook (default 4 MiB): players whose media
     * fit keep playing in saved notebooks and HTML exports after the kernel stops; larger media stay links. Pictures
     * (posters, thumbnails) are always copied, scaled to what is shown.
     */
    public static long inlineLimit() {
        return InlineMedia.limit();
    }

    /**
     * Sets {@link #inlineLimit()}; 0 copies nothing, not even pictures, so players only link.
     *
     * <pre>{@code Notebook.inlineLimit(20L << 20);   // copy videos up to 20 MiB}</pre>
     */
    public static void inlineLimit(long bytes) {
        InlineMedia.limit(bytes);
    }

    /** Whether this code runs inside a Java kernel the kit knows. */
    public static boolean inKernel() {
        return !kernels().isEmpty();
    }

    /**
     * Shows values of a type through a view: a function returning {@link Html}, a {@link RenderedImage}, a
     * {@link CharSequence}, or null for the plain {@code toString()}. Registers in the running kernel and any later one.
     *
     * <pre>{@code Notebook.register(Invoice.class, i -> Html.of("<b>" + Html.escape(i.number()) + "</b>"))}</pre>
     */
    public static <T> void register(Class<T> type, Function<? super T, ?> view) {
        VIEWS.add(new View<>(Objects.requireNonNull(type, "type"), Objects.requireNonNull(view, "view")));
        install();
    }

    /**
     * Shows a value in the current cell now and returns a handle that can replace it later, e.g. a progress line.
     * Outside a kernel, or outside a running cell, nothing is shown and the handle does nothing.
     */
    public static DisplayHandle display(Object value) {
        for (KernelBridge kernel : kernels()) {
            DisplayHandle handle = show(kernel, value);
            if (handle.isShown()) {
                return handle;
            }
        }
        return DisplayHandle.NONE;
    }

    /** The imports a notebook wants for the kit: its vocabulary, the typed API and these display helpers. */
    public static List<String> defaultImports() {
        return List.of("import dev.heygenkit.*;", "import dev.heygenkit.api.*;", "import dev.heygenkit.notebook.*;");
    }

    /** Teaches one kernel object directly; the JJava extension passes the kernel it is installed into. */
    static boolean attach(Object kernel) {
        if (kernel == null) {
            return false;
        }
        teach(new KernelBridge(kernel));
        showProgressByDefault();
        return true;
    }

    /** The kernel values are shown in: the first one found, or null outside a kernel. */
    static KernelBridge firstKernel() {
        List<KernelBridge> kernels = kernels();
        return kernels.isEmpty() ? null : kernels.get(0);
    }

    /** Shows a value through one kernel, or returns the inert handle when that fails. */
    static DisplayHandle show(KernelBridge kernel, Object value) {
        teach(kernel);
        try {
            return new DisplayHandle(kernel, kernel.display(value));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "display failed in " + kernel, e);
            return DisplayHandle.NONE;
        }
    }

    /** Makes cell progress the process default unless something else (the CLI, the user) already is. */
    private static synchronized void showProgressByDefault() {
        if (ProgressListener.processDefault() == ProgressListener.NONE) {
            ProgressListener.replaceProcessDefault(PROGRESS);
        }
    }

    /**
     * The MIME bundle for a value: what its view makes of it as {@code text/html} or {@code image/png} (base64), and
     * always {@code text/plain}: the HTML's own text fallback, else the value's {@code toString()}.
     */
    static Map<String, Object> bundle(Object value) {
        Map<String, Object> out = new LinkedHashMap<>();
        Object shown = value;
        for (View<?> view : VIEWS) {
            Object viewed = view.type().isInstance(value) ? view.apply(value) : null;
            if (viewed != null) {
                shown = viewed;
            }
        }
        if (shown instanceof Html html) {
            out.put("text/html", html.html());
            out.put("text/plain", html.text());
        } else if (shown instanceof RenderedImage image) {
            out.put("image/png", png(image));
            // A contact sheet says which looks it shows; any other picture leaves the text to the value.
            out.put("text/plain", String.valueOf(LookSheet.describes(shown) ? shown : value));
        } else if (shown instanceof CharSequence text) {
            out.put("text/plain", text.toString());
        } else {
            out.put("text/plain", String.valueOf(value));
        }
        return out;
    }

    private static void teach(KernelBridge kernel) {
        Object renderer;
        try {
            renderer = kernel.renderer();
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "no renderer in " + kernel, e);
            return;
        }
        if (renderer == null) {
            return;
        }
        List<View<?>> toRegister = new ArrayList<>();
        synchronized (TAUGHT) {
            Set<View<?>> done = TAUGHT.computeIfAbsent(renderer, r -> Collections.newSetFromMap(new IdentityHashMap<>()));
            for (View<?> view : VIEWS) {
                if (done.add(view)) {
                    toRegister.add(view);
                }
            }
        }
        // One registration per type: the bundle consults every view, so later views refine earlier ones.
        Set<Class<?>> types = new HashSet<>();
        for (View<?> view : toRegister) {
            if (types.add(view.type())) {
                try {
                    kernel.register(renderer, view.type(), Notebook::bundle);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    LOG.log(System.Logger.Level.DEBUG, "could not register a renderer for " + view.type(), e);
                }
            }
        }
    }

    private static List<KernelBridge> kernels() {
        List<KernelBridge> found = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String[] accessor : KERNEL_ACCESSORS) {
            Object kernel = KernelBridge.lookup(accessor[0], accessor[1], loaders());
            if (kernel != null && seen.add(kernel)) {
                found.add(new KernelBridge(kernel));
            }
        }
        return found;
    }

    private static List<ClassLoader> loaders() {
        List<ClassLoader> loaders = new ArrayList<>(2);
        loaders.add(Notebook.class.getClassLoader());
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null && context != loaders.get(0)) {
            loaders.add(context);
        }
        return loaders;
    }

    private static Object pageView(Page<?> page) {
        List<?> items = page.items();
        if (items.isEmpty()) {
            return null;
        }
        if (items.stream().allMatch(Look.class::isInstance)) {
            return LookSheet.of(items.stream().map(Look.class::cast).toList(), 4);
        }
        if (items.stream().allMatch(VideoInfo.class::isInstance)) {
            return VideoTable.of(items.stream().map(VideoInfo.class::cast).toList());
        }
        if (items.stream().allMatch(VoiceInfo.class::isInstance)) {
            return AudioPlayer.list(items.stream().map(VoiceInfo.class::cast).toList());
        }
        return null;
    }

    static String png(RenderedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new IllegalStateException("could not encode the image as PNG: " + e.getMessage(), e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /** A type and how to show it. */
    private record View<T>(Class<T> type, Function<? super T, ?> view) {
        Object apply(Object value) {
            try {
                return view.apply(type.cast(value));
            } catch (RuntimeException e) {
                // A view that fails (say, no network for a preview) must not cost the user their result.
                LOG.log(System.Logger.Level.DEBUG, "view for " + type.getName() + " failed", e);
                return null;
            }
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
