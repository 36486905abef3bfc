package io.wirewatch.extract.source;

/** Input that is not an article Wirewatch can read; the message names the input and what is wrong. */
public class ArticleFormatException extends RuntimeException {
    private final String reason;

    public ArticleFormatException(String input, String reason) {
        super(input + ": " + reason);
        this.reason = reason;
    }

    /** What is wrong, without the input's name. */
    public String reason() {
        return reason;
    }
}
