package io.wirewatch.extract.link;

import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.text.TokenSpans;
import java.util.Arrays;
import java.util.List;

/**
 * Every mention of an article's linked entities in text order, for the steps after entity linking
 * (statements, events) to find what is named where by binary search. Built once per article;
 * mentions starting at the same offset keep the order of the entity list. Immutable.
 */
public final class MentionIndex {
    private final TextRange[] ranges;
    private final LinkedEntity[] entities;
    private final int[] starts;

    private MentionIndex(TextRange[] ranges, LinkedEntity[] entities) {
        this.ranges = ranges;
        this.entities = entities;
        this.starts = new int[ranges.length];
        for (int i = 0; i < ranges.length; i++) {
            starts[i] = ranges[i].start();
        }
    }

    /** The mentions of the entities, sorted by start offset. */
    public static MentionIndex of(List<LinkedEntity> linked) {
        int count = 0;
        for (LinkedEntity entity : linked) {
            count += entity.mentions().size();
        }
        TextRange[] ranges = new TextRange[count];
        LinkedEntity[] owners = new LinkedEntity[count];
        long[] order = new long[count];
        int next = 0;
        for (LinkedEntity entity : linked) {
            for (TextRange mention : entity.mentions()) {
                ranges[next] = mention;
                owners[next] = entity;
                // Start in the high half, the position in the input in the low half: a stable sort by start.
                order[next] = (long) mention.start() << 32 | next;
                next++;
            }
        }
        Arrays.sort(order);
        TextRange[] sortedRanges = new TextRange[count];
        LinkedEntity[] sortedOwners = new LinkedEntity[count];
        for (int i = 0; i < count; i++) {
            int from = (int) order[i];
            sortedRanges[i] = ranges[from];
            sortedOwners[i] = owners[from];
        }
        return new MentionIndex(sortedRanges, sortedOwners);
    }

    public int size() {
        return ranges.length;
    }

    /** Where the {@code i}-th mention in text order is. */
    public TextRange range(int i) {
        return ranges[i];
    }

    /** Whose the {@code i}-th mention is. */
    public LinkedEntity entity(int i) {
        return entities[i];
    }

    /** Index of the first mention starting at or after the offset; {@link #size()} if none. */
    public int firstFrom(int offset) {
        return TokenSpans.firstFrom(starts, starts.length, offset);
    }
}
