package io.wirewatch.extract;

/** Input that is not an article Wirewatch can read; the message names the input and what is wrong. */
public class ArticleFormatException extends RuntimeException {
    public ArticleFormatException(String input, String reason) {
        super(input + ": " + reason);
    }
}
