package io.wirewatch.topology.aggregates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** Entity tallies survive the store: binary round trip, absent names, and the JSON earlier versions wrote. */
class EntityTallySerdeTest {
    private final EntityTallySerde serde = new EntityTallySerde();

    @Test
    void roundTripKeepsEveryField() {
        EntityTally tally = new EntityTally("Q7747", "PERSON", "Vladimir Putin", "Владимир Путин", "RUS", 12, 5);
        byte[] bytes = serde.serializer().serialize("t", tally);
        assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(tally);
        assertThat(bytes.length).as("smaller than JSON")
                .isLessThan(io.wirewatch.topology.state.JsonSerde.of(EntityTally.class).serializer().serialize("t", tally).length);
    }

    @Test
    void absentNamesStayAbsent() {
        EntityTally tally = new EntityTally("ww:person:x", "PERSON", "X", null, null, 1, 1);
        assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", tally))).isEqualTo(tally);
    }

    @Test
    void valuesWrittenAsJsonByEarlierVersionsAreRead() {
        byte[] json = "{\"id\":\"Q142\",\"type\":\"COUNTRY\",\"name\":\"France\",\"nameRu\":\"Франция\",\"country\":\"FRA\",\"mentions\":3,\"articles\":2}"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(serde.deserializer().deserialize("t", json))
                .isEqualTo(new EntityTally("Q142", "COUNTRY", "France", "Франция", "FRA", 3, 2));
    }

    @Test
    void anUnknownFormatIsAClearError() {
        assertThatThrownBy(() -> serde.deserializer().deserialize("entity-mentions-hourly-changelog", new byte[] {9, 0}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("unknown format version 9");
    }
}
