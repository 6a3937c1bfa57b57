package dev.heygenkit.sandbox;

import dev.heygenkit.sandbox.Http.Req;
import dev.heygenkit.sandbox.Http.Resp;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sandbox's stand-in for HeyGen's storage host: public look and voice previews, presigned (HMAC, expiring)
 * video, speech and asset files, the presigned PUT target of direct uploads, and the consent page a digital twin's
 * person opens to agree (HeyGen's web page in the real service). Errors look like a storage service's (XML, 403 on
 * expiry), not like the API's.
 */
final class MediaApi {
    private static final Pattern LOOK = Pattern.compile("/_media/looks/([^/]+)\\.png");
    private static final Pattern VOICE = Pattern.compile("/_media/voices/([^/]+)\\.wav");
    private static final Pattern VIDEO = Pattern.compile("/_media/videos/([^/]+)/(video\\.mp4|captioned\\.mp4|thumbnail\\.jpg|preview\\.gif|subtitles\\.srt)");
    private static final Pattern SPEECH = Pattern.compile("/_media/speech/([^/]+)\\.wav");
    private static final Pattern ASSET = Pattern.compile("/_media/assets/([^/]+)/[^/]+");
    private static final Pattern UPLOAD = Pattern.compile("/_upload/([^/]+)");
    private static final Pattern CONSENT = Pattern.compile("/_media/consent/([^/]+)");

    private final Catalog catalog;
    private final MediaStore media;
    private final World world;
    private final Urls urls;
    private final SandboxClock clock;
    private final Trainings trainings;

    MediaApi(Services s) {
        this.catalog = s.catalog();
        this.media = s.media();
        this.world = s.world();
        this.urls = s.urls();
        this.clock = s.clock();
        this.trainings = s.trainings();
    }

    Resp handle(Req req) {
        try {
            if (req.method().equals("PUT")) {
                Matcher m = UPLOAD.matcher(req.path());
                return m.matches() ? upload(req, m.group(1)) : storageError(405, "MethodNotAllowed", "only GET is allowed here");
            }
            if (!req.method().equals("GET") && !req.method().equals("HEAD")) {
                return storageError(405, "MethodNotAllowed", "only GET is allowed on media URLs");
            }
            return download(req);
        } catch (UnsupportedOperationException e) {
            Resp r = new Resp(503, "text/plain; charset=utf-8", ("sandbox media generation is not available in this build ("
                    + e.getMessage() + "); the API itself works, media files do not yet").getBytes(StandardCharsets.UTF_8));
            return r.header("Retry-After", "60");
        }
    }

    private Resp download(Req req) {
        Matcher m;
        if ((m = LOOK.matcher(req.path())).matches()) {
            Catalog.Look l = catalog.look(m.group(1));
            return l == null || !l.ready() ? noSuchKey() : file("image/png", media.lookPreview(l));
        }
        if ((m = VOICE.matcher(req.path())).matches()) {
            Catalog.Voice v = catalog.voice(m.group(1));
            return v == null || !v.ready() ? noSuchKey() : file("audio/wav", media.voicePreview(v));
        }
        Resp denied = checkSignature(req);
        if (denied != null) {
            return denied;
        }
        if ((m = VIDEO.matcher(req.path())).matches()) {
            return videoFile(m.group(1), m.group(2));
        }
        if ((m = SPEECH.matcher(req.path())).matches()) {
            SpeechClip clip = world.speech().get(m.group(1));
            return clip == null ? noSuchKey() : file("audio/wav", media.speech(clip));
        }
        if ((m = CONSENT.matcher(req.path())).matches()) {
            return consent(m.group(1));
        }
        if ((m = ASSET.matcher(req.path())).matches()) {
            synchronized (world) {
                Asset a = world.assets().get(m.group(1));
                return a == null || !a.usable() ? noSuchKey() : file(a.mime(), a.bytes());
            }
        }
        return noSuchKey();
    }

    /** The person behind a digital twin agrees: training starts, and the page says so or sends them on. */
    private Resp consent(String groupId) {
        String reroute;
        String name;
        synchronized (world) {
            OwnGroup g = world.ownGroups().get(groupId);
            if (g == null || g.consentStatus() == null) {
                return noSuchKey();
            }
            if (g.consentStatus().equals("pending")) {
                trainings.consented(groupId, clock.now());
            }
            reroute = g.rerouteUrl();
            name = g.name();
        }
        if (reroute != null) {
            return new Resp(302, "text/plain; charset=utf-8", new byte[0]).header("Location", reroute);
        }
        String html = "<!doctype html><title>Consent recorded</title><p>Thank you. Consent for the avatar <b>"
                + name.replace("&", "&amp;").replace("<", "&lt;") + "</b> is recorded and its training has started; "
                + "you can close this page.</p>";
        return new Resp(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private Resp videoFile(String id, String name) {
        VideoJob v;
        synchronized (world) {
            v = world.liveVideo(id);
            if (v == null || !v.status(clock.now()).equals("completed")) {
                return noSuchKey();
            }
        }
        if (name.equals("captioned.mp4") && !v.plan().burnCaptions()) {
            return noSuchKey();
        }
        String type = switch (name) {
            case "thumbnail.jpg" -> "image/jpeg";
            case "preview.gif" -> "image/gif";
            case "subtitles.srt" -> "application/x-subrip";
            default -> "video/mp4";
        };
        return file(type, media.videoFile(v, name));
    }

    private Resp checkSignature(Req req) {
        String expires = req.query("expires");
        String signature = req.query("signature");
        if (expires == null || signature == null) {
            return storageError(403, "AccessDenied", "Request is not signed; re-fetch the URL from the API");
        }
        if (!urls.validSignature(req.path(), expires, signature)) {
            return storageError(403, "SignatureDoesNotMatch", "The request signature does not match; use the URL exactly as the API returned it");
        }
        long at;
        try {
            at = Long.parseLong(expires);
        } catch (NumberFormatException e) {
            return storageError(403, "AccessDenied", "Request has an invalid expiry");
        }
        if (!clock.now().isBefore(Instant.ofEpochSecond(at))) {
            return storageError(403, "AccessDenied", "Request has expired; GET the resource from the API again for a fresh URL");
        }
        return null;
    }

    private Resp upload(Req req, String assetId) {
        Resp denied = checkSignature(req);
        if (denied != null) {
            return denied;
        }
        byte[] body = req.body();
        synchronized (world) {
            Asset a = world.liveAsset(assetId);
            if (a == null) {
                return noSuchKey();
            }
            if (!a.awaitingBytes()) {
                return storageError(409, "InvalidRequest", "This upload is already completed");
            }
            String ct = req.header("Content-Type");
            if (ct == null || !ct.equalsIgnoreCase(a.declaredType())) {
                return storageError(403, "SignatureDoesNotMatch", "Content-Type must be sent exactly as in upload_headers (" + a.declaredType() + "), got " + ct);
            }
            if (body.length != a.expectedSize()) {
                return storageError(400, "IncompleteBody", "The body is " + body.length + " bytes but size_bytes was " + a.expectedSize());
            }
            if (a.checksum() != null) {
                String sent = req.header(AssetApi.CHECKSUM_HEADER);
                if (sent == null || !sent.equals(AssetApi.checksumHeader(a.checksum()))) {
                    return storageError(400, "InvalidRequest", "Send the " + AssetApi.CHECKSUM_HEADER + " header from upload_headers");
                }
                if (!Ids.hexBytes(body).equals(a.checksum())) {
                    return storageError(400, "BadDigest", "The SHA-256 of the body does not match checksum_sha256");
                }
            }
            a.receive(body);
            return new Resp(200, null, new byte[0]).header("ETag", "\"" + Ids.hexBytes(body).substring(0, 32) + "\"");
        }
    }

    private static Resp file(String type, byte[] bytes) {
        return new Resp(200, type, bytes).header("Cache-Control", "private, max-age=3600");
    }

    private static Resp noSuchKey() {
        return storageError(404, "NoSuchKey", "The specified key does not exist");
    }

    static Resp storageError(int status, String code, String message) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
                + message.replace("&", "&amp;").replace("<", "&lt;") + "</Message></Error>";
        return new Resp(status, "application/xml", xml.getBytes(StandardCharsets.UTF_8));
    }
}
