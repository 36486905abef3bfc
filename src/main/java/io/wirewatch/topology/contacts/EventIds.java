package io.wirewatch.topology.contacts;

import io.wirewatch.schema.ContactEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable ids of real-world contact events: a hash of the dyad, type, status, date and the first
 * article that reported it, so a replay after a crash gives every event the id it had.
 */
public final class EventIds {
    private EventIds() {
    }

    public static String of(String dyad, ContactEvent first) {
        String basis = String.join("|", dyad, first.getType().name(), first.getStatus().name(),
                String.valueOf(first.getEventDate()), first.getReportDate(),
                first.getSourceArticleIds().isEmpty() ? "" : first.getSourceArticleIds().get(0));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return "ev-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
