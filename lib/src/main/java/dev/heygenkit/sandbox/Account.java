package dev.heygenkit.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What this sandbox account sees: the built-in {@link Fixtures} (less the private ones it deleted, with the names it
 * gave them) followed by the groups, looks and voices it created, in creation order. Every endpoint, rule and media
 * file asks this catalogue, so a created look lists, previews and renders like a fixture once it is completed.
 */
final class Account implements Catalog {
    private final Catalog fixtures;
    private final World world;

    Account(Catalog fixtures, World world) {
        this.fixtures = fixtures;
        this.world = world;
    }

    @Override
    public List<Group> groups() {
        synchronized (world) {
            List<Group> out = new ArrayList<>();
            fixtures.groups().stream().filter(g -> !world.hidden(g.id())).forEach(out::add);
            world.ownGroups().all().forEach(g -> out.add(group(g)));
            return out;
        }
    }

    @Override
    public List<Look> looks() {
        synchronized (world) {
            List<Look> out = new ArrayList<>();
            fixtures.looks().stream().filter(l -> !world.hidden(l.id())).forEach(l -> out.add(renamed(l)));
            world.ownLooks().all().forEach(l -> out.add(look(l)));
            return out;
        }
    }

    @Override
    public List<Voice> voices() {
        synchronized (world) {
            List<Voice> out = new ArrayList<>();
            fixtures.voices().stream().filter(v -> !world.hidden(v.id())).forEach(out::add);
            world.ownVoices().all().forEach(v -> out.add(voice(v)));
            return out;
        }
    }

    @Override
    public Group group(String id) {
        synchronized (world) {
            OwnGroup own = world.ownGroups().get(id);
            if (own != null) {
                return group(own);
            }
            Group g = fixtures.group(id);
            return g == null || world.hidden(id) ? null : g;
        }
    }

    @Override
    public Look look(String id) {
        synchronized (world) {
            OwnLook own = world.ownLooks().get(id);
            if (own != null) {
                return look(own);
            }
            Look l = fixtures.look(id);
            return l == null || world.hidden(id) ? null : renamed(l);
        }
    }

    @Override
    public Voice voice(String id) {
        synchronized (world) {
            OwnVoice own = world.ownVoices().get(id);
            if (own != null) {
                return voice(own);
            }
            Voice v = fixtures.voice(id);
            return v == null || world.hidden(id) ? null : v;
        }
    }

    private Look renamed(Look l) {
        String name = world.renamed(l.id());
        return name == null ? l : new Look(l.id(), name, l.groupId(), l.avatarType(), l.gender(), l.defaultVoiceId(),
                l.engines(), l.tags(), l.orientation(), l.width(), l.height(), l.matting(), l.status(), l.isPrivate(), l.error());
    }

    private Group group(OwnGroup g) {
        List<OwnLook> looks = world.ownLooks().all().stream().filter(l -> l.groupId().equals(g.id())).toList();
        String status = status(looks);
        Failure error = "failed".equals(status) ? looks.get(0).failure() : null;
        return new Group(g.id(), g.name(), g.gender(), null, true, status, g.createdAt().getEpochSecond(), g.consentStatus(), error);
    }

    /** A group is as far as its least advanced look: waiting for consent, training, failed when all failed, else completed. */
    private static String status(List<OwnLook> looks) {
        for (String s : List.of("pending_consent", "processing")) {
            if (looks.stream().anyMatch(l -> l.status().equals(s))) {
                return s;
            }
        }
        return !looks.isEmpty() && looks.stream().allMatch(l -> l.status().equals("failed")) ? "failed" : "completed";
    }

    private static Look look(OwnLook l) {
        boolean ready = l.status().equals("completed");
        return new Look(l.id(), l.name(), l.groupId(), l.avatarType(), l.gender(), null, OwnLook.ENGINES, List.of(l.kind()),
                ready ? l.orientation() : null, ready ? l.width() : null, ready ? l.height() : null, false, l.status(), true,
                l.failure());
    }

    private static Voice voice(OwnVoice v) {
        return new Voice(v.id(), v.name(), v.language(), v.gender(), true, v.origin().equals("design"), List.of("starfish"),
                "private", v.status(), v.createdAt().getEpochSecond(), v.failureMessage());
    }

    /** The full English name of a locale's language, e.g. {@code English} for {@code en-GB}, or null. */
    static String language(String locale) {
        if (locale == null || locale.isBlank()) {
            return null;
        }
        String name = Locale.forLanguageTag(locale.trim()).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() ? null : name;
    }
}
