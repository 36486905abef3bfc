package io.wirewatch.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a producer remembers about one source (a feed URL or a watched directory) between polls and
 * restarts: the HTTP validators of the last complete fetch and the articles already delivered,
 * id to content fingerprint, so a re-polled item is skipped and a changed one (same id, new text)
 * is sent again. The oldest ids are forgotten beyond {@link #MAX_SEEN}.
 */
public final class SourceState {
    /** Ids remembered per source; far more than any feed carries at once. */
    public static final int MAX_SEEN = 50_000;

    private String etag;
    private String lastModified;
    private final LinkedHashMap<String, String> seen = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX_SEEN;
        }
    };

    public String etag() {
        return etag;
    }

    public String lastModified() {
        return lastModified;
    }

    public void validators(String etag, String lastModified) {
        this.etag = etag;
        this.lastModified = lastModified;
    }

    /** True when this id was delivered with exactly this fingerprint. */
    public boolean delivered(String id, String fingerprint) {
        return fingerprint.equals(seen.get(id));
    }

    /** True when this id was delivered before, with other content. */
    public boolean deliveredOtherwise(String id, String fingerprint) {
        String previous = seen.get(id);
        return previous != null && !previous.equals(fingerprint);
    }

    public void markDelivered(String id, String fingerprint) {
        seen.remove(id);
        seen.put(id, fingerprint);
    }

    public Map<String, String> seen() {
        return java.util.Collections.unmodifiableMap(seen);
    }
}
