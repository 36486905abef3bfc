package io.wirewatch.topology;

/** A raw article that decodes but cannot be analyzed (empty text, oversized...); goes to the DLQ. */
public class UnprocessableArticleException extends RuntimeException {
    public UnprocessableArticleException(String articleId, String reason) {
        super("article " + articleId + " cannot be analyzed: " + reason);
    }
}
