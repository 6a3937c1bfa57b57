package dev.heygenkit.internal.media;

import java.nio.ByteBuffer;

/**
 * Minimal ISO-BMFF surgery on a finished MP4: moves {@code moov} in front of {@code mdat} so browsers can start
 * playing at once, and clears the wall-clock creation times so equal storyboards give byte-identical files.
 */
final class IsoBoxes {
    private IsoBoxes() {
    }

    /**
     * Returns the file with creation/modification times in {@code mvhd}, {@code tkhd} and {@code mdhd} set to
     * zero ("unknown") and its {@code moov} box placed before the first {@code mdat}, every chunk offset
     * ({@code stco}/{@code co64}) shifted by the moov's size. Returns the input unchanged when it is not laid out
     * as expected.
     */
    static byte[] finish(byte[] mp4) {
        ByteBuffer in = ByteBuffer.wrap(mp4);
        int moovAt = -1;
        int moovSize = 0;
        int mdatAt = -1;
        int at = 0;
        while (at + 8 <= mp4.length) {
            long size = in.getInt(at) & 0xffffffffL;
            String type = type(in, at + 4);
            if (size == 1 && at + 16 <= mp4.length) {
                size = in.getLong(at + 8);
            } else if (size == 0) {
                size = mp4.length - at;
            }
            if (size < 8 || at + size > mp4.length) {
                return mp4;
            }
            if (type.equals("moov")) {
                moovAt = at;
                moovSize = (int) size;
            } else if (type.equals("mdat") && mdatAt < 0) {
                mdatAt = at;
            }
            at += (int) size;
        }
        if (moovAt < 0 || mdatAt < 0) {
            return mp4;
        }
        byte[] moov = new byte[moovSize];
        System.arraycopy(mp4, moovAt, moov, 0, moovSize);
        boolean move = moovAt > mdatAt;
        if (!patch(ByteBuffer.wrap(moov), 8, moovSize, move ? moovSize : 0)) {
            return mp4;
        }
        if (!move) {
            byte[] out = mp4.clone();
            System.arraycopy(moov, 0, out, moovAt, moovSize);
            return out;
        }
        byte[] out = new byte[mp4.length];
        System.arraycopy(mp4, 0, out, 0, mdatAt);
        System.arraycopy(moov, 0, out, mdatAt, moovSize);
        System.arraycopy(mp4, mdatAt, out, mdatAt + moovSize, moovAt - mdatAt);
        System.arraycopy(mp4, moovAt + moovSize, out, moovAt + moovSize, mp4.length - moovAt - moovSize);
        return out;
    }

    private static boolean patch(ByteBuffer b, int from, int to, long delta) {
        int at = from;
        while (at + 8 <= to) {
            long size = b.getInt(at) & 0xffffffffL;
            String type = type(b, at + 4);
            if (size < 8 || at + size > to) {
                return false;
            }
            switch (type) {
                case "trak", "mdia", "minf", "stbl" -> {
                    if (!patch(b, at + 8, at + (int) size, delta)) {
                        return false;
                    }
                }
                case "mvhd", "tkhd", "mdhd" -> {
                    int fields = b.get(at + 8) == 1 ? 16 : 8;
                    for (int i = 0; i < fields; i++) {
                        b.put(at + 12 + i, (byte) 0);
                    }
                }
                case "stco" -> {
                    int count = b.getInt(at + 12);
                    for (int i = 0; i < count; i++) {
                        int p = at + 16 + 4 * i;
                        long shifted = (b.getInt(p) & 0xffffffffL) + delta;
                        if (shifted > 0xffffffffL) {
                            return false;
                        }
                        b.putInt(p, (int) shifted);
                    }
                }
                case "co64" -> {
                    int count = b.getInt(at + 12);
                    for (int i = 0; i < count; i++) {
                        int p = at + 16 + 8 * i;
                        b.putLong(p, b.getLong(p) + delta);
                    }
                }
                default -> {
                }
            }
            at += (int) size;
        }
        return true;
    }

    private static String type(ByteBuffer b, int at) {
        char[] c = new char[4];
        for (int i = 0; i < 4; i++) {
            c[i] = (char) (b.get(at + i) & 0xff);
        }
        return new String(c);
    }
}
