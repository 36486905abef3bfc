package io.wirewatch.web;

/** A request Wirewatch cannot answer as asked; becomes the {@link ErrorCode}'s status with the message. */
public class ApiException extends RuntimeException {
    private final ErrorCode code;

    public ApiException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
