package io.wirewatch.topology;

import io.wirewatch.extract.source.Utf8Bytes;
import io.wirewatch.extract.text.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Caps what one analyzed article carries, so its record fits whatever the text: the text is always
 * whole, then sentences, then entities with their mentions, each in text order, while the estimated
 * size stays within the budget; the rest is left out (a reader still has the text). The estimate
 * counts each string in UTF-8 and {@value #PER_ITEM_BYTES} bytes per span or entity, more than its
 * Avro takes in the topic and in the {@code article-views} store, so the store's copy fits as well.
 */
final class AnalysisBudget {
    static final int PER_ITEM_BYTES = 40;
    private static final int PER_ENTITY_BYTES = 400;
    private final String text;
    private long remaining;

    AnalysisBudget(String text, long budgetBytes) {
        this.text = text;
        this.remaining = budgetBytes - Utf8Bytes.count(text) - PER_ENTITY_BYTES;
    }

    /** The leading ranges that fit, in order; the first that does not ends the list. */
    List<TextRange> take(List<TextRange> ranges) {
        List<TextRange> kept = new ArrayList<>(ranges.size());
        for (TextRange range : ranges) {
            long cost = PER_ITEM_BYTES + Utf8Bytes.count(text, range.start(), range.end());
            if (cost > remaining) {
                break;
            }
            remaining -= cost;
            kept.add(range);
        }
        return kept;
    }

    /** Whether an entity (its names and role, not its mentions) still fits; if so, it is counted. */
    boolean admitEntity() {
        if (PER_ENTITY_BYTES > remaining) {
            return false;
        }
        remaining -= PER_ENTITY_BYTES;
        return true;
    }
}
