package io.wirewatch.ingest.feed;

import java.time.Duration;

/**
 * What one GET of a feed gave: the document with its declared charset and validators
 * ({@code ETag}, {@code Last-Modified}), "not modified" (304), or a failure with its reason,
 * whether retrying may help and how long the server asked us to wait.
 */
public record FeedResponse(Kind kind, byte[] body, String charset, String etag, String lastModified,
        String error, boolean retryable, Duration retryAfter) {

    public enum Kind { FETCHED, NOT_MODIFIED, FAILED }

    static FeedResponse fetched(byte[] body, String charset, String etag, String lastModified) {
        return new FeedResponse(Kind.FETCHED, body, charset, etag, lastModified, null, false, null);
    }

    static FeedResponse notModified() {
        return new FeedResponse(Kind.NOT_MODIFIED, null, null, null, null, null, false, null);
    }

    static FeedResponse failed(String error, boolean retryable, Duration retryAfter) {
        return new FeedResponse(Kind.FAILED, null, null, null, null, error, retryable, retryAfter);
    }
}
