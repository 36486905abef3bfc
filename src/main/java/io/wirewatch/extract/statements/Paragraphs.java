package io.wirewatch.extract.statements;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an article's paragraphs end, from its line breaks. Hard-wrapped wire copy (Reuters: lines
 * broken at about 70 columns, each paragraph's first line indented) ends a paragraph only at a line
 * break followed by an indented or a blank line; text with no indented line (one paragraph a line)
 * ends one at every line break.
 */
final class Paragraphs {
    private Paragraphs() {
    }

    /** The offsets of the line breaks that end a paragraph, ascending. */
    static int[] ends(String text) {
        boolean indented = hasIndentedLine(text);
        List<Integer> ends = new ArrayList<>();
        for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
            if (!indented || opensParagraph(text, at + 1)) {
                ends.add(at);
            }
        }
        return ends.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean hasIndentedLine(String text) {
        for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
            if (at + 1 < text.length() && isIndent(text.charAt(at + 1)) && hasWordAfterIndent(text, at + 1)) {
                return true;
            }
        }
        return false;
    }

    /** A blank line or an indented one (or the text's end) follows the line break. */
    private static boolean opensParagraph(String text, int lineStart) {
        return lineStart >= text.length() || text.charAt(lineStart) == '\n' || text.charAt(lineStart) == '\r'
                || isIndent(text.charAt(lineStart));
    }

    private static boolean hasWordAfterIndent(String text, int from) {
        int i = from;
        while (i < text.length() && isIndent(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r';
    }

    private static boolean isIndent(char c) {
        return c == ' ' || c == '\t';
    }
}
