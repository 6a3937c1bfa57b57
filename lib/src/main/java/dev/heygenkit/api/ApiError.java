package dev.heygenkit.api;

/**
 * An error object inside a resource, e.g. why a private look failed to train.
 *
 * @param code    machine-readable code
 * @param message human-readable message
 */
public record ApiError(String code, String message) {
}
