package dev.heygenkit.internal.media;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.jcodec.common.io.SeekableByteChannel;

/** A growable in-memory file for JCodec's muxer, so encoding never touches the disk. */
final class MemoryChannel implements SeekableByteChannel {
    private byte[] data = new byte[1 << 16];
    private int size;
    private int position;
    private boolean open = true;

    @Override
    public int read(ByteBuffer dst) {
        if (position >= size) {
            return -1;
        }
        int n = Math.min(dst.remaining(), size - position);
        dst.put(data, position, n);
        position += n;
        return n;
    }

    @Override
    public int write(ByteBuffer src) {
        int n = src.remaining();
        long end = (long) position + n;
        if (end > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("in-memory video exceeds 2 GB");
        }
        if (end > data.length) {
            data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(end, 2L * data.length)));
        }
        src.get(data, position, n);
        position += n;
        size = Math.max(size, position);
        return n;
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public SeekableByteChannel setPosition(long newPosition) {
        if (newPosition < 0 || newPosition > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("position " + newPosition);
        }
        position = (int) newPosition;
        return this;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public SeekableByteChannel truncate(long newSize) {
        size = (int) Math.min(size, Math.max(0, newSize));
        position = Math.min(position, size);
        return this;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(data, size);
    }
}
