package dev.heygenkit.api;

/**
 * The answer to {@code POST /v3/videos}: the new video's id and first status.
 *
 * @param videoId      the id to poll
 * @param status       typically {@code waiting}
 * @param outputFormat {@code mp4} or {@code webm}
 */
public record VideoCreated(String videoId, VideoStatus status, String outputFormat) {
}
