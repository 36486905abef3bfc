package io.wirewatch.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Unknown flags and bad values: one line naming the problem and where help is, exit code 2. */
final class OneLineUsageErrors implements CommandLine.IParameterExceptionHandler {
    static final int USAGE_ERROR = 2;

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println("wirewatch: " + e.getMessage() + " (see '" + cli.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return USAGE_ERROR;
    }
}
