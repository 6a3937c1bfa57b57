package dev.heygenkit.internal.media;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.jcodec.codecs.h264.H264Encoder;
import org.jcodec.common.Codec;
import org.jcodec.common.MuxerTrack;
import org.jcodec.common.VideoCodecMeta;
import org.jcodec.common.VideoEncoder;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Packet;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Size;
import org.jcodec.containers.mp4.muxer.MP4Muxer;

/**
 * Encodes storyboards as H.264 (Baseline, CAVLC) in MP4 with JCodec's encoder and muxer directly: no motion search
 * (the pictures are static), our own RGB to video-range YUV conversion, and frames identical to their predecessor
 * folded into one longer sample instead of being encoded again. Output is byte-identical for equal storyboards.
 */
final class Mp4 {
    static final int TIMESCALE = 1000;

    private Mp4() {
    }

    /** Four frames a second up to about 720p, two above, so bigger pictures cost roughly the same to encode. */
    static int framesPerSecond(int width, int height) {
        return (long) width * height > 1_000_000L ? 2 : 4;
    }

    static byte[] encode(Storyboard board) throws IOException {
        int w = board.width();
        int h = board.height();
        int fps = framesPerSecond(w, h);
        long period = TIMESCALE / fps;
        long total = Math.round(board.duration() * TIMESCALE);
        // An empty storyboard still yields one frame, so the result is always a playable file.
        long frames = Math.max(1, (total + period - 1) / period);

        // A one-second progress step lets static stretches collapse into single samples: for a typical 30 s
        // storyboard that halves the frames the (slow, pure-Java) encoder has to compress.
        Frames painter = new Frames(board, w, h).progressStep(1.0);
        BufferedImage canvas = Frames.canvas(w, h);
        int[] pixels = ((DataBufferInt) canvas.getRaster().getDataBuffer()).getData();
        int[] previous = new int[pixels.length];
        Picture picture = Picture.create(w, h, ColorSpace.YUV420J);
        H264Encoder encoder = H264Encoder.createH264Encoder();
        encoder.setMotionSearchRange(0);
        encoder.setKeyInterval(10);
        ByteBuffer buffer = ByteBuffer.allocate(Math.max(encoder.estimateBufferSize(picture), w * h * 2));

        MemoryChannel channel = new MemoryChannel();
        MP4Muxer muxer = MP4Muxer.createMP4MuxerToChannel(channel);
        MuxerTrack track = muxer.addVideoTrack(Codec.H264,
                VideoCodecMeta.createSimpleVideoCodecMeta(new Size(w, h), ColorSpace.YUV420J));
        Packet pending = null;
        int encoded = 0;
        for (long i = 0; i < frames; i++) {
            long pts = i * period;
            long duration = i < frames - 1 ? period : total - pts > 0 ? total - pts : period;
            painter.render(canvas, (double) pts / TIMESCALE, (double) (pts + duration) / TIMESCALE, true, true);
            if (pending != null && Arrays.equals(pixels, previous)) {
                pending.setDuration(pending.getDuration() + duration);
                continue;
            }
            if (pending != null) {
                track.addFrame(pending);
            }
            System.arraycopy(pixels, 0, previous, 0, pixels.length);
            toVideoRangeYuv(pixels, w, h, picture);
            buffer.clear();
            VideoEncoder.EncodedFrame frame = encoder.encodeFrame(picture, buffer);
            pending = Packet.createPacket(NIOUtils.clone(frame.getData()), pts, TIMESCALE, duration, encoded++,
                    frame.isKeyFrame() ? Packet.FrameType.KEY : Packet.FrameType.INTER, null);
        }
        track.addFrame(pending);
        muxer.finish();
        return IsoBoxes.finish(channel.toByteArray());
    }

    /**
     * BT.601 studio-swing conversion (Y 16..235). JCodec writes no colour description into the stream, and
     * players then assume video range, so full-range values would come out with crushed blacks and wrong hues.
     * Chroma is averaged over each 2x2 block. JCodec stores samples as signed bytes, hence the -128.
     */
    static void toVideoRangeYuv(int[] rgb, int w, int h, Picture picture) {
        byte[] ys = picture.getPlaneData(0);
        byte[] us = picture.getPlaneData(1);
        byte[] vs = picture.getPlaneData(2);
        int yStride = picture.getPlaneWidth(0);
        int cStride = picture.getPlaneWidth(1);
        for (int y = 0; y < h; y += 2) {
            for (int x = 0; x < w; x += 2) {
                int sr = 0;
                int sg = 0;
                int sb = 0;
                for (int dy = 0; dy < 2; dy++) {
                    for (int dx = 0; dx < 2; dx++) {
                        int p = rgb[(y + dy) * w + x + dx];
                        int r = (p >> 16) & 0xff;
                        int g = (p >> 8) & 0xff;
                        int b = p & 0xff;
                        sr += r;
                        sg += g;
                        sb += b;
                        ys[(y + dy) * yStride + x + dx] = (byte) (16 + ((66 * r + 129 * g + 25 * b + 128) >> 8) - 128);
                    }
                }
                int c = (y / 2) * cStride + x / 2;
                us[c] = (byte) (128 + ((-38 * sr - 74 * sg + 112 * sb + 512) >> 10) - 128);
                vs[c] = (byte) (128 + ((112 * sr - 94 * sg - 18 * sb + 512) >> 10) - 128);
            }
        }
    }
}
