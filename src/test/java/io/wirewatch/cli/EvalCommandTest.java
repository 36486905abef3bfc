package io.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code wirewatch eval events|statements} on the seed's gold. */
class EvalCommandTest {
    @Test
    void theSeedsGoldIsMetAndTheReportSaysSo() {
        CliRun run = CliRun.of("eval", "statements", "--gold", "seeds/gold");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 gold article(s)").containsPattern("statements\\s+1\\.000\\s+1\\.000\\s+1\\.000");
        assertThat(run.out()).containsPattern("events\\s+[0-9.]+\\s+1\\.000").contains("RESUMED -> RESUMED");
    }

    @Test
    void aMissingGoldDirectoryIsAClearError() {
        CliRun run = CliRun.of("eval", "events", "--gold", "no/such/dir");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("no/such/dir");
    }
}
