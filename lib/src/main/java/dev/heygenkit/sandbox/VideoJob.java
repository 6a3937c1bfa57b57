package dev.heygenkit.sandbox;

import java.time.Instant;

/**
 * One render on the sandbox clock: {@code pending} until {@link #startAt()}, {@code processing} until
 * {@link #finishAt()}, then {@code completed} or {@code failed}. Settling (charging and announcing the outcome) happens
 * once, in {@link Renders}; mutations happen under the world's monitor.
 */
final class VideoJob {
    private final String id;
    private final long seq;
    private final Plan plan;
    private final Instant createdAt;
    private final Instant startAt;
    private final Instant finishAt;
    private final String failureCode;
    private final String failureMessage;
    private final String batchId;
    private final Integer itemIndex;
    private boolean settled;
    private boolean deleted;

    VideoJob(String id, long seq, Plan plan, Instant createdAt, Instant startAt, Instant finishAt, String failureCode,
             String failureMessage, String batchId, Integer itemIndex) {
        this.id = id;
        this.seq = seq;
        this.plan = plan;
        this.createdAt = createdAt;
        this.startAt = startAt;
        this.finishAt = finishAt;
        this.failureCode = failureCode;
        this.failureMessage = failureMessage;
        this.batchId = batchId;
        this.itemIndex = itemIndex;
    }

    String id() {
        return id;
    }

    /** The world sequence number at creation: lists sort by it. */
    long seq() {
        return seq;
    }

    Plan plan() {
        return plan;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant finishAt() {
        return finishAt;
    }

    /** Sandbox seconds from creation to the final status, as {@code X-Sandbox-Render-Seconds} advertises them. */
    double renderSeconds() {
        return java.time.Duration.between(createdAt, finishAt).toMillis() / 1000.0;
    }

    /** The failure code it will end with, or null when it completes. */
    String failureCode() {
        return failureCode;
    }

    String failureMessage() {
        return failureMessage;
    }

    /** The batch it was taken in from, or null. */
    String batchId() {
        return batchId;
    }

    Integer itemIndex() {
        return itemIndex;
    }

    boolean fails() {
        return failureCode != null;
    }

    /** Whether its outcome has been charged and announced. */
    boolean settled() {
        return settled;
    }

    void markSettled() {
        settled = true;
    }

    boolean deleted() {
        return deleted;
    }

    void delete() {
        deleted = true;
    }

    /** {@code pending}, {@code processing}, {@code completed} or {@code failed} at {@code now}. */
    String status(Instant now) {
        if (settled || !now.isBefore(finishAt)) {
            return fails() ? "failed" : "completed";
        }
        return now.isBefore(startAt) ? "pending" : "processing";
    }
}
