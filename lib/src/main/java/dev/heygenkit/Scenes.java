package dev.heygenkit;

import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.api.CreateVideoRequest;
import dev.heygenkit.api.StudioScene;
import dev.heygenkit.api.StudioVideoRequest;
import dev.heygenkit.api.VideoOptions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A studio video ({@code type=studio}): 1 to 50 scenes rendered in order into one video. Immutable; every step returns
 * a new value.
 *
 * <pre>{@code Scenes.of(Avatar.look(a).say("Intro"), Scene.image(URI.create(url)).hold(Duration.ofSeconds(3)),
 *           Avatar.look(b).say("More")).aspect("9:16").render(client);}</pre>
 */
public final class Scenes extends VideoOptionSteps<Scenes> {
    /** Every field of the value: the scenes and the whole-video options block. */
    private record State(List<Scene> scenes, VideoOptions options) {
    }

    private final State s;

    private Scenes(State s, boolean fresh, List<String> ignored) {
        super(fresh, ignored);
        this.s = s;
    }

    /** The scenes, in order. */
    public static Scenes of(Scene... scenes) {
        return of(Arrays.asList(scenes));
    }

    /** The scenes, in order. */
    public static Scenes of(List<? extends Scene> scenes) {
        Objects.requireNonNull(scenes, "scenes");
        scenes.forEach(s -> Objects.requireNonNull(s, "scene"));
        return new Scenes(new State(List.copyOf(scenes), VideoOptions.NONE), false, List.of());
    }

    /** A copy with more scenes appended. */
    public Scenes then(Scene... more) {
        List<Scene> all = new ArrayList<>(s.scenes);
        for (Scene scene : more) {
            all.add(Objects.requireNonNull(scene, "scene"));
        }
        return new Scenes(new State(List.copyOf(all), s.options), freshRequested(), ignoredList());
    }

    @Override
    Scenes options(UnaryOperator<VideoOptions.Builder> change) {
        return new Scenes(new State(s.scenes, change.apply(s.options.toBuilder()).build()), freshRequested(),
                ignoredList());
    }

    @Override
    Scenes withPreferences(boolean fresh, List<String> ignored) {
        return new Scenes(s, fresh, ignored);
    }

    @Override
    Object state() {
        return s;
    }

    /** The scenes, in order. */
    public List<Scene> scenes() {
        return s.scenes;
    }

    @Override
    public CreateVideoRequest request() {
        return build(new ArrayList<>());
    }

    @Override
    List<Problem> specProblems() {
        List<Problem> out = new ArrayList<>();
        build(out);
        return out;
    }

    private StudioVideoRequest build(List<Problem> problems) {
        List<StudioScene> out = new ArrayList<>();
        for (int i = 0; i < s.scenes.size(); i++) {
            Scene scene = s.scenes.get(i);
            if (scene instanceof Avatar a) {
                out.add(a.toScene(i, problems));
            } else if (scene instanceof Scene.Still still) {
                out.add(still.toScene(i, problems));
            } else if (scene instanceof Scene.Clip clip) {
                out.add(clip.toScene());
            }
        }
        return new StudioVideoRequest(out, s.options);
    }

    /** The DSL expression that recreates this value. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Scenes.of(")
                .append(s.scenes.stream().map(Object::toString).collect(Collectors.joining(", "))).append(')');
        Dsl.options(b, s.options);
        return preferenceSteps(b).toString();
    }
}
