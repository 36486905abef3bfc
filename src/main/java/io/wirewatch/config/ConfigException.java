package io.wirewatch.config;

/** A configuration value is missing or invalid; the message names the key and what to change. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
