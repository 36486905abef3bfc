package io.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code stream} against an address where no broker listens: says so at once, gives up in time, names the fix. */
class StreamUnreachableBrokerTest {
    @Test
    void anUnreachableBrokerFailsWithinTheConfiguredWaitWithOneLineNamingTheAddressAndTheSetting() {
        long start = System.nanoTime();
        CliRun run = CliRun.of("stream", "--bootstrap-servers", "127.0.0.1:1", "--http-port", "0",
                "--config", "wirewatch.broker.wait.ms=1500");
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(run.code()).isEqualTo(1);
        assertThat(seconds).isLessThan(15);
        assertThat(run.err().lines().findFirst().orElseThrow())
                .startsWith("wirewatch: connecting to Kafka at 127.0.0.1:1").contains("wirewatch.broker.wait.ms");
        assertThat(run.err().strip().lines().reduce((a, b) -> b).orElseThrow())
                .contains("cannot reach Kafka at 127.0.0.1:1 within 1.5 s").contains("wirewatch.broker.wait.ms");
        assertThat(run.err().strip().lines()).hasSize(2);
    }
}
