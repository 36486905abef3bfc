package io.wirewatch.topology.aggregates;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.schema.Entity;
import io.wirewatch.schema.EntityType;
import io.wirewatch.schema.MentionKind;
import io.wirewatch.schema.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The entity counts behind {@code /api/entities/top} count names, not adjectives or titles. */
class EntityTallyTest {
    private static Span span(String text, MentionKind kind) {
        return Span.newBuilder().setStart(0).setEnd(text.length()).setText(text).setKind(kind).build();
    }

    private static Entity russia(List<Span> mentions) {
        return Entity.newBuilder().setId("Q159").setType(EntityType.COUNTRY).setNameEn("Russia").setMentions(mentions).build();
    }

    @Test
    void onlyMentionsByNameCount() {
        EntityTally tally = EntityTally.of(russia(List.of(span("России", MentionKind.NAME), span("российских", MentionKind.ADJECTIVE),
                span("РФ", MentionKind.NAME), span("министр", MentionKind.TITLE))));

        assertThat(tally.mentions()).isEqualTo(2);
        assertThat(tally.articles()).isEqualTo(1);
    }

    @Test
    void aMentionWrittenBeforeKindsExistedCountsAsAName() {
        assertThat(EntityTally.of(russia(List.of(span("России", null)))).mentions()).isEqualTo(1);
    }

    @Test
    void anEntityTheArticleOnlyRefersToByAdjectiveHasNoNamedMention() {
        assertThat(EntityTally.of(russia(List.of(span("российских", MentionKind.ADJECTIVE)))).mentions()).isZero();
    }
}
