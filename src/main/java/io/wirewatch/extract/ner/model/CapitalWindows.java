package io.wirewatch.extract.ner.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The stretches of a sentence where names can be: from two words before each capitalized word to
 * six words after it, overlapping stretches joined. Outside them there is nothing a name could
 * start with, and the name finder's features look no further than two words.
 */
final class CapitalWindows {
    static final int BEFORE = 2;
    static final int AFTER = 6;

    private CapitalWindows() {
    }

    /** Word ranges {@code [from, to)} in sentence order. */
    static List<int[]> of(String[] words) {
        List<int[]> windows = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (words[i].isEmpty() || !Character.isUpperCase(words[i].codePointAt(0))) {
                continue;
            }
            int from = Math.max(0, i - BEFORE);
            int to = Math.min(words.length, i + AFTER + 1);
            int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = Math.max(last[1], to);
            } else {
                windows.add(new int[] {from, to});
            }
        }
        return windows;
    }
}
