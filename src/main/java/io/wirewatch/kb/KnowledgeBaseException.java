package io.wirewatch.kb;

/** A knowledge-base data file is missing or malformed; the message names the file and line. */
public class KnowledgeBaseException extends RuntimeException {
    public KnowledgeBaseException(String message) {
        super(message);
    }
}
