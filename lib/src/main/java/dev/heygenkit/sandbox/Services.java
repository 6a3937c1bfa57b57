package dev.heygenkit.sandbox;

import java.util.function.Consumer;

/**
 * The parts of one sandbox, built once by {@link Engine} and handed to every endpoint group, which keeps what it
 * needs. A new part (a template store, a training scheduler) is one more component here.
 *
 * @param options     what the sandbox was started with
 * @param listener    one-line progress messages
 * @param clock       sandbox time
 * @param ids         deterministic ids
 * @param urls        public and presigned URLs
 * @param paging      list pages and their tokens
 * @param validator   request bodies against the bundled schemas
 * @param world       the account's state
 * @param catalog     groups, looks and voices
 * @param catalogViews JSON of groups, looks and voices
 * @param videoViews  JSON of videos
 * @param media       generated and cached media files
 * @param webhooks    delivery of webhook posts
 * @param events      webhook events and their queued deliveries
 * @param rules       the create-request rules
 * @param renders     render jobs on the clock
 * @param batches     batches on the clock
 * @param trainings   created looks and voice clones on the clock
 * @param idempotency Idempotency-Key answers
 * @param clockwork   settles the world to the current time
 * @param faults      fault rules
 * @param recorder    recorded requests
 */
record Services(SandboxOptions options, Consumer<String> listener, SandboxClock clock, Ids ids, Urls urls, Paging paging,
                SchemaValidator validator, World world, Catalog catalog, CatalogViews catalogViews, VideoViews videoViews,
                MediaStore media, Webhooks webhooks, Events events, VideoRules rules, Renders renders, Batches batches,
                Trainings trainings, Idempotency idempotency, Clockwork clockwork, Faults faults, Recorder recorder) {
}
