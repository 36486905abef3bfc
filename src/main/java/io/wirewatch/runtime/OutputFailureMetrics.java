package io.wirewatch.runtime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.wirewatch.topology.OutputFailures;

/**
 * Counts, on {@code /metrics}, the outputs the extractor could not write, per topic:
 * {@code wirewatch_outputs_dead_lettered_total} (the input went to the dead-letter topic with the
 * reason) and {@code wirewatch_outputs_dropped_total} (not even the dead letter could be written).
 */
final class OutputFailureMetrics implements OutputFailures {
    private final MeterRegistry metrics;

    OutputFailureMetrics(MeterRegistry metrics) {
        this.metrics = metrics;
        counter("wirewatch.outputs.dropped", "none");
    }

    @Override
    public void deadLettered(String topic, Exception cause) {
        counter("wirewatch.outputs.dead.lettered", topic).increment();
    }

    @Override
    public void dropped(String topic, Exception cause) {
        counter("wirewatch.outputs.dropped", topic).increment();
    }

    private Counter counter(String name, String topic) {
        return Counter.builder(name).tag("topic", topic)
                .description("Outputs the extractor could not write, by topic").register(metrics);
    }
}
