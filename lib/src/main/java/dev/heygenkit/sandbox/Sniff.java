package dev.heygenkit.sandbox;

import java.nio.charset.StandardCharsets;

/** Recognises uploaded files by their first bytes, like the real asset service does. */
final class Sniff {
    private Sniff() {
    }

    /** The MIME type of {@code b}, or null when it is none of png, jpeg, gif, webp, mp4, mov, webm, mp3, wav, pdf, srt. */
    static String mime(byte[] b) {
        if (b == null || b.length < 4) {
            return null;
        }
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (b.length >= 12 && starts(b, 'R', 'I', 'F', 'F') && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        if (b.length >= 12 && starts(b, 'R', 'I', 'F', 'F') && b[8] == 'W' && b[9] == 'A' && b[10] == 'V' && b[11] == 'E') {
            return "audio/wav";
        }
        if (b.length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
            String brand = new String(b, 8, 4, StandardCharsets.US_ASCII);
            return brand.startsWith("qt") ? "video/quicktime" : brand.startsWith("M4A") ? "audio/mp4" : "video/mp4";
        }
        if (starts(b, 0x1A, 0x45, 0xDF, 0xA3)) {
            return "video/webm";
        }
        if (starts(b, 'I', 'D', '3') || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xE0) == 0xE0)) {
            return "audio/mpeg";
        }
        if (starts(b, '%', 'P', 'D', 'F')) {
            return "application/pdf";
        }
        String head = new String(b, 0, Math.min(b.length, 200), StandardCharsets.UTF_8).stripLeading();
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1);
        }
        if (head.matches("(?s)\\d+\\s*\\r?\\n\\d{2}:\\d{2}:\\d{2}[,.]\\d{3}\\s*-->.*")) {
            return "application/x-subrip";
        }
        return null;
    }

    /** {@code image}, {@code video}, {@code audio}, {@code document} or {@code subtitle}. */
    static String kind(String mime) {
        if (mime == null) {
            return "unknown";
        }
        if (mime.startsWith("image/")) {
            return "image";
        }
        if (mime.startsWith("video/")) {
            return "video";
        }
        if (mime.startsWith("audio/")) {
            return "audio";
        }
        return mime.equals("application/x-subrip") ? "subtitle" : "document";
    }

    static String extension(String mime) {
        return switch (mime == null ? "" : mime) {
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            case "image/gif" -> "gif";
            case "image/webp" -> "webp";
            case "audio/wav" -> "wav";
            case "audio/mpeg" -> "mp3";
            case "audio/mp4" -> "m4a";
            case "video/mp4" -> "mp4";
            case "video/quicktime" -> "mov";
            case "video/webm" -> "webm";
            case "application/pdf" -> "pdf";
            case "application/x-subrip" -> "srt";
            default -> "bin";
        };
    }

    /** Seconds of audio: exact for PCM WAV, estimated at 128 kbit/s otherwise. */
    static double audioSeconds(byte[] b, String mime) {
        if ("audio/wav".equals(mime) && b.length > 44) {
            int pos = 12;
            int byteRate = 0;
            while (pos + 8 <= b.length) {
                String id = new String(b, pos, 4, StandardCharsets.US_ASCII);
                int size = le32(b, pos + 4);
                if (id.equals("fmt ") && pos + 20 <= b.length) {
                    byteRate = le32(b, pos + 16);
                }
                if (id.equals("data") && byteRate > 0) {
                    return Math.min(size, b.length - pos - 8) / (double) byteRate;
                }
                pos += 8 + Math.max(0, size) + (size & 1);
            }
        }
        return b.length * 8 / 128_000.0;
    }

    private static int le32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
