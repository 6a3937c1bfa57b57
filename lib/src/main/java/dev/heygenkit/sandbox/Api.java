package dev.heygenkit.sandbox;

import dev.heygenkit.sandbox.Http.Router;

/**
 * A group of endpoints. {@link Engine} registers every group on the API router, where each request has passed
 * recording, the clock, faults, auth, the rate limit and idempotency before its handler runs; a new group of v3
 * endpoints is a new class listed there.
 */
interface Api {
    /** Adds this group's routes. */
    void register(Router router);
}
