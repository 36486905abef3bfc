package io.wirewatch.topology.dedup;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Record headers the dedup stage writes for the steps after it: {@code wirewatch.update = true}
 * when the article replaces an earlier version under the same id, and
 * {@code wirewatch.fingerprint}, the {@link TextFingerprint} that partitions copies together.
 */
public final class DedupHeaders {
    public static final String UPDATE = "wirewatch.update";
    public static final String FINGERPRINT = "wirewatch.fingerprint";

    private DedupHeaders() {
    }

    static void markUpdate(Headers headers, boolean update) {
        headers.remove(UPDATE);
        headers.add(UPDATE, Boolean.toString(update).getBytes(StandardCharsets.UTF_8));
    }

    static void setFingerprint(Headers headers, String fingerprint) {
        headers.remove(FINGERPRINT);
        headers.add(FINGERPRINT, fingerprint.getBytes(StandardCharsets.UTF_8));
    }

    /** The fingerprint the first dedup step computed, or null. */
    static String fingerprint(Headers headers) {
        Header header = headers.lastHeader(FINGERPRINT);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static boolean isUpdate(Headers headers) {
        Header header = headers.lastHeader(UPDATE);
        return header != null && "true".equals(new String(header.value(), StandardCharsets.UTF_8));
    }
}
