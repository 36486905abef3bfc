package io.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class UsageErrorsTest {
    private final StringWriter err = new StringWriter();
    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine cli = WirewatchCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(out, true));
        return cli.execute(args);
    }

    @Test
    void unknownFlagIsOneLineAndExitTwo() {
        assertThat(run("tail", "--no-such-flag", "t")).isEqualTo(2);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).contains("--no-such-flag").contains("wirewatch tail --help");
    }

    @Test
    void badValueIsOneLineAndExitTwo() {
        assertThat(run("tail", "--max", "many", "t")).isEqualTo(2);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).contains("many");
    }

    @Test
    void missingSubcommandIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("subcommand");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"demo", "produce", "tail", "stream"}) {
            assertThat(run(command, "--help")).as(command).isZero();
        }
        assertThat(out.toString()).contains("--bootstrap-servers").contains("--once");
    }

    @Test
    void configErrorsAreExitTwoWithTheKey() {
        assertThat(run("tail", "--config", "wirewatch.http.port=x", "--timeout", "1", "t")).isEqualTo(2);
        assertThat(err.toString()).contains("wirewatch.http.port");
    }
    @Test
    void servingBeyondLoopbackWithoutATokenIsRefusedBeforeAnythingStarts() {
        assertThat(run("produce", "--dry-run", "--ingest-port", "0", "--ingest-host", "0.0.0.0")).isEqualTo(2);
        assertThat(err.toString()).contains("refusing").contains("WIREWATCH_INGEST_TOKEN").contains("--insecure-no-auth");
        assertThat(run("stream", "--http-host", "0.0.0.0", "--bootstrap-servers", "127.0.0.1:1")).isEqualTo(2);
        assertThat(err.toString()).contains("wirewatch.http.token");
        assertThat(run("demo", "--http-host", "0.0.0.0", "--kafka-port", "1", "--registry-port", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("refusing to serve the REST API and dashboard on 0.0.0.0");
    }
}
