package io.wirewatch.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Not ready while stream threads keep failing; ready again once they stop. */
class StreamThreadFailuresTest {
    private Instant now = Instant.parse("2026-02-10T09:00:00Z");
    private final StreamThreadFailures failures = new StreamThreadFailures(new Clock() {
        public ZoneOffset getZone() { return ZoneOffset.UTC; }
        public Clock withZone(java.time.ZoneId zone) { return this; }
        public Instant instant() { return now; }
    });

    @Test
    void oneFailureIsAMomentRepeatedFailuresAreAProblemWithTheReasonUntilTheyStop() {
        failures.record(new IllegalStateException("task failed", new RuntimeException("record too large")));
        assertThat(failures.problem()).isEmpty();

        now = now.plusSeconds(48);
        failures.record(new IllegalStateException("task failed", new RuntimeException("record too large")));
        assertThat(failures.problem()).hasValueSatisfying(why -> assertThat(why)
                .contains("failed 2 times in the last 5 minutes").contains("task failed").contains("record too large"));

        now = now.plus(StreamThreadFailures.WINDOW).plus(Duration.ofSeconds(1));
        assertThat(failures.problem()).isEmpty();
        assertThat(failures.total()).isEqualTo(2);
    }
}
