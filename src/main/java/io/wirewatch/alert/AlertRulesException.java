package io.wirewatch.alert;

/** An alert rules file that cannot be used: says which file, which rule and what is wrong. */
public final class AlertRulesException extends RuntimeException {
    public AlertRulesException(String message) {
        super(message);
    }
}
