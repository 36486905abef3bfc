package io.wirewatch.ingest.feed;

/** A feed that cannot be read: undecodable bytes or not RSS/Atom; names the feed and the reason. */
public final class FeedFormatException extends RuntimeException {
    private final String reason;

    public FeedFormatException(String feed, String reason) {
        super(feed + ": " + reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
