package dev.heygenkit.internal.render;

import dev.heygenkit.ProblemCodes;
import dev.heygenkit.api.AspectRatio;
import dev.heygenkit.api.AssetInput;
import dev.heygenkit.api.AvatarInput;
import dev.heygenkit.api.CinematicAvatarRequest;
import dev.heygenkit.api.ImageScene;
import dev.heygenkit.api.Resolution;
import dev.heygenkit.api.SceneBackground;
import dev.heygenkit.api.StudioScene;
import dev.heygenkit.api.StudioVideoRequest;

import java.util.List;
import java.util.Set;

/** Preflight of the multi-part modes: a studio video's scenes and a cinematic clip's looks and references. */
final class SceneRules {
    /** The most scenes a studio video may have. */
    static final int MAX_SCENES = 50;
    private static final Set<String> IMAGE_EXT = Set.of("png", "jpg", "jpeg", "gif", "webp", "bmp");
    private static final Set<String> VIDEO_EXT = Set.of("mp4", "mov", "webm", "m4v");

    private final Findings f;
    private final AssetRules assets;

    SceneRules(Findings findings, AssetRules assets) {
        this.f = findings;
        this.assets = assets;
    }

    void studio(StudioVideoRequest r, FrameRules frame) {
        List<StudioScene> scenes = r.scenes() == null ? List.of() : r.scenes();
        if (scenes.isEmpty()) {
            f.error(ProblemCodes.SCENES_EMPTY, "scenes", "a studio video needs at least one scene; pass scenes to Scenes.of(...)");
        } else if (scenes.size() > MAX_SCENES) {
            f.error(ProblemCodes.SCENES_TOO_MANY, "scenes", "a studio video takes at most " + MAX_SCENES + " scenes, not "
                    + scenes.size() + "; split it into several videos");
        }
        frame.options(r.options());
        for (int i = 0; i < scenes.size(); i++) {
            scene(scenes.get(i), "scenes[" + i + "]", "scene " + (i + 1) + ": ");
        }
    }

    private void scene(StudioScene s, String at, String label) {
        if (s instanceof StudioScene.AvatarVideo av && av.input() instanceof AvatarInput in) {
            if (Findings.blank(in.avatarId())) {
                f.error(ProblemCodes.AVATAR_ID_MISSING, at + ".input.avatar_id", label + "the look id is empty; pass a look id "
                        + "from client.looks().list()");
            }
            if (in.background() instanceof SceneBackground.Color c) {
                f.color(c.color(), at + ".input.background.color", label);
            }
        } else if (s instanceof StudioScene.AvatarVideo av && av.input() == null) {
            f.error(ProblemCodes.SCENE_INPUT_MISSING, at + ".input", label + "the avatar scene has no look or photo");
        } else if (s instanceof ImageScene img) {
            if (img.source() == null) {
                f.error(ProblemCodes.SCENE_SOURCE_MISSING, at + ".source", label + "the still has no picture; use "
                        + "Scene.image(URI) or Scene.image(Path)");
            } else {
                assets.asset(img.source(), at + ".source", "picture", AssetRules.Expect.IMAGE, label);
            }
            if (img.duration() != null && !(img.duration() > 0 && img.duration() <= 300)) {
                f.error(ProblemCodes.SCENE_DURATION_RANGE, at + ".duration", label + "hold " + Findings.num(img.duration())
                        + " s is outside 0–300 s; use e.g. .hold(Duration.ofSeconds(5))");
            }
        } else if (s instanceof StudioScene.Clip clip) {
            if (clip.source() == null) {
                f.error(ProblemCodes.SCENE_SOURCE_MISSING, at + ".source", label + "the clip has no video; use "
                        + "Scene.video(URI) or Scene.video(Path)");
            } else {
                assets.asset(clip.source(), at + ".source", "clip", AssetRules.Expect.VIDEO, label);
            }
            Double volume = clip.playback() == null ? null : clip.playback().volume();
            if (volume != null && !Findings.within(volume, 0, 1)) {
                f.error(ProblemCodes.CLIP_VOLUME_RANGE, at + ".playback.volume", label + "clip volume " + Findings.num(volume)
                        + " is outside 0–1; use e.g. .volume(0.5) or .mute()");
            }
        }
    }

    void cinematic(CinematicAvatarRequest r) {
        if (Findings.blank(r.prompt())) {
            f.error(ProblemCodes.CINEMATIC_PROMPT_EMPTY, "prompt", "the cinematic prompt is empty; describe the clip, e.g. "
                    + "Avatar.cinematic(\"walks through a sunny park\", lookId)");
        }
        List<String> ids = r.avatarIds() == null ? List.of() : r.avatarIds();
        if (ids.isEmpty() || ids.size() > 3) {
            f.error(ProblemCodes.CINEMATIC_LOOKS_COUNT, "avatar_id", "a cinematic clip takes 1 to 3 looks, not " + ids.size()
                    + "; pass 1–3 look ids to Avatar.cinematic(prompt, ...)");
        }
        for (int i = 0; i < ids.size(); i++) {
            if (Findings.blank(ids.get(i))) {
                f.error(ProblemCodes.AVATAR_ID_MISSING, "avatar_id[" + i + "]", "look id " + (i + 1) + " of the cinematic clip "
                        + "is empty; pass a look id from client.looks().list()");
            }
        }
        if (r.duration() != null && (r.duration() < 4 || r.duration() > 15)) {
            f.error(ProblemCodes.CINEMATIC_DURATION_RANGE, "duration", "cinematic duration " + r.duration() + " s is outside "
                    + "4–15 s; use e.g. .duration(Duration.ofSeconds(10)) or .autoDuration()");
        }
        if (r.duration() != null && Boolean.TRUE.equals(r.autoDuration())) {
            f.error(ProblemCodes.CINEMATIC_DURATION_CONFLICT, "duration", "a cinematic clip takes a duration or auto duration, "
                    + "not both; drop .duration(...) or .autoDuration()");
        }
        if (r.aspectRatio() != null && !AspectRatio.CINEMATIC.contains(r.aspectRatio())) {
            f.error(ProblemCodes.ASPECT_RATIO_INVALID, "aspect_ratio", "aspect ratio \"" + r.aspectRatio() + "\" is not "
                    + "available for cinematic clips; use one of 16:9, 9:16, 1:1");
        }
        if (r.resolution() != null && !Resolution.CINEMATIC.contains(r.resolution())) {
            f.error(ProblemCodes.RESOLUTION_INVALID, "resolution", "resolution \"" + r.resolution() + "\" is not available for "
                    + "cinematic clips; use 720p or 1080p");
        }
        references(r.references() == null ? List.of() : r.references(), ids.size());
    }

    private void references(List<AssetInput> refs, int looks) {
        int images = 0;
        int videos = 0;
        for (int i = 0; i < refs.size(); i++) {
            AssetInput a = refs.get(i);
            assets.asset(a, "references[" + i + "]", "reference " + (i + 1), AssetRules.Expect.ANY, "");
            String ext = AssetRules.extension(a);
            if (IMAGE_EXT.contains(ext)) {
                images++;
            } else if (VIDEO_EXT.contains(ext)) {
                videos++;
            }
        }
        if (images + looks > 9 || videos > 3) {
            f.error(ProblemCodes.CINEMATIC_REFERENCES_TOO_MANY, "references", "a cinematic clip allows at most 9 images (looks "
                    + "included) and 3 videos; this one has " + (images + looks) + " images and " + videos
                    + " videos; drop some .reference(...) calls");
        }
    }
}
