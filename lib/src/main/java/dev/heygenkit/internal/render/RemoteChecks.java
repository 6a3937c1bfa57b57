package dev.heygenkit.internal.render;

import dev.heygenkit.ProblemCodes;
import dev.heygenkit.HeyGenException;
import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.api.AvatarGroup;
import dev.heygenkit.api.AvatarVideoRequest;
import dev.heygenkit.api.CinematicAvatarRequest;
import dev.heygenkit.api.CreateVideoRequest;
import dev.heygenkit.api.Engine;
import dev.heygenkit.api.Look;
import dev.heygenkit.api.Resolution;
import dev.heygenkit.api.StudioVideoRequest;
import dev.heygenkit.api.TemplateVideoRequest;
import dev.heygenkit.api.VideoRequest;
import dev.heygenkit.api.VoiceInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The remote half of preflight: looks and voices exist and are ready, voice gender fits the look, the engine is one
 * the look supports, mode rules that depend on the look's type, and the default voice when none is given. Answers
 * are cached per client.
 */
public final class RemoteChecks {
    private final Catalog catalog;
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private RemoteChecks(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * What the remote checks found.
     *
     * @param problems errors and warnings
     * @param notes    informational lines, e.g. which default voice will speak
     */
    public record Result(List<Problem> problems, List<String> notes) {
    }

    /** Runs every remote check of a request against the context's API. */
    public static Result run(VideoRequest request, RenderContext ctx) {
        RemoteChecks c = new RemoteChecks(Catalog.of(ctx));
        c.check(request);
        return new Result(List.copyOf(c.problems), List.copyOf(c.notes));
    }

    private void check(VideoRequest request) {
        if (request instanceof TemplateVideoRequest t) {
            problems.addAll(TemplateRules.remote(t, catalog));
            return;
        }
        Resolution resolution = request instanceof AvatarVideoRequest a ? a.options().resolution()
                : request instanceof StudioVideoRequest s ? s.options().resolution() : null;
        for (SpeakerSlot s : SpeakerSlot.of(request)) {
            if (s.lookId() != null && !s.lookId().isBlank()) {
                look(s.lookId(), s.at() + "avatar_id", s.label()).ifPresent(look -> lookRules(s, look, resolution));
            }
            if (s.voiceId() != null && !s.voiceId().isBlank() && s.speaksScript()) {
                voice(s);
            }
        }
        if (request instanceof CinematicAvatarRequest c && c.avatarIds() != null) {
            for (int i = 0; i < c.avatarIds().size(); i++) {
                String id = c.avatarIds().get(i);
                if (id != null && !id.isBlank()) {
                    look(id, "avatar_id[" + i + "]", "");
                }
            }
        }
    }

    private String prefix(String label) {
        return label.isEmpty() ? "" : label + ": ";
    }

    private Optional<Look> look(String id, String param, String label) {
        Optional<Look> look = catalog.look(id);
        if (look.isPresent()) {
            Look l = look.get();
            if (!l.isReady()) {
                String why = l.error() == null ? "" : " (" + l.error().code() + ": " + l.error().message() + ")";
                problems.add(Problem.error(ProblemCodes.LOOK_NOT_READY, param, prefix(label) + "look " + id + " (" + l.name()
                        + ") is " + l.status() + why + "; wait until it is completed"
                        + ("pending_consent".equals(l.status()) ? " (consent is pending)" : "") + " or pick another look"));
            }
            return look;
        }
        Optional<AvatarGroup> group = quietly(() -> catalog.group(id), Optional.empty());
        if (group.isPresent()) {
            List<Look> looks = quietly(() -> catalog.looksOfGroup(id), List.of());
            String list = looks.isEmpty() ? "list them with client.looks().list(LookQuery.of().groupId(\"" + id + "\"))"
                    : String.join(", ", looks.stream().limit(5).map(l -> l.id() + " (" + l.name() + ")").toList());
            problems.add(Problem.error(ProblemCodes.LOOK_IS_GROUP, param, prefix(label) + "\"" + id + "\" is an avatar group ("
                    + group.get().name() + "), not a look; use one of its looks: " + list));
        } else {
            List<String> close = Suggest.closest(id, quietly(catalog::knownLookIds, List.of()));
            problems.add(Problem.error(ProblemCodes.LOOK_NOT_FOUND, param, prefix(label) + "look \"" + id + "\" does not exist"
                    + Suggest.phrase(close) + (close.isEmpty() ? "; list looks with client.looks().list()" : "")));
        }
        return Optional.empty();
    }

    private void lookRules(SpeakerSlot s, Look look, Resolution resolution) {
        String label = prefix(s.label());
        String type = look.avatarType() == null ? "unknown" : look.avatarType().value();
        boolean video = look.avatarType() != null && look.avatarType().isVideo();
        boolean photo = look.avatarType() != null && look.avatarType().isPhoto();
        String engine = s.engine() == null ? "avatar_iv" : s.engine().type();
        if (!look.supportedApiEngines().isEmpty() && !look.supports(engine)) {
            problems.add(Problem.error(ProblemCodes.ENGINE_UNSUPPORTED, s.at() + "engine", label + "look " + look.id() + " ("
                    + look.name() + ") does not render with " + engine + (s.engine() == null ? " (the default)" : "")
                    + "; it supports " + String.join(", ", look.supportedApiEngines()) + ", e.g. .engine(\""
                    + look.supportedApiEngines().get(0) + "\")"));
        }
        if (video && s.motionPrompt() != null && !(s.engine() instanceof Engine.AvatarV)) {
            problems.add(Problem.error(ProblemCodes.MOTION_PROMPT_VIDEO_AVATAR, s.at() + "motion_prompt", label + "look "
                    + look.id() + " is a " + type + " (a video avatar), which takes a motion prompt only with "
                    + "Avatar V; add .engine(\"avatar_v\") or drop .motion(...)"));
        }
        if (video && s.expressiveness() != null) {
            problems.add(Problem.error(ProblemCodes.EXPRESSIVENESS_VIDEO_AVATAR, s.at() + "expressiveness", label + "look "
                    + look.id() + " is a " + type + "; expressiveness is for photo avatars only, drop .expressiveness(...)"));
        }
        if (photo && Resolution.UHD_4K.equals(resolution) && s.engine() instanceof Engine.AvatarIII) {
            problems.add(Problem.error(ProblemCodes.RESOLUTION_4K_PHOTO_AVATAR, "resolution", label + "look " + look.id()
                    + " is a photo avatar, which cannot render 4k on Avatar III; use .resolution(\"1080p\") or "
                    + "another engine"));
        }
        if (photo && Boolean.TRUE.equals(s.removeBackground())) {
            problems.add(Problem.warning(ProblemCodes.REMOVE_BACKGROUND_PHOTO, s.at() + "remove_background", label + "look "
                    + look.id() + " is a photo avatar; background removal needs a video avatar trained with matting"));
        }
        if (s.speaksScript() && (s.voiceId() == null)) {
            defaultVoice(s, look);
        }
        if (s.voiceId() != null && !s.voiceId().isBlank() && s.speaksScript() && look.gender() != null) {
            catalog.voice(s.voiceId()).ifPresent(v -> gender(s, look, v));
        }
    }

    private void defaultVoice(SpeakerSlot s, Look look) {
        String label = prefix(s.label());
        if (look.defaultVoiceId() == null || look.defaultVoiceId().isBlank()) {
            String language = language(s);
            List<VoiceInfo> fit = quietly(() -> catalog.voicesFitting(known(look.gender()), language), List.of());
            String list = fit.isEmpty() ? "list them with client.voices().list()"
                    : "voices that fit: " + String.join(", ", fit.stream().map(RemoteChecks::describe).toList());
            problems.add(Problem.error(ProblemCodes.VOICE_DEFAULT_MISSING, s.at() + "voice_id", label + "look " + look.id() + " ("
                    + look.name() + ") has no default voice, so add .voice(\"<voice_id>\"); " + list));
            return;
        }
        notes.add(label + "no voice given: look " + look.id() + " speaks with its default voice " + look.defaultVoiceId());
        if (Breaks.present(s.script())) {
            catalog.voice(look.defaultVoiceId()).ifPresent(v -> pauses(s, v));
        }
    }

    private void voice(SpeakerSlot s) {
        String label = prefix(s.label());
        Optional<VoiceInfo> voice = catalog.voice(s.voiceId());
        if (voice.isEmpty()) {
            List<String> close = Suggest.closest(s.voiceId(), quietly(catalog::knownVoiceIds, List.of()));
            problems.add(Problem.error(ProblemCodes.VOICE_NOT_FOUND, s.at() + "voice_id", label + "voice \"" + s.voiceId()
                    + "\" does not exist" + Suggest.phrase(close)
                    + (close.isEmpty() ? "; list voices with client.voices().list()" : "")));
            return;
        }
        VoiceInfo v = voice.get();
        if (v.status() != null && !v.status().equals("complete") && !v.status().equals("completed")) {
            problems.add(Problem.error(ProblemCodes.VOICE_NOT_READY, s.at() + "voice_id", label + "voice " + v.id() + " is "
                    + v.status() + (v.failureMessage() == null ? "" : " (" + v.failureMessage() + ")")
                    + "; wait for the clone to complete or pick another voice"));
        }
        pauses(s, v);
    }

    private void pauses(SpeakerSlot s, VoiceInfo v) {
        if (v.supportPause() != null && !v.supportPause() && Breaks.present(s.script())) {
            problems.add(Problem.warning(ProblemCodes.VOICE_PAUSES_UNSUPPORTED, s.at() + "script", prefix(s.label()) + "voice "
                    + v.id() + " does not support pauses, so <break/> tags are ignored; pick a voice with pauses"
                    + " or remove them"));
        }
    }

    private void gender(SpeakerSlot s, Look look, VoiceInfo v) {
        String lg = known(look.gender());
        String vg = known(v.gender());
        if (lg == null || vg == null || lg.equals(vg)) {
            return;
        }
        List<VoiceInfo> fit = quietly(() -> catalog.voicesFitting(lg, v.language()), List.of());
        String list = fit.isEmpty() ? "" : " such as " + String.join(", ", fit.stream().map(RemoteChecks::describe).toList());
        problems.add(Problem.error(ProblemCodes.VOICE_GENDER_MISMATCH, s.at() + "voice_id", prefix(s.label()) + "voice " + v.id()
                + " (" + v.name() + ") is " + vg + " but look " + look.id() + " (" + look.name() + ") is " + lg
                + "; pick a " + lg + " voice" + list + ", or .ignore(\"voice_gender_mismatch\") if intended"));
    }

    private static String known(String gender) {
        if (gender == null) {
            return null;
        }
        String g = gender.trim().toLowerCase(Locale.ROOT);
        return g.equals("male") || g.equals("female") ? g : null;
    }

    private static String language(SpeakerSlot s) {
        String locale = s.settings() == null ? null : s.settings().locale();
        if (locale != null) {
            String name = Locale.forLanguageTag(locale).getDisplayLanguage(Locale.ENGLISH);
            if (!name.isBlank()) {
                return name;
            }
        }
        return "English";
    }

    private static <T> T quietly(Supplier<T> lookup, T fallback) {
        try {
            return lookup.get();
        } catch (HeyGenException e) {
            // a suggestion is a courtesy: failing to fetch one must not hide the real problem
            return fallback;
        }
    }

    private static String describe(VoiceInfo v) {
        return v.id() + " (" + v.name() + (v.gender() == null ? "" : ", " + v.gender())
                + (v.language() == null ? "" : ", " + v.language()) + ")";
    }
}
