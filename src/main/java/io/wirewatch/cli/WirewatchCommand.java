package io.wirewatch.cli;

import io.wirewatch.web.WebServer;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code wirewatch} command line: wiring only; each subcommand lives in its own class. */
@Command(name = "wirewatch",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Real-time extraction of entities, diplomatic contacts and statements from news wires on Kafka.",
        subcommands = {DemoCommand.class, ProduceCommand.class, BenchCommand.class, ExtractCommand.class, TrainCommand.class, EvalCommand.class, TailCommand.class, StreamCommand.class,
                CommandLine.HelpCommand.class})
public final class WirewatchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    public static void main(String[] args) {
        WebServer.keepJdkServerAsDefault();
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code: 0 ok, 1 failure, 2 usage error. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new WirewatchCommand());
        cli.setParameterExceptionHandler(new OneLineUsageErrors());
        cli.setExecutionExceptionHandler(new FailureReporter());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // Articles are Russian and English: always UTF-8, whatever the platform's default.
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return cli;
    }
}
