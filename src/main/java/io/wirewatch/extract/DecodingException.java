package io.wirewatch.extract;

/** Bytes that cannot be read as text: names the input and why (invalid UTF-8 at byte N, binary...). */
public class DecodingException extends RuntimeException {
    public DecodingException(String input, String reason) {
        super(input + ": " + reason);
    }
}
