package dev.heygenkit.internal.http;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code multipart/form-data} body with one file part, streamed from disk (constant memory) and replayable for
 * retries.
 *
 * @param contentType the header value with its boundary
 * @param publisher   the body; each call to {@link HttpRequest.BodyPublisher#subscribe} re-reads the file
 */
public record Multipart(String contentType, HttpRequest.BodyPublisher publisher) {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("mp4", "video/mp4"),
            Map.entry("mov", "video/quicktime"), Map.entry("webm", "video/webm"), Map.entry("mp3", "audio/mpeg"),
            Map.entry("wav", "audio/wav"), Map.entry("m4a", "audio/mp4"), Map.entry("pdf", "application/pdf"),
            Map.entry("srt", "application/x-subrip"));

    /** Builds the body for one file part named {@code field}; a null content type is guessed from the extension. */
    public static Multipart of(Path file, String field, String contentType) {
        String type = contentType != null ? contentType : contentTypeOf(file);
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        String boundary = "heygenkit-" + HexFormat.of().formatHex(b);
        String name = file.getFileName().toString().replace("\"", "'").replace("\r", "").replace("\n", "");
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: " + type + "\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        try {
            HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(
                    HttpRequest.BodyPublishers.ofByteArray(head.getBytes(StandardCharsets.UTF_8)),
                    HttpRequest.BodyPublishers.ofFile(file),
                    HttpRequest.BodyPublishers.ofByteArray(tail.getBytes(StandardCharsets.UTF_8)));
            return new Multipart("multipart/form-data; boundary=" + boundary, body);
        } catch (java.io.FileNotFoundException e) {
            throw new dev.heygenkit.HeyGenException("file_not_found", "File " + file + " does not exist.",
                    "Check the path.", e);
        }
    }

    /** The MIME type for a file name's extension, {@code application/octet-stream} when unknown. */
    public static String contentTypeOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "application/octet-stream" : TYPES.getOrDefault(name.substring(dot + 1), "application/octet-stream");
    }
}
