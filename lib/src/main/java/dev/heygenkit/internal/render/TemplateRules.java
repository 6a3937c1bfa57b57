package dev.heygenkit.internal.render;

import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.ProblemCodes;
import dev.heygenkit.api.TemplateInfo;
import dev.heygenkit.api.TemplateVariable;
import dev.heygenkit.api.TemplateVideoRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Preflight of a template request: locally the id, callback and media variables; against the API the template
 * exists and every variable its scenes use is filled, with the right kind, and none it does not know.
 */
final class TemplateRules {
    private final Findings f;
    private final AssetRules assets;

    TemplateRules(Findings findings, AssetRules assets) {
        this.f = findings;
        this.assets = assets;
    }

    void local(TemplateVideoRequest r) {
        if (Findings.blank(r.templateId())) {
            f.error(ProblemCodes.TEMPLATE_ID_MISSING, "template_id", "the template id is empty; pass one from "
                    + "client.templates().list() (heygen templates list)");
        }
        if (r.callbackUrl() != null && !Findings.httpUrl(r.callbackUrl())) {
            f.error(ProblemCodes.CALLBACK_URL_INVALID, "callback_url", "callback URL \"" + r.callbackUrl() + "\" is not "
                    + "an absolute http(s) URL; use a public https://… address the API can POST to");
        }
        r.variables().values().forEach(this::variable);
    }

    private void variable(TemplateVariable v) {
        String at = "variables." + v.name() + ".properties";
        String what = "template variable " + v.name();
        if (v instanceof TemplateVariable.Image i) {
            assets.asset(i.image(), at, what, AssetRules.Expect.IMAGE, "");
        } else if (v instanceof TemplateVariable.Video vid) {
            assets.asset(vid.video(), at, what, AssetRules.Expect.VIDEO, "");
        } else if (v instanceof TemplateVariable.Audio a) {
            assets.asset(a.audio(), at, what, AssetRules.Expect.AUDIO, "");
        } else if (v instanceof TemplateVariable.Voice voice && Findings.blank(voice.voiceId())) {
            f.error(ProblemCodes.VOICE_ID_MISSING, at + ".voice_id", what + " has an empty voice id; pass one from "
                    + "client.voices().list()");
        }
    }

    /** The checks that need the template itself, and the voices it is given. */
    static List<Problem> remote(TemplateVideoRequest r, Catalog catalog) {
        List<Problem> out = new ArrayList<>();
        if (Findings.blank(r.templateId())) {
            return out;
        }
        Optional<TemplateInfo> found = catalog.template(r.templateId());
        if (found.isEmpty()) {
            List<String> close = Suggest.closest(r.templateId(), catalog.knownTemplateIds());
            out.add(Problem.error(ProblemCodes.TEMPLATE_NOT_FOUND, "template_id", "template \"" + r.templateId()
                    + "\" does not exist" + Suggest.phrase(close) + (close.isEmpty()
                    ? "; list yours with client.templates().list() (heygen templates list)" : "")));
            return out;
        }
        TemplateInfo t = found.get();
        Map<String, String> declared = t.variableTypes();
        for (Map.Entry<String, String> need : required(t, r).entrySet()) {
            if (!r.variables().containsKey(need.getKey())) {
                out.add(Problem.error(ProblemCodes.TEMPLATE_VARIABLE_MISSING, "variables." + need.getKey(), "template "
                        + t.id() + " (" + t.name() + ") needs variable " + need.getKey() + " (" + need.getValue()
                        + "); fill it, e.g. .variable(\"" + need.getKey() + "\", \"…\")"));
            }
        }
        for (TemplateVariable v : r.variables().values()) {
            String type = declared.get(v.name());
            if (type == null) {
                List<String> close = Suggest.closest(v.name(), declared.keySet());
                out.add(Problem.error(ProblemCodes.TEMPLATE_VARIABLE_UNKNOWN, "variables." + v.name(), "template "
                        + t.id() + " has no variable " + v.name() + Suggest.phrase(close) + "; its variables are "
                        + String.join(", ", declared.keySet())));
            } else if (!type.equals(v.type())) {
                out.add(Problem.error(ProblemCodes.TEMPLATE_VARIABLE_TYPE, "variables." + v.name(), "template variable "
                        + v.name() + " is " + article(type) + " " + type + " variable, but " + article(v.type()) + " "
                        + v.type() + " value was given"));
            } else if (v instanceof TemplateVariable.Voice voice && !Findings.blank(voice.voiceId())
                    && catalog.voice(voice.voiceId()).isEmpty()) {
                out.add(Problem.error(ProblemCodes.VOICE_NOT_FOUND, "variables." + v.name() + ".properties.voice_id",
                        "voice \"" + voice.voiceId() + "\" of template variable " + v.name() + " does not exist; list "
                                + "voices with client.voices().list()"));
            }
        }
        return out;
    }

    /** The variables the rendered scenes use (only those of {@code scene_ids} when given), with their types. */
    private static Map<String, String> required(TemplateInfo t, TemplateVideoRequest r) {
        Map<String, String> out = new LinkedHashMap<>();
        for (TemplateInfo.Scene scene : t.scenes()) {
            if (r.sceneIds() != null && !r.sceneIds().contains(scene.sceneId())) {
                continue;
            }
            scene.variables().forEach(v -> out.putIfAbsent(v.name(), v.variableType()));
        }
        return out;
    }

    private static String article(String word) {
        return word != null && !word.isEmpty() && "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }
}
