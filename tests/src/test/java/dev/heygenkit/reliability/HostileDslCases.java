package dev.heygenkit.reliability;

import dev.heygenkit.Avatar;
import dev.heygenkit.Background;
import dev.heygenkit.Scene;
import dev.heygenkit.Scenes;
import dev.heygenkit.Template;
import dev.heygenkit.Video;
import dev.heygenkit.Voice;
import dev.heygenkit.reliability.HostileWorld.Expect;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Hostile values handed to the DSL and the typed client; {@code submit} preflights, then POSTs without waiting. */
final class HostileDslCases {
    private HostileDslCases() {
    }

    static List<Hostile> cases(HostileWorld w) {
        Path dir = w.dir();
        List<Hostile> c = new ArrayList<>();
        c.add(w.dsl("dsl-look-traversal", "Avatar.look(\"../../v3/videos\").say(\"Hi\").submit", Expect.REFUSE,
                k -> Avatar.look("../../v3/videos").say("Hi").submit(k).id()));
        c.add(w.dsl("dsl-look-null", "Avatar.look(null)", Expect.LOCAL, k -> Avatar.look(null)));
        c.add(w.dsl("dsl-look-blank", "Avatar.look(\"  \").say(\"Hi\").submit", Expect.LOCAL, k -> Avatar.look("  ").say("Hi").submit(k).id()));
        c.add(w.dsl("dsl-look-huge", "Avatar.look(<10 000 chars>).say(\"Hi\").submit", Expect.REFUSE,
                k -> Avatar.look("x".repeat(10_000)).say("Hi").submit(k).id()));
        c.add(w.dsl("dsl-say-null", "say(null)", Expect.LOCAL, k -> Avatar.look("anna").say(null)));
        c.add(w.dsl("dsl-say-empty", "say(\"\").submit", Expect.LOCAL, k -> Avatar.look("anna").say("").submit(k).id()));
        c.add(w.dsl("dsl-speed-nan", "Voice.lookDefault().speed(NaN), check()", Expect.LOCAL,
                k -> problems(Avatar.look("anna").say("Hi").voice(Voice.lookDefault().speed(Double.NaN)).check())));
        c.add(w.dsl("dsl-speed-inf", "speed(Infinity).submit", Expect.LOCAL,
                k -> Avatar.look("anna").say("Hi").voice(Voice.lookDefault().speed(Double.POSITIVE_INFINITY)).submit(k).id()));
        c.add(w.dsl("dsl-pitch-nan", "pitch(NaN).toJson()", Expect.LOCAL,
                k -> Avatar.look("anna").say("Hi").voice(Voice.lookDefault().pitch(Double.NaN)).toJson()));
        c.add(w.dsl("dsl-volume-neg", "volume(-1).submit", Expect.LOCAL,
                k -> Avatar.look("anna").say("Hi").voice(Voice.lookDefault().volume(-1)).submit(k).id()));
        c.add(w.dsl("dsl-color", "Background.color(\"#ZZZ\")", Expect.LOCAL,
                k -> Avatar.look("anna").say("Hi").on(Background.color("#ZZZ")).submit(k).id()));
        c.add(w.dsl("dsl-pause-neg", "pause(-1 s)", Expect.LOCAL, k -> Avatar.look("anna").say("Hi").pause(Duration.ofSeconds(-1)).submit(k).id()));
        c.add(w.dsl("dsl-break-nan", "say(\"<break time=\\\"NaNs\\\"/>\")", Expect.LOCAL,
                k -> Avatar.look("anna").say("Hi <break time=\"NaNs\"/> there").submit(k).id()));
        c.add(w.dsl("dsl-scenes-none", "Scenes.of()", Expect.LOCAL, k -> Scenes.of().submit(k).id()));
        c.add(w.dsl("dsl-scenes-51", "Scenes.of(51 scenes)", Expect.LOCAL,
                k -> Scenes.of(Collections.nCopies(51, Avatar.look("anna").say("Hi"))).submit(k).id()));
        c.add(w.dsl("dsl-photo-fifo", "Avatar.photo(<FIFO>).submit", Expect.LOCAL,
                k -> Avatar.photo(HostileWorld.fifo(dir.resolve("photo.png"))).say("Hi").submit(k).id()));
        c.add(w.dsl("dsl-photo-passwd", "Avatar.photo(/etc/passwd).submit", Expect.LOCAL,
                k -> Avatar.photo(Path.of("/etc/passwd")).say("Hi").submit(k).id()));
        c.add(w.dsl("dsl-photo-devzero", "Avatar.photo(/dev/zero).submit", Expect.LOCAL,
                k -> Avatar.photo(Path.of("/dev/zero")).say("Hi").submit(k).id()));
        c.add(w.dsl("dsl-image-huge", "Scene.image(<sparse 2 GB .png>).submit", Expect.LOCAL,
                k -> Scenes.of(Scene.image(HostileWorld.sparse(dir.resolve("huge.png"), 2L << 30)).hold(Duration.ofSeconds(2))).submit(k).id()));
        c.add(w.dsl("dsl-title-ctl", "title with ESC, BEL, NUL, U+202E", Expect.ANY,
                k -> Avatar.look("anna").say("Hi").title("a\u001b]0;pwn\u0007\u0000\u202Eb").toJson().length() + " chars of JSON"));
        c.add(w.dsl("dsl-template-var", "Template.id(\"t\").variable(null, \"x\")", Expect.LOCAL, k -> Template.id("t").variable(null, "x")));
        c.add(w.dsl("dsl-video-traversal", "Video.of(client, \"../../v3/users/me\")", Expect.REFUSE, k -> Video.of(k, "../../v3/users/me")));
        c.add(w.dsl("dsl-statuses-comma", "videos().statuses([\"a,b\"])", Expect.LOCAL, k -> k.videos().statuses(List.of("a,b"))));
        return c;
    }

    private static String problems(List<?> problems) {
        if (problems.isEmpty()) {
            return "no problems";
        }
        throw new IllegalArgumentException(problems.size() + " problem(s): " + problems.get(0));
    }
}
