package dev.heygenkit.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that a file is a playable-looking MP4: top-level boxes start with ftyp and include moov and mdat. */
public final class Mp4Boxes {
    private Mp4Boxes() {
    }

    /** The top-level box types of an ISO BMFF file, in order. */
    public static List<String> top(byte[] data) {
        List<String> types = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(data);
        int pos = 0;
        while (pos + 8 <= data.length) {
            long size = Integer.toUnsignedLong(b.getInt(pos));
            String type = new String(data, pos + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (size == 1 && pos + 16 <= data.length) {
                size = b.getLong(pos + 8);
            } else if (size == 0) {
                size = data.length - pos;
            }
            if (size < 8 || pos + size > data.length) {
                types.add(type + "(truncated)");
                break;
            }
            types.add(type);
            pos += (int) size;
        }
        return types;
    }

    /** Asserts the file is an MP4 with ftyp first, a moov and an mdat, and at least {@code minBytes} long. */
    public static void assertPlayable(Path file, int minBytes) throws IOException {
        assertThat(file).exists();
        byte[] data = Files.readAllBytes(file);
        assertThat(data.length).as("size of " + file).isGreaterThan(minBytes);
        List<String> boxes = top(data);
        assertThat(boxes).as("top-level boxes of " + file).first().isEqualTo("ftyp");
        assertThat(boxes).as("top-level boxes of " + file).contains("moov", "mdat").noneMatch(t -> t.endsWith("(truncated)"));
    }
}
