package io.wirewatch.extract.link;

import io.wirewatch.extract.text.TextRange;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.kb.EntityKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionIndexTest {
    private static LinkedEntity entity(String id, TextRange... mentions) {
        return new LinkedEntity(id, EntityKind.COUNTRY, id, null, null, null, null, List.of(mentions));
    }

    @Test
    void putsEveryEntitysMentionsInTextOrderAndFindsThemByOffset() {
        LinkedEntity france = entity("FRA", new TextRange(10, 16), new TextRange(40, 47));
        LinkedEntity russia = entity("RUS", new TextRange(0, 6), new TextRange(25, 31));
        MentionIndex index = MentionIndex.of(List.of(france, russia));

        assertThat(index.size()).isEqualTo(4);
        assertThat(List.of(index.entity(0), index.entity(1), index.entity(2), index.entity(3)))
                .containsExactly(russia, france, russia, france);
        assertThat(index.range(2)).isEqualTo(new TextRange(25, 31));
        assertThat(index.firstFrom(11)).isEqualTo(2);
        assertThat(index.firstFrom(25)).isEqualTo(2);
        assertThat(index.firstFrom(48)).isEqualTo(4);
    }

    @Test
    void mentionsStartingTogetherKeepTheOrderOfTheEntities() {
        LinkedEntity person = entity("Q1", new TextRange(5, 20));
        LinkedEntity title = entity("Q2", new TextRange(5, 12));
        MentionIndex index = MentionIndex.of(List.of(person, title));

        assertThat(index.entity(0)).isEqualTo(person);
        assertThat(index.entity(1)).isEqualTo(title);
        assertThat(index.firstFrom(5)).isZero();
        assertThat(MentionIndex.of(List.of()).firstFrom(0)).isZero();
    }
}
