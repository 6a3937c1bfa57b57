package dev.heygenkit.sandbox.media;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Generates the sandbox's media: look portraits, voice audio, storyboard videos, thumbnails, GIFs and SRT files.
 * Everything is computed from its inputs (no bundled binaries), deterministic for the same inputs.
 */
public final class Media {
    private Media() {
    }

    /**
     * A PNG portrait for a look: a stylised figure distinct per {@code seed}, labelled with {@code name}.
     *
     * @param seed        anything stable (the look id) that picks colours and shapes
     * @param name        the look's display name, drawn on the picture
     * @param gender      {@code male}, {@code female} or null
     * @param avatarType  {@code studio_avatar}, {@code digital_twin} or {@code photo_avatar}
     * @param width       pixel width
     * @param height      pixel height
     */
    public static byte[] portraitPng(String seed, String name, String gender, String avatarType, int width, int height) {
        throw new UnsupportedOperationException("media generation not implemented yet");
    }

    /**
     * A mono 16-bit PCM WAV of synthetic "speech" lasting {@code seconds}: voiced syllables following the words'
     * timing, pitched by {@code gender}, silent where {@code words} leave gaps (pauses).
     *
     * @param seed     anything stable (the voice id) that shapes the timbre
     * @param gender   {@code male}, {@code female} or null
     * @param seconds  total length
     * @param words    word timings (may be empty: then a continuous hum of that length)
     */
    public static byte[] speechWav(String seed, String gender, double seconds, List<Cue> words) {
        throw new UnsupportedOperationException("media generation not implemented yet");
    }

    /** SubRip text for the cues, numbered from 1, times as {@code HH:MM:SS,mmm}. */
    public static String srt(List<Cue> cues) {
        throw new UnsupportedOperationException("media generation not implemented yet");
    }

    /**
     * Encodes the storyboard as an H.264 MP4 (playable in browsers) with a visible SANDBOX mark, at a low frame
     * rate; its duration equals {@link Storyboard#duration()} within one frame.
     */
    public static void storyboardMp4(Storyboard storyboard, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("media generation not implemented yet");
    }

    /** A JPEG of the storyboard's first shot, the size of the video. */
    public static byte[] thumbnailJpeg(Storyboard storyboard) {
        throw new UnsupportedOperationException("media generation not implemented yet");
    }

    /** An animated GIF preview of the storyboard, at most 480 px wide and a few frames per second. */
    public static byte[] previewGif(Storyboard storyboard) {
        throw new UnsupportedOperationException("media generation not implemented yet");
    }
}
