package io.wirewatch.extract.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.kb.KnowledgeBaseException;
import org.junit.jupiter.api.Test;

class EventLexiconTest {
    @Test
    void theShippedLexiconsHoldTypedValues() {
        EventLexicon lexicon = EventLexicon.get();
        assertThat(lexicon.statuses).containsEntry("возобновить", ContactStatus.RESUMED);
        assertThat(lexicon.triggers.values()).extracting(EventLexicon.Trigger::type).contains(ContactType.TELEPHONE);
    }

    @Test
    void aBadEntryFailsWhenTheLexiconLoadsNamingFileLineAndTheValuesAllowed() {
        assertThatThrownBy(() -> new EventLexicon("/lexicon-typo/")).isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining("status-cues.tsv:2").hasMessageContaining("RESUMD").hasMessageContaining("RESUMED");
    }
}
