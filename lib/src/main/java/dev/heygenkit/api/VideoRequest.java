package dev.heygenkit.api;

/**
 * Anything that creates one video: a {@code POST /v3/videos} body ({@link CreateVideoRequest}, one of the four
 * modes) or a template to fill ({@link TemplateVideoRequest}, {@code POST /v3/templates/{id}}).
 */
public sealed interface VideoRequest permits CreateVideoRequest, TemplateVideoRequest {
}
