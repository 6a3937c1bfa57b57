package dev.heygenkit.notebook;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Media copied into the markup as {@code data:} URIs, so a saved notebook, its HTML export and a notebook reopened
 * after the kernel stopped still show them when the kernel's sandbox or a presigned link is gone. Pictures are always
 * copied (scaled down to what is shown); audio and video only up to the {@link #limit()} per display. Fetches are
 * bounded in size and time, never carry the API key, and are cached by URL while the kernel runs.
 */
final class InlineMedia {
    /** Audio and video are copied up to this many bytes per display unless {@link #limit(long)} says otherwise. */
    static final long DEFAULT_LIMIT = 4L << 20;
    /** Pictures up to this size that are already JPEG, PNG or GIF go in unchanged. */
    static final int PICTURE_AS_IS = 96 * 1024;
    /** Pictures larger than this are not fetched at all. */
    static final long PICTURE_MAX = 16L << 20;
    /** How long one fetch may take. */
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private static final long CACHE_CHARS = 48L << 20;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private static final Map<String, String> CACHE = new LinkedHashMap<>(16, 0.75f, true);
    private static long cachedChars;
    private static volatile long limit = DEFAULT_LIMIT;
    private static volatile Fetcher fetcher = InlineMedia::http;

    private InlineMedia() {
    }

    /**
     * Gets the bytes behind a URL: null when they cannot be had, {@link Fetched#bytes()} null when they are more than
     * {@code maxBytes} (then nothing beyond the headers was read).
     */
    @FunctionalInterface
    interface Fetcher {
        Fetched fetch(String url, long maxBytes) throws IOException, InterruptedException;
    }

    /**
     * Fetched bytes.
     *
     * @param bytes       the body, or null when it was larger than asked for
     * @param contentType the Content-Type, or null
     */
    record Fetched(byte[] bytes, String contentType) {
    }

    /** What audio and video may take per display, in bytes; 0 turns copying off (pictures too). */
    static long limit() {
        return limit;
    }

    /** Sets the per-display limit for audio and video; 0 turns copying off, pictures included. */
    static void limit(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("inline limit " + bytes + " must be 0 (off) or a number of bytes");
        }
        limit = bytes;
    }

    /** Replaces how bytes are fetched (tests) and returns the previous way. */
    static Fetcher fetcher(Fetcher replacement) {
        Fetcher previous = fetcher;
        fetcher = replacement;
        clearCache();
        return previous;
    }

    /** Forgets every copy. */
    static synchronized void clearCache() {
        CACHE.clear();
        cachedChars = 0;
    }

    /** What audio and video of one display may take together. */
    static Budget budget() {
        return new Budget(limit);
    }

    /** Bytes one display may still copy. */
    static final class Budget {
        private long left;

        Budget(long bytes) {
            this.left = bytes;
        }

        /** The bytes left. */
        synchronized long left() {
            return left;
        }

        /** Spends what is left: after one medium too large for it, the display links the rest without trying. */
        synchronized void exhaust() {
            left = 0;
        }

        synchronized boolean take(long bytes) {
            if (bytes > left) {
                return false;
            }
            left -= bytes;
            return true;
        }
    }

    /**
     * The picture at {@code url} as a data URI at most {@code maxWidth} pixels wide, or null when copying is off or
     * the picture cannot be had (the caller then links to the URL).
     */
    static String picture(String url, int maxWidth) {
        if (limit == 0 || !fetchable(url)) {
            return null;
        }
        String key = "picture " + maxWidth + " " + url;
        String cached = cached(key);
        if (cached != null) {
            return cached;
        }
        Fetched got = get(url, PICTURE_MAX);
        if (got == null || got.bytes() == null) {
            return null;
        }
        String mime = mime(got.contentType(), url);
        BufferedImage image = decode(got.bytes());
        String uri;
        if (image == null) {
            // The JDK reads no WebP, but every browser does: a modest one goes in as it is.
            boolean webp = "image/webp".equals(mime) && got.bytes().length <= 4L * PICTURE_AS_IS;
            uri = webp ? dataUri(mime, got.bytes()) : null;
        } else if (got.bytes().length <= PICTURE_AS_IS && image.getWidth() <= maxWidth && mime != null
                && mime.matches("image/(jpeg|png|gif)")) {
            uri = dataUri(mime, got.bytes());
        } else {
            byte[] jpeg = scaledJpeg(image, maxWidth);
            uri = jpeg == null ? null : dataUri("image/jpeg", jpeg);
        }
        return remember(key, uri);
    }

    /**
     * The audio or video at {@code url} as a data URI when it fits the budget (which it then uses up), or null: the
     * caller links to the URL and says the link may expire.
     */
    static String media(String url, Budget budget) {
        if (budget.left() <= 0 || !fetchable(url)) {
            return null;
        }
        String key = "media " + url;
        String cached = cached(key);
        if (cached != null) {
            return budget.take(bytesOf(cached)) ? cached : null;
        }
        Fetched got = get(url, budget.left());
        if (got != null && got.bytes() == null) {
            budget.exhaust();
            return null;
        }
        String mime = got == null ? null : mime(got.contentType(), url);
        if (mime == null || !mime.matches("(audio|video)/.+") || !budget.take(got.bytes().length)) {
            return null;
        }
        return remember(key, dataUri(mime, got.bytes()));
    }

    /** {@link #picture} for many URLs at once, fetched in parallel; the answers are in the same order. */
    static java.util.List<String> pictures(java.util.List<String> urls, int maxWidth) {
        java.util.List<java.util.concurrent.CompletableFuture<String>> pending = new java.util.ArrayList<>();
        for (String url : urls) {
            pending.add(url == null ? java.util.concurrent.CompletableFuture.completedFuture(null)
                    : java.util.concurrent.CompletableFuture.supplyAsync(() -> picture(url, maxWidth), pool()));
        }
        return pending.stream().map(f -> f.exceptionally(e -> null).join()).toList();
    }

    private static java.util.concurrent.ExecutorService pool;

    private static synchronized java.util.concurrent.ExecutorService pool() {
        if (pool == null) {
            pool = java.util.concurrent.Executors.newFixedThreadPool(8, r -> {
                Thread t = new Thread(r, "heygen-inline-media");
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }

    /** Whether a URL is one a copy can be fetched from: http or https. */
    static boolean fetchable(String url) {
        String u = url == null ? "" : url.trim().toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }

    private static Fetched get(String url, long maxBytes) {
        try {
            return fetcher.fetch(url.trim(), maxBytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (IOException | RuntimeException e) {
            // An expired or unreachable link: the display links to it instead, with a note.
            return null;
        }
    }

    private static Fetched http(String url, long maxBytes) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build();
        HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            String type = response.headers().firstValue("content-type").orElse(null);
            long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
            if (response.statusCode() / 100 != 2) {
                return null;
            }
            if (declared > maxBytes) {
                return new Fetched(null, type);
            }
            byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
            return new Fetched(bytes.length > maxBytes ? null : bytes, type);
        }
    }

    /** The MIME type from the Content-Type, else from the file extension; null when neither says. */
    static String mime(String contentType, String url) {
        if (contentType != null && !contentType.isBlank()) {
            String type = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (type.matches("(image|audio|video)/[a-z0-9.+-]+")) {
                return type;
            }
        }
        String path;
        try {
            path = URI.create(url.trim().replace(" ", "%20")).getPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
        String ext = path == null || path.lastIndexOf('.') < 0 ? "" : path.substring(path.lastIndexOf('.') + 1)
                .toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "mp4", "m4v" -> "video/mp4";
            case "webm" -> "video/webm";
            case "mov" -> "video/quicktime";
            case "wav" -> "audio/wav";
            case "mp3" -> "audio/mpeg";
            case "m4a" -> "audio/mp4";
            case "ogg" -> "audio/ogg";
            case "jpg", "jpeg" -> "image/jpeg";
            case "png" -> "image/png";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            default -> null;
        };
    }

    /** The picture, or null when the JDK cannot read it (WebP, say). */
    private static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The picture scaled to at most {@code maxWidth} wide on white and written as JPEG; null if that fails. */
    private static byte[] scaledJpeg(BufferedImage source, int maxWidth) {
        try {
            double scale = Math.min(1.0, (double) maxWidth / source.getWidth());
            int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
            int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = out.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(source, 0, 0, w, h, Color.WHITE, null);
            } finally {
                g.dispose();
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(buffer)) {
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.85f);
                writer.setOutput(stream);
                writer.write(null, new IIOImage(out, null, null), param);
            } finally {
                writer.dispose();
            }
            return buffer.toByteArray();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String dataUri(String mime, byte[] bytes) {
        return "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    /** The decoded size of a base64 data URI. */
    private static long bytesOf(String dataUri) {
        int comma = dataUri.indexOf(',');
        return (dataUri.length() - comma - 1) * 3L / 4;
    }

    private static synchronized String cached(String key) {
        return CACHE.get(key);
    }

    private static synchronized String remember(String key, String value) {
        if (value == null || value.length() > CACHE_CHARS / 4) {
            return value;
        }
        String old = CACHE.put(key, value);
        cachedChars += value.length() - (old == null ? 0 : old.length());
        var eldest = CACHE.entrySet().iterator();
        while (cachedChars > CACHE_CHARS && eldest.hasNext()) {
            cachedChars -= eldest.next().getValue().length();
            eldest.remove();
        }
        return value;
    }
}
