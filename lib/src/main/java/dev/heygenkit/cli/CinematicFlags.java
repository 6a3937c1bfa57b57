package dev.heygenkit.cli;

import dev.heygenkit.Avatar;
import dev.heygenkit.Cinematic;
import dev.heygenkit.api.AssetInput;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code --cinematic PROMPT} with the looks of {@code --look a,b,c} and the cinematic flags of {@link SpecOptions}:
 * a prompt-driven clip has no script, voice, background or avatar tuning, so those flags are usage errors here.
 */
final class CinematicFlags {
    private CinematicFlags() {
    }

    static Cinematic spec(SpecOptions o, Io io) {
        List<String> clash = new ArrayList<>();
        SpecOptions.addIf(clash, o.photo != null, "--photo");
        SpecOptions.addIf(clash, !o.say.isEmpty() || o.scriptFile != null, "--say/--script-file");
        SpecOptions.addIf(clash, o.voice != null || o.speed != null || o.pitch != null || o.volume != null || o.locale != null,
                "--voice/--speed/--pitch/--volume/--locale");
        SpecOptions.addIf(clash, o.audio != null, "--audio");
        SpecOptions.addIf(clash, o.bg != null, "--bg");
        SpecOptions.addIf(clash, o.engine != null || o.motion != null || o.expressiveness != null, "--engine/--motion/--expressiveness");
        SpecOptions.addIf(clash, o.fit != null || o.transparent || o.removeBackground, "--fit/--transparent/--remove-background");
        SpecOptions.addIf(clash, o.captions || o.burnCaptions, "--captions/--burn-captions");
        SpecOptions.addIf(clash, o.callback != null || o.callbackId != null, "--callback/--callback-id");
        SpecOptions.addIf(clash, o.watermark != null, "--watermark");
        if (!clash.isEmpty()) {
            throw new Durations.UsageException(String.join(", ", clash) + " cannot be combined with --cinematic; a cinematic "
                    + "clip is described by its prompt, looks, --reference, --duration, --aspect, --resolution and --title");
        }
        if (o.look == null || o.look.isBlank()) {
            throw new Durations.UsageException("--cinematic needs the looks it shows: --look LOOK_ID (up to three, comma-separated)");
        }
        String[] looks = Arrays.stream(o.look.split(",")).map(String::strip).toArray(String[]::new);
        Cinematic c = Avatar.cinematic(o.cinematic, looks);
        for (String ref : o.references) {
            AssetInput in = Inputs.of(ref, io);
            c = in instanceof AssetInput.Url u ? c.reference(URI.create(u.url()))
                    : in instanceof AssetInput.AssetId id ? c.referenceAsset(id.assetId()) : c.reference(io.path(ref));
        }
        if (o.duration != null) {
            c = o.duration.equalsIgnoreCase("auto") ? c.autoDuration() : c.duration(seconds(o.duration));
        }
        if (o.enhancePrompt) {
            c = c.enhancePrompt();
        }
        if (o.aspect != null) {
            c = c.aspect(o.aspect);
        }
        if (o.resolution != null) {
            c = c.resolution(o.resolution);
        }
        return o.title == null ? c : c.title(o.title);
    }

    /** {@code 8} or {@code 8.5} seconds, or {@code 8s}. */
    private static Duration seconds(String value) {
        try {
            BigDecimal s = new BigDecimal(value.strip().replaceFirst("s$", ""));
            return Duration.ofMillis(s.movePointRight(3).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new Durations.UsageException("--duration " + value + " is not a number of seconds or auto; use e.g. 8 or auto");
        }
    }
}
