package io.wirewatch.serde;

/**
 * The schema registry answered with an error: the HTTP status, the registry's error code and
 * message (for an incompatible schema, the registry's explanation), and the request that failed.
 */
public class RegistryException extends RuntimeException {
    private final int status;
    private final int errorCode;

    public RegistryException(String request, int status, int errorCode, String message) {
        super(request + " failed: HTTP " + status + (errorCode > 0 ? " (error " + errorCode + ")" : "") + ": " + message);
        this.status = status;
        this.errorCode = errorCode;
    }

    public int status() {
        return status;
    }

    public int errorCode() {
        return errorCode;
    }

    /** 409: the schema breaks the subject's compatibility rule. */
    public boolean isIncompatible() {
        return status == 409;
    }

    public boolean isNotFound() {
        return status == 404;
    }
}
