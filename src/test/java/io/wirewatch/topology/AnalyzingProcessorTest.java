package io.wirewatch.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.schema.RawArticle;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnalyzingProcessorTest {
    private static RawArticle published(String instant, String offset) {
        return RawArticle.newBuilder().setId("a").setSource("INTERFAX.RU").setBody("Текст.")
                .setReceived(Instant.parse("2026-02-10T09:00:00Z"))
                .setPublished(instant == null ? null : Instant.parse(instant)).setPublishedOffset(offset).build();
    }

    @Test
    void aStoryPublishedAfterLocalMidnightBelongsToItsLocalDay() {
        assertThat(AnalyzingProcessor.localPublicationDate(published("2026-02-09T22:30:00Z", "+03:00")))
                .isEqualTo(LocalDate.of(2026, 2, 10));
    }

    @Test
    void withoutAnOffsetTheUtcDateIsUsed() {
        assertThat(AnalyzingProcessor.localPublicationDate(published("2026-02-09T22:30:00Z", null)))
                .isEqualTo(LocalDate.of(2026, 2, 9));
        assertThat(AnalyzingProcessor.localPublicationDate(published("2026-02-09T22:30:00Z", "garbage")))
                .isEqualTo(LocalDate.of(2026, 2, 9));
        assertThat(AnalyzingProcessor.localPublicationDate(published(null, "+03:00"))).isNull();
    }
}
