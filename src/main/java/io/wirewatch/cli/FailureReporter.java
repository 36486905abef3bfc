package io.wirewatch.cli;

import io.wirewatch.config.ConfigException;
import io.wirewatch.embedded.PortInUseException;
import picocli.CommandLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns exceptions escaping a command into one clear line on stderr (the stack trace goes to the
 * debug log): exit 2 for configuration errors, 1 for everything else.
 */
final class FailureReporter implements CommandLine.IExecutionExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(FailureReporter.class);

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
        log.debug("command failed", e);
        cli.getErr().println("wirewatch: " + describe(e));
        cli.getErr().flush();
        return e instanceof ConfigException || e instanceof PortInUseException ? OneLineUsageErrors.USAGE_ERROR : 1;
    }

    static String describe(Throwable e) {
        if (e instanceof PortInUseException port) {
            return port.getMessage() + "; choose another with " + PortFlags.flagFor(port.service());
        }
        String message = e.getMessage();
        Throwable cause = e.getCause();
        if ((message == null || message.isBlank()) && cause != null) {
            return describe(cause);
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
