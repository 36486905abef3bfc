package io.wirewatch.extract.source;

/** Bytes that cannot be read as text: names the input and why (invalid UTF-8 at byte N, binary...). */
public class DecodingException extends RuntimeException {
    private final String reason;

    public DecodingException(String input, String reason) {
        super(input + ": " + reason);
        this.reason = reason;
    }

    /** What is wrong, without the input's name. */
    public String reason() {
        return reason;
    }
}
