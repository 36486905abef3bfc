package io.wirewatch.bench;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The baseline of the benchmark: copies records from one topic to another unchanged (bytes in,
 * bytes out), with the extractor's Streams settings, so what the extractor costs on top of Kafka
 * Streams with exactly-once on this broker can be read off.
 */
final class PassThroughTopology {
    static final String INPUT = "wirewatch.bench.passthrough.in.v1";
    static final String OUTPUT = "wirewatch.bench.passthrough.out.v1";

    private PassThroughTopology() {
    }

    static Topology build() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(INPUT, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("read-bench-input"))
                .to(OUTPUT, Produced.with(Serdes.String(), Serdes.ByteArray()).withName("write-bench-output"));
        return builder.build();
    }
}
