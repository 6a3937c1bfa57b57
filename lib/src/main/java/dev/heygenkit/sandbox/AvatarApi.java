package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.internal.media.Media;
import dev.heygenkit.sandbox.Catalog.Group;
import dev.heygenkit.sandbox.Catalog.Look;
import dev.heygenkit.sandbox.Http.Req;
import dev.heygenkit.sandbox.Http.Resp;
import dev.heygenkit.sandbox.Http.Router;

import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

/**
 * Your own avatars: create one from a photo, a prompt or a training video (digital twin), give a twin its consent,
 * rename and delete looks, delete groups. A created look trains on the clock ({@link Trainings}); a digital twin
 * waits in {@code pending_consent} until {@code POST /v3/avatars/{group_id}/consent} brings a consent video or the
 * person opens the consent URL it returns. Stock (public) avatars cannot be changed.
 */
final class AvatarApi extends ApiSupport {
    /** The prompt length HeyGen enforces for prompt avatars. */
    static final int PROMPT_LIMIT = 1000;

    private final World world;
    private final Account catalog;
    private final CatalogViews views;
    private final Ids ids;
    private final Urls urls;
    private final SandboxClock clock;
    private final Trainings trainings;
    private final AssetRules assets;

    AvatarApi(Services s) {
        super(s.validator());
        this.world = s.world();
        this.catalog = (Account) s.catalog();
        this.views = s.catalogViews();
        this.ids = s.ids();
        this.urls = s.urls();
        this.clock = s.clock();
        this.trainings = s.trainings();
        this.assets = new AssetRules(world);
    }

    @Override
    public void register(Router r) {
        r.add("POST", "/v3/avatars", (req, p) -> create(req));
        r.add("POST", "/v3/avatars/{group_id}/consent", (req, p) -> consent(req, p.get("group_id")));
        r.add("DELETE", "/v3/avatars/{group_id}", (req, p) -> deleteGroup(p.get("group_id")));
        r.add("PATCH", "/v3/avatars/looks/{look_id}", (req, p) -> rename(req, p.get("look_id")));
        r.add("DELETE", "/v3/avatars/looks/{look_id}", (req, p) -> deleteLook(p.get("look_id")));
    }

    /** What a create body makes: the look's shape, its photo (when it has one) and its gender. */
    private record Made(int width, int height, byte[] photo, String gender) {
    }

    private Resp create(Req req) {
        JsonNode body = body(req);
        String kind = body.get("type").asText();
        String name = body.get("name").asText();
        if (name.isBlank()) {
            throw ApiError.invalid("name", "name is empty; name the avatar, e.g. \"CEO\"");
        }
        Made made = switch (kind) {
            case "photo" -> photo(body.get("file"));
            case "digital_twin" -> twin(body.get("file"));
            case "prompt" -> prompt(body);
            default -> throw ApiError.invalid("type", "type \"" + kind + "\" is not an avatar kind; use photo, prompt or digital_twin");
        };
        synchronized (world) {
            if (world.balance() <= 0) {
                throw new ApiError(402, "insufficient_credit", "the wallet is empty, so no avatar can be created; start the "
                        + "sandbox with a higher credit balance", null, null);
            }
            Instant now = clock.now();
            OwnGroup group = group(Json.str(body, "avatar_group_id"), name, kind, made.gender(), now);
            boolean waitsForConsent = "pending".equals(group.consentStatus());
            String lookId = ids.next("look", 32);
            OwnLook look = new OwnLook(lookId, world.nextSeq(), group.id(), name,
                    kind.equals("digital_twin") ? "digital_twin" : "photo_avatar", kind, made.gender(), made.width(), made.height(),
                    made.photo(), null, "pending_consent", null);
            if (!waitsForConsent) {
                look = look.training(now.plusSeconds(Trainings.seconds(kind)));
            }
            world.ownLooks().put(look);
            ObjectNode data = Json.object();
            data.set("avatar_group", views.group(catalog.group(group.id())));
            data.set("avatar_item", views.look(catalog.look(lookId)));
            return Resp.data(data);
        }
    }

    /** The group a new look joins: a private one named by {@code avatar_group_id}, or a new one. */
    private OwnGroup group(String groupId, String name, String kind, String gender, Instant now) {
        if (groupId == null) {
            OwnGroup g = new OwnGroup(ids.next("avatar_group", 32), world.nextSeq(), name, kind, gender, now,
                    kind.equals("digital_twin") ? "pending" : null, null);
            world.ownGroups().put(g);
            return g;
        }
        OwnGroup own = world.ownGroups().get(groupId);
        if (own != null) {
            return own;
        }
        Group g = catalog.group(groupId);
        if (g == null || !g.isPrivate()) {
            throw ApiError.invalid("avatar_group_id", "avatar_group_id " + groupId + " is not one of your avatar groups; "
                    + "omit it for a new group, or pick one from GET /v3/avatars?ownership=private");
        }
        // a private fixture group takes new looks without consent: it is already trained
        return new OwnGroup(g.id(), 0, g.name(), kind, g.gender(), Instant.ofEpochSecond(g.createdAt()), null, null);
    }

    private Made photo(JsonNode file) {
        assets.check(file, "file", "image");
        byte[] bytes = bytes(file);
        if (bytes == null) {
            // a photo behind a URL cannot be fetched offline: a generated portrait stands in
            return new Made(1024, 1024, null, null);
        }
        int[] size = Media.imageSize(bytes);
        if (size == null) {
            throw ApiError.invalid("file", "file is not a picture that can be decoded; upload a complete PNG or JPEG photo");
        }
        return new Made(size[0], size[1], bytes, null);
    }

    private Made twin(JsonNode file) {
        assets.check(file, "file", "video");
        return new Made(1920, 1080, null, null);
    }

    private Made prompt(JsonNode body) {
        String prompt = body.get("prompt").asText();
        if (prompt.isBlank() || prompt.length() > PROMPT_LIMIT) {
            throw ApiError.invalid("prompt", "prompt must be 1 to " + PROMPT_LIMIT + " characters, not " + prompt.length()
                    + "; describe the presenter, e.g. \"a friendly presenter in a navy blazer\"");
        }
        JsonNode refs = body.get("reference_images");
        if (refs != null && refs.isArray()) {
            for (int i = 0; i < refs.size(); i++) {
                assets.check(refs.get(i), "reference_images[" + i + "]", "image");
            }
        }
        String base = Json.str(body, "avatar_id");
        if (base != null && catalog.look(base) == null) {
            throw ApiError.invalid("avatar_id", "avatar_id " + base + " is not a look the sandbox knows; omit it or pick one from GET /v3/avatars/looks");
        }
        return new Made(768, 1024, null, gender(prompt));
    }

    /** The gender a prompt names, or null. */
    static String gender(String prompt) {
        String p = " " + prompt.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ") + " ";
        if (p.matches(".* (woman|women|female|girl|lady|she|her) .*")) {
            return "female";
        }
        return p.matches(".* (man|men|male|guy|gentleman|he|his) .*") ? "male" : null;
    }

    /** The bytes of an uploaded or inline input, or null for a URL. */
    private byte[] bytes(JsonNode input) {
        return switch (input.path("type").asText()) {
            case "asset_id" -> world.liveAsset(input.get("asset_id").asText()).bytes();
            case "base64" -> Base64.getDecoder().decode(input.get("data").asText().replaceAll("\\s", ""));
            default -> null;
        };
    }

    private Resp consent(Req req, String groupId) {
        JsonNode body = req.body().length == 0 ? Json.object() : body(req);
        synchronized (world) {
            OwnGroup g = world.ownGroups().get(groupId);
            if (g == null) {
                if (catalog.group(groupId) == null) {
                    throw ApiError.notFound("avatar_not_found", "avatar group " + groupId + " not found; list yours with GET /v3/avatars?ownership=private");
                }
                throw ApiError.invalid(null, "avatar group " + groupId + " needs no consent; only new digital twins wait for it");
            }
            if (g.consentStatus() == null) {
                throw ApiError.invalid(null, "avatar group " + groupId + " is a " + g.kind() + " avatar, which needs no consent; only digital twins do");
            }
            String reroute = Json.str(body, "reroute_url");
            if (reroute != null) {
                Checks.httpUrl(reroute, "reroute_url");
            }
            JsonNode video = body.get("consent_video");
            if (video != null && !video.isNull()) {
                assets.check(video, "consent_video", "video");
            }
            String url = null;
            if (g.consentStatus().equals("pending")) {
                if (video != null && !video.isNull()) {
                    trainings.consented(groupId, clock.now());
                } else {
                    world.ownGroups().put(g.consentPending(reroute));
                    url = urls.signed(consentPath(groupId));
                }
            }
            ObjectNode data = Json.object();
            data.set("avatar_group", views.group(catalog.group(groupId)));
            data.put("url", url);
            return Resp.data(data);
        }
    }

    /** The path of a group's consent page, which the person opens to agree (see {@link MediaApi}). */
    static String consentPath(String groupId) {
        return "/_media/consent/" + groupId;
    }

    private Resp deleteGroup(String id) {
        synchronized (world) {
            OwnGroup own = world.ownGroups().remove(id);
            if (own == null) {
                Group g = catalog.group(id);
                if (g == null) {
                    throw ApiError.notFound("avatar_not_found", "avatar group " + id + " not found; list yours with GET /v3/avatars?ownership=private");
                }
                if (!g.isPrivate()) {
                    throw ApiError.invalid(null, "avatar group " + id + " (" + g.name() + ") is a stock avatar; only your own avatar groups can be deleted");
                }
                catalog.looksOf(id).forEach(l -> world.hide(l.id()));
                world.hide(id);
            }
            world.ownLooks().all().stream().filter(l -> l.groupId().equals(id)).forEach(l -> world.ownLooks().remove(l.id()));
            return Resp.data(Json.object().put("id", id));
        }
    }

    /** A look that exists and may be changed (photo avatars and digital twins, not stock studio avatars). */
    private Look changeable(String id, String verb) {
        Look l = catalog.look(id);
        if (l == null) {
            throw ApiError.notFound("avatar_not_found", "avatar look " + id + " not found; list yours with GET /v3/avatars/looks?ownership=private");
        }
        if (l.avatarType().equals("studio_avatar")) {
            throw ApiError.invalid(null, "look " + id + " is a studio avatar, which cannot be " + verb + "; only photo_avatar and digital_twin looks can");
        }
        return l;
    }

    private Resp rename(Req req, String id) {
        JsonNode body = body(req);
        String name = Json.str(body, "name");
        synchronized (world) {
            changeable(id, "renamed");
            if (name != null) {
                if (name.isBlank()) {
                    throw ApiError.invalid("name", "name is empty; give the look a name or leave name out");
                }
                OwnLook own = world.ownLooks().get(id);
                if (own != null) {
                    world.ownLooks().put(own.renamed(name));
                } else {
                    world.rename(id, name);
                }
            }
            return Resp.data(views.look(catalog.look(id)));
        }
    }

    /** Deletes a look; deleting the last look of a group deletes the group, as HeyGen does. */
    private Resp deleteLook(String id) {
        synchronized (world) {
            Look l = changeable(id, "deleted");
            if (world.ownLooks().remove(id) == null) {
                world.hide(id);
            }
            if (catalog.looksOf(l.groupId()).isEmpty()) {
                if (world.ownGroups().remove(l.groupId()) == null) {
                    world.hide(l.groupId());
                }
            }
            return Resp.data(Json.object().put("id", id));
        }
    }
}
