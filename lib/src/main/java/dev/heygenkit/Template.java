package dev.heygenkit;

import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.api.AssetInput;
import dev.heygenkit.api.TemplateVariable;
import dev.heygenkit.api.TemplateVideoRequest;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A video from one of your HeyGen templates ({@code POST /v3/templates/{id}}): its variables filled in, with the same
 * terminal verbs as any spec ({@code check}, {@code submit}, {@code render}). Preflight compares the variables with
 * the template's own (missing and unknown names, with a did-you-mean) before anything is spent. Immutable.
 *
 * <pre>{@code Video v = Template.id("tpl_welcome").variable("first_name", "Ana").variable("company", "Acme").render(client);}</pre>
 */
public final class Template extends VideoSpec {
    /** Every field of the value: the request itself (it carries the template id). */
    private record State(TemplateVideoRequest request) {
    }

    private final State s;

    private Template(State s, boolean fresh, List<String> ignored) {
        super(fresh, ignored);
        this.s = s;
    }

    /** The template with this id (from {@code client.templates().list()} or {@code heygen templates list}). */
    public static Template id(String templateId) {
        Objects.requireNonNull(templateId, "template id");
        return new Template(new State(TemplateVideoRequest.builder().templateId(templateId).build()), false, List.of());
    }

    private Template with(UnaryOperator<TemplateVideoRequest.Builder> change) {
        return new Template(new State(change.apply(s.request.toBuilder()).build()), freshRequested(), ignoredList());
    }

    /** Fills a text variable, e.g. {@code variable("first_name", "Ana")}. */
    public Template variable(String name, String text) {
        return with(b -> b.variable(TemplateVariable.text(name, text)));
    }

    /** Fills a variable of any kind, e.g. {@code variable(TemplateVariable.voice("narrator", voiceId))}. */
    public Template variable(TemplateVariable value) {
        Objects.requireNonNull(value, "variable");
        return with(b -> b.variable(value));
    }

    /** Fills an image variable with a picture at a public URL. */
    public Template image(String name, URI url) {
        return variable(TemplateVariable.image(name, AssetInput.url(Objects.requireNonNull(url, "url").toString())));
    }

    /** Fills an image variable with a local PNG or JPEG, uploaded for you at submit time. */
    public Template image(String name, Path file) {
        return variable(TemplateVariable.image(name, AssetInput.file(file)));
    }

    /** Fills a voice variable. */
    public Template voice(String name, String voiceId) {
        return variable(TemplateVariable.voice(name, voiceId));
    }

    /** The title shown in the HeyGen dashboard. */
    public Template title(String title) {
        Objects.requireNonNull(title, "title");
        return with(b -> b.title(title));
    }

    /** A URL the API calls once when the video is ready. */
    public Template callback(String url) {
        Objects.requireNonNull(url, "callback url");
        return with(b -> b.callbackUrl(url));
    }

    /** Your id for this video, echoed in the callback. */
    public Template callbackId(String id) {
        Objects.requireNonNull(id, "callback id");
        return with(b -> b.callbackId(id));
    }

    /** Asks for captions. */
    public Template captions() {
        return with(b -> b.caption(Boolean.TRUE));
    }

    /** The output size in pixels (even, 128 to 4096). */
    public Template dimension(int width, int height) {
        return with(b -> b.dimension(width, height));
    }

    /** The template's id. */
    public String templateId() {
        return s.request.templateId();
    }

    @Override
    public Template fresh() {
        return (Template) super.fresh();
    }

    @Override
    public Template ignore(String... codes) {
        return (Template) super.ignore(codes);
    }

    @Override
    Template withPreferences(boolean fresh, List<String> ignored) {
        return new Template(s, fresh, ignored);
    }

    @Override
    Object state() {
        return s;
    }

    @Override
    public TemplateVideoRequest request() {
        return s.request;
    }

    @Override
    List<Problem> specProblems() {
        return new ArrayList<>();
    }

    /** The DSL expression that recreates this value. */
    @Override
    public String toString() {
        TemplateVideoRequest r = s.request;
        StringBuilder b = new StringBuilder("Template.id(").append(Dsl.str(r.templateId())).append(')');
        r.variables().values().forEach(v -> b.append(expr(v)));
        Dsl.step(b, "title", r.title());
        Dsl.step(b, "callback", r.callbackUrl());
        Dsl.step(b, "callbackId", r.callbackId());
        if (Boolean.TRUE.equals(r.caption())) {
            b.append(".captions()");
        }
        if (r.dimension() != null) {
            b.append(".dimension(").append(r.dimension().width()).append(", ").append(r.dimension().height()).append(')');
        }
        return preferenceSteps(b).toString();
    }

    private static String expr(TemplateVariable v) {
        String name = Dsl.str(v.name());
        if (v instanceof TemplateVariable.Text t) {
            return ".variable(" + name + ", " + Dsl.str(t.content()) + ")";
        }
        if (v instanceof TemplateVariable.Voice voice) {
            return ".voice(" + name + ", " + Dsl.str(voice.voiceId()) + ")";
        }
        if (v instanceof TemplateVariable.Image img && img.fit() == null && !(img.image() instanceof AssetInput.AssetId)) {
            return ".image(" + name + ", " + (img.image() instanceof AssetInput.Url u ? "URI.create(" + Dsl.str(u.url())
                    + ")" : "Path.of(" + Dsl.str(((AssetInput.LocalFile) img.image()).path().toString()) + ")") + ")";
        }
        if (v instanceof TemplateVariable.Image img) {
            return ".variable(TemplateVariable.image(" + name + ", " + asset(img.image()) + ", " + Dsl.str(img.fit()) + "))";
        }
        if (v instanceof TemplateVariable.Video video) {
            return ".variable(TemplateVariable.video(" + name + ", " + asset(video.video()) + ", "
                    + Dsl.str(video.playStyle()) + "))";
        }
        TemplateVariable.Audio audio = (TemplateVariable.Audio) v;
        return ".variable(TemplateVariable.audio(" + name + ", " + asset(audio.audio()) + "))";
    }

    private static String asset(AssetInput a) {
        if (a instanceof AssetInput.Url u) {
            return "AssetInput.url(" + Dsl.str(u.url()) + ")";
        }
        if (a instanceof AssetInput.LocalFile f) {
            return "AssetInput.file(Path.of(" + Dsl.str(f.path().toString()) + "))";
        }
        return "AssetInput.asset(" + Dsl.str(((AssetInput.AssetId) a).assetId()) + ")";
    }
}
