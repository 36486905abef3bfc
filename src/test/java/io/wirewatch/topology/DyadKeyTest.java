package io.wirewatch.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.schema.Actor;
import io.wirewatch.schema.ContactEvent;
import io.wirewatch.schema.ContactStatus;
import io.wirewatch.schema.ContactType;
import java.util.List;
import org.junit.jupiter.api.Test;

class DyadKeyTest {
    @Test
    void sortsAndDeduplicatesActorCodes() {
        assertThat(DyadKey.of(event("RUS", "FRA"))).isEqualTo("FRA|RUS");
        assertThat(DyadKey.of(event("FRA", "RUS"))).isEqualTo("FRA|RUS");
        assertThat(DyadKey.of(event("RUS", "RUS", "EU"))).isEqualTo("EU|RUS");
    }

    private static ContactEvent event(String... codes) {
        List<Actor> actors = java.util.Arrays.stream(codes)
                .map(c -> Actor.newBuilder().setCode(c).build()).toList();
        return ContactEvent.newBuilder().setId("e").setType(ContactType.CONSULT).setCameo("040")
                .setActors(actors).setStatus(ContactStatus.RESUMED).setReportDate("2026-02-10")
                .setEvidence(List.of()).setConfidence(0.9).setGoldstein(1.0)
                .setSourceArticleIds(List.of("a")).setExtractorVersion("test").build();
    }
}
