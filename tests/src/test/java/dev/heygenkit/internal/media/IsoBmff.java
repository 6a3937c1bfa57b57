package dev.heygenkit.internal.media;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A small ISO-BMFF (MP4) box walker, independent of JCodec so the tests do not trust the muxer they check. */
final class IsoBmff {
    private static final Set<String> CONTAINERS = Set.of("moov", "trak", "mdia", "minf", "stbl", "edts", "dinf", "udta");

    /** One box: its four-character type, where it starts, its total size and its header size. */
    record Box(String type, int offset, long size, int header, ByteBuffer file) {
        int payload() {
            return offset + header;
        }

        int u8(int at) {
            return file.get(payload() + at) & 0xff;
        }

        long u32(int at) {
            return file.getInt(payload() + at) & 0xffffffffL;
        }

        long u64(int at) {
            return file.getLong(payload() + at);
        }

        List<Box> children() {
            return walk(file, payload(), (int) (offset + size));
        }

        Optional<Box> child(String type) {
            return children().stream().filter(b -> b.type.equals(type)).findFirst();
        }
    }

    private IsoBmff() {
    }

    static List<Box> top(byte[] mp4) {
        ByteBuffer file = ByteBuffer.wrap(mp4);
        return walk(file, 0, mp4.length);
    }

    static List<Box> walk(ByteBuffer file, int from, int to) {
        List<Box> boxes = new ArrayList<>();
        int at = from;
        while (at + 8 <= to) {
            long size = file.getInt(at) & 0xffffffffL;
            int header = 8;
            if (size == 1) {
                size = file.getLong(at + 8);
                header = 16;
            } else if (size == 0) {
                size = to - at;
            }
            if (size < header || at + size > to) {
                throw new IllegalStateException("box at " + at + " claims " + size + " bytes, past the end " + to);
            }
            byte[] type = new byte[4];
            file.get(at + 4, type);
            boxes.add(new Box(new String(type, StandardCharsets.ISO_8859_1), at, size, header, file));
            at += (int) size;
        }
        return boxes;
    }

    /** Finds a box by slash path ({@code moov/trak/mdia/mdhd}), following the first match at each level. */
    static Box find(byte[] mp4, String path) {
        List<Box> level = top(mp4);
        Box found = null;
        for (String step : path.split("/")) {
            found = level.stream().filter(b -> b.type().equals(step)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + step + " box on the path " + path));
            level = CONTAINERS.contains(step) ? found.children() : List.of();
        }
        return found;
    }

    /** Every {@code trak} whose handler is {@code vide}. */
    static List<Box> videoTracks(byte[] mp4) {
        List<Box> tracks = new ArrayList<>();
        for (Box trak : find(mp4, "moov").children()) {
            if (!trak.type().equals("trak")) {
                continue;
            }
            Box hdlr = trak.child("mdia").flatMap(m -> m.child("hdlr")).orElseThrow();
            byte[] handler = new byte[4];
            hdlr.file().get(hdlr.payload() + 8, handler);
            if (new String(handler, StandardCharsets.ISO_8859_1).equals("vide")) {
                tracks.add(trak);
            }
        }
        return tracks;
    }

    /** Seconds from an {@code mvhd} or {@code mdhd} box (versions 0 and 1). */
    static double seconds(Box header) {
        if (header.u8(0) == 1) {
            return (double) header.u64(24) / header.u32(20);
        }
        return (double) header.u32(16) / header.u32(12);
    }
}
