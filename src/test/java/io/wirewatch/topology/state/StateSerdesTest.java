package io.wirewatch.topology.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.topology.aggregates.EntityTally;
import io.wirewatch.topology.contacts.DyadStatus;
import io.wirewatch.topology.statements.SpeakerHistory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

/** Every store value round-trips through its Avro record of schemas/state/, absent fields staying absent. */
class StateSerdesTest {
    private static <T> T roundTrip(Serde<T> serde, T value) {
        return serde.deserializer().deserialize("store", serde.serializer().serialize("store", value));
    }

    @Test
    void entityTalliesKeepEveryFieldAndAbsentNames() {
        EntityTally full = new EntityTally("Q7747", "PERSON", "Vladimir Putin", "Владимир Путин", "RUS", 12, 5);
        EntityTally bare = new EntityTally("ww:person:x", "PERSON", "X", null, null, 1, 1);
        assertThat(roundTrip(StateSerdes.entityTallies(), full)).isEqualTo(full);
        assertThat(roundTrip(StateSerdes.entityTallies(), bare)).isEqualTo(bare);
    }

    @Test
    void dyadStatusesKeepTheirHistory() {
        DyadStatus.Entry entry = new DyadStatus.Entry("ev-1", "CONSULT", "RESUMED", "WORKING", null, "2026-02-10", 2, 3,
                "Контакты возобновлены.", "a-1", 17L);
        DyadStatus status = new DyadStatus("FRA|RUS", "RESUMED", "WORKING", null, "2026-02-10", "ev-1",
                "Контакты возобновлены.", 17L, List.of(entry));
        assertThat(roundTrip(StateSerdes.dyadStatuses(), status)).isEqualTo(status);
    }

    @Test
    void speakerHistoriesKeepTheirStatements() {
        SpeakerHistory.Said said = new SpeakerHistory.Said("s-1", "Да, такие контакты есть", true, "a-1", null, "TASS",
                null, 5L);
        SpeakerHistory history = new SpeakerHistory("ww:person:dmitry-peskov", "Dmitry Peskov", null, 5L, List.of(said));
        assertThat(roundTrip(StateSerdes.speakerHistories(), history)).isEqualTo(history);
    }

    @Test
    void stateInAnotherFormatIsAClearError() {
        byte[] json = "{\"id\":\"Q142\",\"mentions\":3}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> StateSerdes.entityTallies().deserializer().deserialize("entity-mentions-hourly-changelog", json))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("EntityTallyState").hasMessageContaining("entity-mentions-hourly-changelog");
    }
}
