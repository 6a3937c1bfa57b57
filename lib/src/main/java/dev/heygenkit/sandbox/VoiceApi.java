package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.sandbox.Catalog.Voice;
import dev.heygenkit.sandbox.Http.Req;
import dev.heygenkit.sandbox.Http.Resp;
import dev.heygenkit.sandbox.Http.Router;

import java.time.Instant;
import java.util.Locale;

/**
 * Your own voices: design (three voices matching a prompt, usable at once; the same prompt, gender, locale and seed
 * give the same voices), clone (from an audio sample, {@code processing} until {@link Trainings} finishes it) and
 * delete. Made voices are private: {@code GET /v3/voices?type=private} lists them and storyboards speak with them.
 */
final class VoiceApi extends ApiSupport {
    static final int DESIGNED = 3;

    private final World world;
    private final Account catalog;
    private final CatalogViews views;
    private final Ids ids;
    private final SandboxClock clock;
    private final AssetRules assets;

    VoiceApi(Services s) {
        super(s.validator());
        this.world = s.world();
        this.catalog = (Account) s.catalog();
        this.views = s.catalogViews();
        this.ids = s.ids();
        this.clock = s.clock();
        this.assets = new AssetRules(world);
    }

    @Override
    public void register(Router r) {
        r.add("POST", "/v3/voices", (req, p) -> design(req));
        r.add("POST", "/v3/voices/clone", (req, p) -> cloneVoice(req));
        r.add("DELETE", "/v3/voices/{voice_id}", (req, p) -> delete(p.get("voice_id")));
    }

    private Resp design(Req req) {
        JsonNode body = body(req);
        String prompt = body.get("prompt").asText();
        if (prompt.isBlank()) {
            throw ApiError.invalid("prompt", "prompt is empty; describe the voice, e.g. \"warm, mid-30s, British\"");
        }
        String gender = Json.str(body, "gender");
        String locale = Json.str(body, "locale");
        String language = locale == null ? "English" : Account.language(locale);
        if (language == null) {
            throw ApiError.invalid("locale", "locale \"" + locale + "\" is not a BCP-47 tag like en-GB");
        }
        long seed = body.path("seed").asLong(0);
        ObjectNode data = Json.object();
        data.put("seed", seed);
        ArrayNode voices = data.putArray("voices");
        synchronized (world) {
            Instant now = clock.now();
            for (int i = 0; i < DESIGNED; i++) {
                String id = "designed_" + Ids.hex(prompt + "|" + gender + "|" + locale + "|" + seed + "|" + i).substring(0, 24);
                if (world.ownVoices().get(id) == null) {
                    String g = gender != null ? gender.toLowerCase(Locale.ROOT)
                            : AvatarApi.gender(prompt) != null ? AvatarApi.gender(prompt) : i % 2 == 0 ? "female" : "male";
                    world.ownVoices().put(new OwnVoice(id, world.nextSeq(), title(prompt) + " #" + (seed * DESIGNED + i + 1),
                            language, g, "design", now, now, "complete", null));
                }
                voices.add(views.voiceListed(catalog.voice(id)));
            }
        }
        return Resp.data(data);
    }

    /** The first words of a prompt as a voice name, e.g. {@code Warm, mid-30s, British}. */
    private static String title(String prompt) {
        String t = prompt.strip().replaceAll("\\s+", " ");
        t = t.length() > 32 ? t.substring(0, 32).strip() + "…" : t;
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private Resp cloneVoice(Req req) {
        JsonNode body = body(req);
        String name = body.get("voice_name").asText();
        if (name.isBlank()) {
            throw ApiError.invalid("voice_name", "voice_name is empty; name the voice, e.g. \"Brand\"");
        }
        assets.check(body.get("audio"), "audio", "audio");
        String language = Json.str(body, "language");
        synchronized (world) {
            if (world.balance() <= 0) {
                throw new ApiError(402, "insufficient_credit", "the wallet is empty, so no voice can be cloned; start the "
                        + "sandbox with a higher credit balance", null, null);
            }
            Instant now = clock.now();
            String id = ids.next("voice", 32);
            world.ownVoices().put(new OwnVoice(id, world.nextSeq(), name, language == null ? "English" : language, "unknown",
                    "clone", now, now.plusSeconds(Trainings.CLONE_SECONDS), "processing", null));
            return Resp.data(Json.object().put("voice_clone_id", id));
        }
    }

    private Resp delete(String id) {
        synchronized (world) {
            if (world.ownVoices().remove(id) == null) {
                Voice v = catalog.voice(id);
                if (v == null) {
                    throw ApiError.notFound("voice_not_found", "voice " + id + " not found; list yours with GET /v3/voices?type=private");
                }
                if (!v.isPrivate()) {
                    throw ApiError.invalid(null, "voice " + id + " (" + v.name() + ") is a public voice; only your own voices can be deleted");
                }
                world.hide(id);
            }
            return Resp.data(Json.object().put("voice_id", id));
        }
    }
}
