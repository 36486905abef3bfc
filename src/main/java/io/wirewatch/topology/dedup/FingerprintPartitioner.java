package io.wirewatch.topology.dedup;

import io.wirewatch.schema.RawArticle;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Partitions raw articles by their text fingerprint (the header the first dedup step wrote, else
 * computed) while the key stays the article id, so copies of one story meet in one partition and
 * a dead-letter record still carries the article's id.
 */
public final class FingerprintPartitioner implements StreamPartitioner<String, RawArticle> {
    @Override
    public Optional<Set<Integer>> partitions(String topic, String key, RawArticle value, Headers headers, int numPartitions) {
        String fingerprint = headers == null ? null : DedupHeaders.fingerprint(headers);
        if (fingerprint == null) {
            fingerprint = value == null ? key : TextFingerprint.of(value);
        }
        return Optional.of(Set.of(Utils.toPositive(Utils.murmur2(fingerprint.getBytes(java.nio.charset.StandardCharsets.UTF_8))) % numPartitions));
    }

    @Override
    public Optional<Set<Integer>> partitions(String topic, String key, RawArticle value, int numPartitions) {
        return partitions(topic, key, value, null, numPartitions);
    }
}
