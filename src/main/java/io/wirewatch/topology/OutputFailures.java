package io.wirewatch.topology;

/**
 * Told about every output the extractor could not write: dead-lettered (the input went to
 * {@code wirewatch.dlq.v1} with the reason) or dropped (not even the dead letter could be written).
 * The runtime counts them on {@code /metrics}.
 */
public interface OutputFailures {
    /** Ignores everything: tests and tools without metrics. */
    OutputFailures NONE = new OutputFailures() {
        @Override
        public void deadLettered(String topic, Exception cause) {
        }

        @Override
        public void dropped(String topic, Exception cause) {
        }
    };

    void deadLettered(String topic, Exception cause);

    void dropped(String topic, Exception cause);
}
