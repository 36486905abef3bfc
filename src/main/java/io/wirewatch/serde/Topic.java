package io.wirewatch.serde;

import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;

/**
 * A topic travelling with its key and value serdes, so producers, consumers and the topology can
 * never pair a topic with the wrong format.
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {
    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keySerde, "keySerde");
        Objects.requireNonNull(valueSerde, "valueSerde");
    }
}
