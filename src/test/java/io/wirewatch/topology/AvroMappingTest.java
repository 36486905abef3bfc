package io.wirewatch.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.extract.events.ContactLevel;
import io.wirewatch.extract.events.ContactMode;
import io.wirewatch.extract.events.ContactStatus;
import io.wirewatch.extract.events.ContactType;
import io.wirewatch.extract.link.MentionKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed values of the extraction library reach the Avro contracts under the names they have. */
class AvroMappingTest {
    @Test
    void everyExtractionValueHasTheContractSymbolOfTheSameName() {
        assertSymbols(ContactStatus.values(), io.wirewatch.schema.ContactStatus.class);
        assertSymbols(ContactLevel.values(), io.wirewatch.schema.ContactLevel.class);
        assertSymbols(ContactType.values(), io.wirewatch.schema.ContactType.class);
        assertSymbols(ContactMode.values(), io.wirewatch.schema.ContactMode.class);
        assertSymbols(MentionKind.values(), io.wirewatch.schema.MentionKind.class);
    }

    private static <E extends Enum<E>> void assertSymbols(Enum<?>[] values, Class<E> contract) {
        for (Enum<?> value : List.of(values)) {
            assertThat(AvroMapping.symbol(contract, value).name()).as(contract.getSimpleName()).isEqualTo(value.name());
        }
    }
}
