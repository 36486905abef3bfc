package io.wirewatch.extract.text;

import java.util.List;

/** Fast lookups in a list of tokens (or other spans) sorted by offset. */
public final class TokenSpans {
    private TokenSpans() {
    }

    /** Index of the first token starting at or after the offset, in tokens in text order; {@code tokens.size()} if none. */
    public static int firstFrom(List<Token> tokens, int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * Index of the first of the first {@code count} values that is at or above the offset, in an
     * ascending array of start offsets (duplicates allowed); {@code count} if none.
     */
    public static int firstFrom(int[] starts, int count, int offset) {
        int low = 0;
        int high = count;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The tokens lying wholly inside the range. */
    public static List<Token> within(List<Token> tokens, TextRange range) {
        int from = firstFrom(tokens, range.start());
        int to = from;
        while (to < tokens.size() && tokens.get(to).end() <= range.end()) {
            to++;
        }
        return tokens.subList(from, to);
    }
}
