package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.sandbox.Http.Req;
import dev.heygenkit.sandbox.Http.Resp;
import dev.heygenkit.sandbox.Http.Router;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Assets: multipart upload, the direct (presigned PUT) upload flow, list (beta: needs the username), get and delete. */
final class AssetApi extends ApiSupport {
    static final int MAX_UPLOAD = 32 * 1024 * 1024;
    static final Duration UPLOAD_WINDOW = Duration.ofHours(1);
    static final String CHECKSUM_HEADER = "x-amz-checksum-sha256";
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

    private final World world;
    private final Ids ids;
    private final Urls urls;
    private final SandboxClock clock;
    private final Paging paging;

    AssetApi(Services s) {
        super(s.validator());
        this.world = s.world();
        this.ids = s.ids();
        this.urls = s.urls();
        this.clock = s.clock();
        this.paging = s.paging();
    }

    @Override
    public void register(Router r) {
        r.add("POST", "/v3/assets", (req, p) -> upload(req));
        r.add("POST", "/v3/assets/direct-uploads", (req, p) -> directUpload(req));
        r.add("POST", "/v3/assets/{asset_id}/complete", (req, p) -> complete(req, p.get("asset_id")));
        r.add("GET", "/v3/assets", (req, p) -> list(req));
        r.add("GET", "/v3/assets/{asset_id}", (req, p) -> get(p.get("asset_id")));
        r.add("DELETE", "/v3/assets/{asset_id}", (req, p) -> delete(p.get("asset_id")));
    }

    private record Part(String filename, byte[] bytes) {
    }

    private Resp upload(Req req) {
        String ct = req.header("Content-Type");
        Matcher m = ct == null ? null : BOUNDARY.matcher(ct);
        if (ct == null || !ct.toLowerCase(Locale.ROOT).startsWith("multipart/form-data") || !m.find()) {
            throw ApiError.invalid("file", "send multipart/form-data with one part named file (Content-Type was " + ct + ")");
        }
        Part part = filePart(req.body(), m.group(1));
        if (part == null) {
            throw ApiError.invalid("file", "the multipart body has no part named file; name the upload part file");
        }
        if (part.bytes().length > MAX_UPLOAD) {
            throw new ApiError(413, "payload_too_large", "file is " + part.bytes().length + " bytes, over the 32 MB limit; use POST /v3/assets/direct-uploads", "file", null);
        }
        if (part.bytes().length == 0) {
            throw ApiError.invalid("file", "file is empty; upload the file's bytes");
        }
        String mime = Sniff.mime(part.bytes());
        if (mime == null) {
            throw ApiError.invalid("file", "file " + part.filename() + " is not a supported type; upload png, jpeg, mp4, webm, mp3, wav, pdf or srt");
        }
        String name = part.filename() == null || part.filename().isBlank() ? "upload." + Sniff.extension(mime) : part.filename();
        Asset a = Asset.uploaded(ids.next("asset", 32), world.nextSeq(), name, clock.now(), mime, part.bytes());
        world.assets().put(a);
        ObjectNode data = Json.object();
        data.put("asset_id", a.id());
        data.put("url", url(a));
        data.put("mime_type", mime);
        data.put("size_bytes", a.bytes().length);
        return Resp.data(data);
    }

    private static Part filePart(byte[] body, String boundary) {
        byte[] delim = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int pos = indexOf(body, delim, 0);
        while (pos >= 0) {
            int headerStart = pos + delim.length;
            if (headerStart + 2 <= body.length && body[headerStart] == '-' && body[headerStart + 1] == '-') {
                return null;
            }
            headerStart += 2;
            int headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headerStart);
            if (headerEnd < 0) {
                return null;
            }
            String headers = new String(body, headerStart, headerEnd - headerStart, StandardCharsets.UTF_8);
            int next = indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), headerEnd + 4);
            if (next < 0) {
                return null;
            }
            Matcher name = NAME.matcher(headers);
            if (name.find() && name.group(1).equals("file")) {
                Matcher fn = FILENAME.matcher(headers);
                byte[] content = java.util.Arrays.copyOfRange(body, headerEnd + 4, next);
                return new Part(fn.find() ? fn.group(1) : null, content);
            }
            pos = next + 2;
        }
        return null;
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private Resp directUpload(Req req) {
        JsonNode body = body(req);
        long size = body.get("size_bytes").asLong();
        if (size < 1 || size > MAX_UPLOAD) {
            throw ApiError.invalid("size_bytes", "size_bytes " + size + " is out of range; files are 1 byte to 32 MB");
        }
        String ct = body.get("content_type").asText();
        if (!ct.matches("[a-z]+/[a-zA-Z0-9.+-]+")) {
            throw ApiError.invalid("content_type", "content_type \"" + ct + "\" is not a MIME type like image/png");
        }
        String checksum = Json.str(body, "checksum_sha256");
        if (checksum != null && !checksum.matches("[0-9a-fA-F]{64}")) {
            throw ApiError.invalid("checksum_sha256", "checksum_sha256 must be 64 hex digits (the SHA-256 of the file)");
        }
        Instant now = clock.now();
        Asset a = Asset.pending(ids.next("asset", 32), world.nextSeq(), body.get("filename").asText(), now, size, ct,
                checksum == null ? null : checksum.toLowerCase(Locale.ROOT));
        world.assets().put(a);
        Duration window = urls.ttl().compareTo(UPLOAD_WINDOW) < 0 ? urls.ttl() : UPLOAD_WINDOW;
        ObjectNode data = Json.object();
        data.put("asset_id", a.id());
        data.put("upload_url", urls.signedUntil("/_upload/" + a.id(), now.plus(window)));
        ObjectNode headers = data.putObject("upload_headers");
        headers.put("Content-Type", ct);
        if (a.checksum() != null) {
            headers.put(CHECKSUM_HEADER, checksumHeader(a.checksum()));
        }
        data.put("expires_in_seconds", window.getSeconds());
        data.put("max_bytes", size);
        data.put("status", "pending_upload");
        return Resp.data(data);
    }

    /** The {@value #CHECKSUM_HEADER} value of a hex SHA-256: its bytes in base64. */
    static String checksumHeader(String hexSha256) {
        return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hexSha256));
    }

    private Asset find(String id) {
        Asset a = world.liveAsset(id);
        if (a == null) {
            throw ApiError.notFound("asset_not_found", "asset " + id + " not found; upload it with POST /v3/assets");
        }
        return a;
    }

    private Resp complete(Req req, String id) {
        JsonNode body = req.body().length == 0 ? Json.object() : body(req);
        synchronized (world) {
            Asset a = find(id);
            if (a.bytes() == null) {
                throw new ApiError(409, "conflict", "asset " + id + " has no uploaded bytes yet; PUT the file to its upload_url first", "asset_id", null);
            }
            String checksum = Json.str(body, "checksum_sha256");
            if (checksum != null) {
                String actual = Ids.hexBytes(a.bytes());
                if (!actual.equalsIgnoreCase(checksum)) {
                    throw ApiError.invalid("checksum_sha256", "checksum_sha256 does not match the uploaded bytes (sha256 " + actual + "); upload the file again");
                }
            }
            String mime = a.mime();
            if (mime == null) {
                mime = Sniff.mime(a.bytes());
                if (mime == null) {
                    throw ApiError.invalid("content_type", "the uploaded bytes are not a supported type; upload png, jpeg, mp4, webm, mp3, wav, pdf or srt");
                }
                if (a.declaredType() != null && !Sniff.kind(mime).equals(Sniff.kind(a.declaredType()))) {
                    throw ApiError.invalid("content_type", "content_type was declared " + a.declaredType() + " but the bytes are " + mime + "; declare the real type");
                }
            }
            a.complete(mime);
            ObjectNode data = Json.object();
            data.put("asset_id", a.id());
            data.put("url", url(a));
            data.put("mime_type", a.mime());
            data.put("size_bytes", a.bytes().length);
            data.put("status", a.status());
            return Resp.data(data);
        }
    }

    /** The account's usable assets, oldest first; the sandbox user is {@code sandbox}, and only the root folder exists. */
    private Resp list(Req req) {
        int limit = limit(req);
        String username = req.query("username");
        if (username == null || username.isBlank()) {
            throw ApiError.invalid("username", "username is required (this endpoint is beta); pass the username from GET /v3/users/me");
        }
        String folder = req.query("folder_id");
        List<Asset> all;
        synchronized (world) {
            all = world.assets().all().stream().filter(Asset::usable)
                    .filter(a -> username.equals("sandbox") && (folder == null || folder.isEmpty())).toList();
        }
        Paging.Page<Asset> page = paging.page(all, Asset::seq, "assets", username + "|" + folder, limit, req.query("token"));
        synchronized (world) {
            return list(page, this::info);
        }
    }

    private Resp get(String id) {
        synchronized (world) {
            return Resp.data(info(find(id)));
        }
    }

    /** An asset's metadata as GET answers it. */
    private ObjectNode info(Asset a) {
        ObjectNode data = Json.object();
        data.put("id", a.id());
        data.put("name", a.name());
        data.put("owner", "sandbox");
        data.put("space_id", "sandbox-space");
        data.put("type", a.usable() ? a.kind() : Sniff.kind(a.declaredType()));
        data.put("uploaded_at", a.createdAt().getEpochSecond());
        data.putNull("folder_id");
        data.put("url", a.usable() ? url(a) : null);
        return data;
    }

    private Resp delete(String id) {
        synchronized (world) {
            Asset a = find(id);
            a.delete();
            ObjectNode data = Json.object();
            data.put("id", a.id());
            return Resp.data(data);
        }
    }

    private String url(Asset a) {
        return urls.signed("/_media/assets/" + a.id() + "/file." + Sniff.extension(a.mime()));
    }
}
