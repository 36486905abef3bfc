package io.wirewatch.extract.text;

/**
 * A half-open range of UTF-16 offsets {@code [start, end)} into an article's text.
 */
public record TextRange(int start, int end) {
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean contains(TextRange other) {
        return other.start >= start && other.end <= end;
    }

    public boolean overlaps(TextRange other) {
        return other.start < end && start < other.end;
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
