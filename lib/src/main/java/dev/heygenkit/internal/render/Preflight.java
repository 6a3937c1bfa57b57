package dev.heygenkit.internal.render;

import dev.heygenkit.ProblemCodes;
import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.api.AvatarVideoRequest;
import dev.heygenkit.api.CinematicAvatarRequest;
import dev.heygenkit.api.CreateVideoRequest;
import dev.heygenkit.api.ImageVideoRequest;
import dev.heygenkit.api.StudioVideoRequest;
import dev.heygenkit.api.TemplateVideoRequest;
import dev.heygenkit.api.VideoRequest;

import java.util.List;

/**
 * The local half of preflight: every rule of {@code POST /v3/videos} that can be checked without a request. The
 * rules live per concern ({@link FrameRules}, {@link SpeakerRules}, {@link VoiceRules}, {@link SceneRules},
 * {@link AssetRules}); this class runs them in field order. Nothing here does network I/O; local files are only read.
 *
 * <pre>{@code List<Problem> problems = Preflight.local(request);}</pre>
 */
public final class Preflight {
    private Preflight() {
    }

    /** Every problem in a request that can be found without network I/O, errors and warnings, in field order. */
    public static List<Problem> local(VideoRequest request) {
        Findings f = new Findings();
        AssetRules assets = new AssetRules(f);
        FrameRules frame = new FrameRules(f, assets);
        SceneRules scenes = new SceneRules(f, assets);
        if (request instanceof AvatarVideoRequest r) {
            if (Findings.blank(r.avatarId())) {
                f.error(ProblemCodes.AVATAR_ID_MISSING, "avatar_id", "the look id is empty; pass a look id from client.looks().list()");
            }
            frame.framing(r.framing());
            frame.options(r.options());
        } else if (request instanceof ImageVideoRequest r) {
            if (r.image() == null) {
                f.error(ProblemCodes.PHOTO_MISSING, "image", "the photo is missing; use Avatar.photo(Path.of(\"me.jpg\"))");
            }
            frame.framing(r.framing());
            frame.options(r.options());
        } else if (request instanceof CinematicAvatarRequest r) {
            scenes.cinematic(r);
        } else if (request instanceof StudioVideoRequest r) {
            scenes.studio(r, frame);
        } else if (request instanceof TemplateVideoRequest r) {
            new TemplateRules(f, assets).local(r);
        }
        SpeakerRules speakers = new SpeakerRules(f, assets);
        SpeakerSlot.of(request).forEach(speakers::check);
        return f.all();
    }
}
