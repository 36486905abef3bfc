package io.wirewatch.extract.source;

/** How many bytes text takes in UTF-8, the encoding articles travel in, counted without encoding it. */
public final class Utf8Bytes {
    private Utf8Bytes() {
    }

    /** UTF-8 bytes of {@code text[start, end)}; a surrogate pair counts 4, any other char above U+07FF 3. */
    public static long count(String text, int start, int end) {
        long bytes = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** UTF-8 bytes of the whole text. */
    public static long count(String text) {
        return count(text, 0, text.length());
    }
}
