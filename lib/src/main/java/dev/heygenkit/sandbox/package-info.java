/**
 * The offline sandbox: an embedded HeyGen v3 emulator that makes the kit useful without an API key.
 *
 * <p>{@link dev.heygenkit.sandbox.Sandbox} serves the avatar-video surface of v3 on 127.0.0.1 from JSON trees only
 * (it never uses the client's model classes, so a wire bug cannot hide by being mirrored on both sides).
 * {@link dev.heygenkit.sandbox.SandboxOptions} holds its settings, {@link dev.heygenkit.sandbox.Fault} simulates
 * failures, and {@link dev.heygenkit.sandbox.RecordedRequest} and {@link dev.heygenkit.sandbox.WebhookDelivery}
 * let tests see what happened. Example: {@code try (Sandbox sb = Sandbox.builder().manualClock().start()) { ... }}.
 *
 * <p>Emulated endpoints: avatar groups and looks, voices and speech, videos in all four create modes with get, list,
 * delete, bulk statuses and batches, assets (multipart and direct upload), webhook endpoints, event types and events,
 * templates (list, get and generate from four fixture templates) and users/me. Other v3 paths answer 404 {@code not_found} saying the sandbox does not emulate them.
 */
package dev.heygenkit.sandbox;
