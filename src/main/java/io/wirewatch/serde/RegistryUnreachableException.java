package io.wirewatch.serde;

import java.util.List;

/** No registry URL answered after the configured retries; names every URL and the last error. */
public class RegistryUnreachableException extends RuntimeException {
    public RegistryUnreachableException(List<String> urls, int attempts, Throwable last) {
        super("schema registry unreachable at " + String.join(", ", urls) + " after " + attempts
                + " attempt(s): " + (last == null ? "no answer" : last.getClass().getSimpleName() + ": " + last.getMessage())
                + "; check schema.registry.url and that the registry is running", last);
    }
}
