package dev.heygenkit.internal.http;

/** The timeout class of a request: quick reads, slower writes, long transfers of media. */
public enum Operation {
    /** GET of metadata; default timeout 30 s. */
    READ,
    /** Create, update and delete calls; default timeout 120 s. */
    WRITE,
    /** Uploads and downloads of files; default timeout 10 min. */
    TRANSFER
}
