package dev.heygenkit.api;

/**
 * A template as {@code GET /v3/templates} lists it; read its variables and scenes with {@code client.templates().get(id)}.
 *
 * @param id           the template id
 * @param name         display name
 * @param aspectRatio  frame shape, e.g. {@code 16:9}, or null
 * @param createdAt    Unix seconds, or null
 * @param updatedAt    Unix seconds, or null
 * @param thumbnailUrl a still of the template, or null
 */
public record TemplateSummary(String id, String name, AspectRatio aspectRatio, Long createdAt, Long updatedAt,
                              String thumbnailUrl) {
}
