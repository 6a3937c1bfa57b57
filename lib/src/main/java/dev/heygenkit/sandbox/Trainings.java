package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Created looks and cloned voices on the sandbox clock. A photo look trains {@value #PHOTO_SECONDS} s, a prompt look
 * {@value #PROMPT_SECONDS} s, a digital twin {@value #TWIN_SECONDS} s counted from its consent, a voice clone
 * {@value #CLONE_SECONDS} s (HeyGen's own: 30–90 s for photos, 1–3 min for prompts). With the sandbox failure rate, some
 * end {@code failed} instead, picked from the seed and their order. A finished look is announced as a webhook event.
 */
final class Trainings implements Settler {
    static final int PHOTO_SECONDS = 45;
    static final int PROMPT_SECONDS = 90;
    static final int TWIN_SECONDS = 240;
    static final int CLONE_SECONDS = 60;

    private final World world;
    private final Ids ids;
    private final double failureRate;
    private final Events events;
    private final Consumer<String> listener;

    Trainings(World world, Ids ids, double failureRate, Events events, Consumer<String> listener) {
        this.world = world;
        this.ids = ids;
        this.failureRate = failureRate;
        this.events = events;
        this.listener = listener;
    }

    /** How long a look made this way trains once it may start. */
    static int seconds(String kind) {
        return switch (kind) {
            case "prompt" -> PROMPT_SECONDS;
            case "digital_twin" -> TWIN_SECONDS;
            default -> PHOTO_SECONDS;
        };
    }

    /** The webhook event type family of a look made this way. */
    static String eventFamily(String kind) {
        return switch (kind) {
            case "prompt" -> "photo_avatar_generation";
            case "digital_twin" -> "instant_avatar";
            default -> "photo_avatar_train";
        };
    }

    /** Records a digital twin's consent and starts training the looks that waited for it; the caller holds the world. */
    void consented(String groupId, Instant now) {
        OwnGroup g = world.ownGroups().get(groupId);
        world.ownGroups().put(g.consentApproved());
        for (OwnLook l : world.ownLooks().all()) {
            if (l.groupId().equals(groupId) && l.status().equals("pending_consent")) {
                world.ownLooks().put(l.training(now.plusSeconds(seconds(l.kind()))));
            }
        }
        listener.accept("sandbox: consent given for avatar group " + groupId + "; training started");
    }

    @Override
    public void settle(Instant now) {
        List<OwnLook> looks = world.ownLooks().all().stream()
                .filter(l -> l.status().equals("processing") && !now.isBefore(l.readyAt()))
                .sorted(Comparator.comparing(OwnLook::readyAt)).toList();
        for (OwnLook l : looks) {
            boolean fails = fails("look", l.id());
            Catalog.Failure why = fails ? new Catalog.Failure("training_failed", "The avatar could not be trained from this "
                    + (l.kind().equals("prompt") ? "prompt" : "input") + " (simulated by the sandbox failure rate); create it again") : null;
            OwnLook done = l.settled(why);
            world.ownLooks().put(done);
            listener.accept("sandbox: look " + l.id() + " " + done.status());
            ObjectNode data = Json.object();
            data.put("avatar_group_id", l.groupId());
            data.put("avatar_id", l.id());
            data.put("status", done.status());
            if (why != null) {
                data.put("error", why.message());
            }
            events.emit(eventFamily(l.kind()) + (why == null ? ".success" : ".fail"), l.groupId(), data, l.readyAt(), null);
        }
        for (OwnVoice v : world.ownVoices().all()) {
            if (v.status().equals("processing") && !now.isBefore(v.readyAt())) {
                boolean fails = fails("voice", v.id());
                world.ownVoices().put(v.settled(fails ? "The voice could not be cloned from this sample (simulated by the "
                        + "sandbox failure rate); clone it again with another recording" : null));
                listener.accept("sandbox: voice " + v.id() + (fails ? " failed" : " complete"));
            }
        }
    }

    /** Which trainings fail depends on the seed and their order, like renders. */
    private boolean fails(String kind, String id) {
        return failureRate > 0 && ids.unit("training-failure", kind + "#" + ids.ordinal(id)) < failureRate;
    }
}
