package io.wirewatch.topology.aggregates;

import io.wirewatch.topology.state.JsonSerde;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The entity-mention stores' values in a compact binary form: a version byte (1), the five names
 * (each present or not, UTF-8), mentions and articles. Every entity of every article is read and
 * written twice (hour, day), so JSON cost more than the counting. Values written as JSON by
 * earlier versions (they start with '{') are still read.
 */
public final class EntityTallySerde implements Serde<EntityTally> {
    private static final byte VERSION = 1;
    private final Deserializer<EntityTally> json = JsonSerde.of(EntityTally.class).deserializer();

    @Override
    public Serializer<EntityTally> serializer() {
        return (topic, tally) -> tally == null ? null : write(tally);
    }

    @Override
    public Deserializer<EntityTally> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            if (bytes.length > 0 && bytes[0] == '{') {
                return json.deserialize(topic, bytes);
            }
            return read(bytes, topic);
        };
    }

    private static byte[] write(EntityTally tally) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            for (String text : new String[] {tally.id(), tally.type(), tally.name(), tally.nameRu(), tally.country()}) {
                out.writeBoolean(text != null);
                if (text != null) {
                    out.writeUTF(text);
                }
            }
            out.writeLong(tally.mentions());
            out.writeLong(tally.articles());
        } catch (IOException e) {
            throw new SerializationException("cannot write an entity tally", e);
        }
        return bytes.toByteArray();
    }

    private static EntityTally read(byte[] bytes, String topic) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte version = in.readByte();
            if (version != VERSION) {
                throw new SerializationException("entity tally in " + topic + " has unknown format version " + version);
            }
            String[] texts = new String[5];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = in.readBoolean() ? in.readUTF() : null;
            }
            return new EntityTally(texts[0], texts[1], texts[2], texts[3], texts[4], in.readLong(), in.readLong());
        } catch (IOException e) {
            throw new SerializationException("cannot read an entity tally from " + topic, e);
        }
    }
}
