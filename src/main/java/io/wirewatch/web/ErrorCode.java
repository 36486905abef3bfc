package io.wirewatch.web;

/**
 * Why a request failed, and the HTTP status that says so. Every error answer is
 * {@code {"error": message, "code": NAME}}, whatever endpoint or server gave it.
 */
public enum ErrorCode {
    BAD_REQUEST(400),
    UNAUTHORIZED(401),
    FOREIGN_ORIGIN(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    PAYLOAD_TOO_LARGE(413),
    URI_TOO_LONG(414),
    UNSUPPORTED_MEDIA_TYPE(415),
    UNKNOWN_HOST(421),
    HEADERS_TOO_LARGE(431),
    INTERNAL_ERROR(500),
    REMOTE_INSTANCE_FAILED(502),
    UNAVAILABLE(503);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The code of {@code status}; for a status no code names, BAD_REQUEST (4xx) or INTERNAL_ERROR. */
    public static ErrorCode of(int status) {
        for (ErrorCode code : values()) {
            if (code.status == status) {
                return code;
            }
        }
        return status >= 400 && status < 500 ? BAD_REQUEST : INTERNAL_ERROR;
    }
}
