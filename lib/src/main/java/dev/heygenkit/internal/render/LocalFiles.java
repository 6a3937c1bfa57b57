package dev.heygenkit.internal.render;

import dev.heygenkit.api.AssetInput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Local files: what their first bytes say they are, their size and hash, and their placeholders in a request's JSON
 * ({@code local-file:<absolute path>}, which {@code toJson()} shows and the journal fingerprint hashes by content).
 */
public final class LocalFiles {
    /** The prefix of a placeholder asset id. */
    public static final String PREFIX = AssetInput.LOCAL_FILE_PREFIX;

    private LocalFiles() {
    }

    /** What a file's first bytes say it is. */
    public enum Kind {
        /** PNG image. */
        PNG,
        /** JPEG image. */
        JPEG,
        /** Another image format the API does not take (GIF, WebP, BMP). */
        OTHER_IMAGE,
        /** MP3 or WAV audio. */
        AUDIO,
        /** MP4/MOV or WebM video. */
        VIDEO,
        /** Anything else. */
        UNKNOWN;

        /** PNG or JPEG, the image formats uploads accept. */
        public boolean isImage() {
            return this == PNG || this == JPEG;
        }
    }

    /** Whether a JSON text value is a local file's placeholder (see {@link AssetInput.LocalFile}). */
    public static boolean isPlaceholder(String assetId) {
        return assetId != null && assetId.startsWith(PREFIX);
    }

    /** The file a placeholder stands for. */
    public static Path path(String placeholder) {
        return Path.of(placeholder.substring(PREFIX.length()));
    }

    /** A copy of the body whose placeholders carry the file's SHA-256, so editing a file changes the fingerprint. */
    public static JsonNode withContentHashes(JsonNode body) {
        JsonNode copy = body.deepCopy();
        replace(copy, text -> text + "#sha256=" + sha256(path(text)).orElse("unreadable"));
        return copy;
    }

    private static void replace(JsonNode n, java.util.function.UnaryOperator<String> f) {
        if (n instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> it = o.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isTextual() && isPlaceholder(e.getValue().asText())) {
                    e.setValue(TextNode.valueOf(f.apply(e.getValue().asText())));
                } else {
                    replace(e.getValue(), f);
                }
            }
        } else if (n instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).isTextual() && isPlaceholder(a.get(i).asText())) {
                    a.set(i, TextNode.valueOf(f.apply(a.get(i).asText())));
                } else {
                    replace(a.get(i), f);
                }
            }
        }
    }

    /** The file's SHA-256 in hex, or empty when it cannot be read. */
    public static Optional<String> sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return Optional.of(HexFormat.of().formatHex(md.digest()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** What the file's first bytes say it is. */
    public static Kind sniff(Path file) {
        byte[] h = new byte[12];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(h, 0, h.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (n >= 8 && (h[0] & 0xff) == 0x89 && h[1] == 'P' && h[2] == 'N' && h[3] == 'G') {
            return Kind.PNG;
        }
        if (n >= 3 && (h[0] & 0xff) == 0xFF && (h[1] & 0xff) == 0xD8 && (h[2] & 0xff) == 0xFF) {
            return Kind.JPEG;
        }
        if (n >= 6 && h[0] == 'G' && h[1] == 'I' && h[2] == 'F' && h[3] == '8') {
            return Kind.OTHER_IMAGE;
        }
        if (n >= 2 && h[0] == 'B' && h[1] == 'M') {
            return Kind.OTHER_IMAGE;
        }
        if (n >= 12 && h[0] == 'R' && h[1] == 'I' && h[2] == 'F' && h[3] == 'F') {
            String form = new String(h, 8, 4, java.nio.charset.StandardCharsets.US_ASCII);
            return form.equals("WAVE") ? Kind.AUDIO : form.equals("WEBP") ? Kind.OTHER_IMAGE : Kind.UNKNOWN;
        }
        if (n >= 3 && h[0] == 'I' && h[1] == 'D' && h[2] == '3') {
            return Kind.AUDIO;
        }
        if (n >= 2 && (h[0] & 0xff) == 0xFF && (h[1] & 0xE0) == 0xE0) {
            return Kind.AUDIO;
        }
        if (n >= 8 && h[4] == 'f' && h[5] == 't' && h[6] == 'y' && h[7] == 'p') {
            return Kind.VIDEO;
        }
        if (n >= 4 && (h[0] & 0xff) == 0x1A && (h[1] & 0xff) == 0x45 && (h[2] & 0xff) == 0xDF && (h[3] & 0xff) == 0xA3) {
            return Kind.VIDEO;
        }
        return Kind.UNKNOWN;
    }

    /** Whether ImageIO decodes the whole picture (a damaged or truncated file does not). */
    public static boolean decodes(Path file) {
        try {
            return ImageIO.read(file.toFile()) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** An image's width and height read from its header (nothing is decoded), or empty when unreadable. */
    public static Optional<int[]> imageSize(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
