package io.wirewatch.topology.state;

import io.wirewatch.schema.state.ArticleView;
import io.wirewatch.schema.state.DyadStatusEntryState;
import io.wirewatch.schema.state.DyadStatusState;
import io.wirewatch.schema.state.EntityTallyState;
import io.wirewatch.schema.state.SaidState;
import io.wirewatch.schema.state.SpeakerHistoryState;
import io.wirewatch.topology.aggregates.EntityTally;
import io.wirewatch.topology.contacts.DyadStatus;
import io.wirewatch.topology.statements.SpeakerHistory;
import org.apache.kafka.common.serialization.Serde;

/**
 * The serde of each store value, all {@link AvroStateSerde} over the records of
 * {@code schemas/state/}: the aggregates' plain Java values are mapped field by field.
 */
public final class StateSerdes {
    private StateSerdes() {
    }

    public static Serde<ArticleView> articleViews() {
        return AvroStateSerde.of(ArticleView.class);
    }

    public static Serde<EntityTally> entityTallies() {
        return AvroStateSerde.mapped(EntityTallyState.class,
                t -> new EntityTallyState(t.id(), t.type(), t.name(), t.nameRu(), t.country(), t.mentions(), t.articles()),
                a -> new EntityTally(a.getId(), a.getType(), a.getName(), a.getNameRu(), a.getCountry(), a.getMentions(),
                        a.getArticles()));
    }

    public static Serde<DyadStatus> dyadStatuses() {
        return AvroStateSerde.mapped(DyadStatusState.class,
                d -> new DyadStatusState(d.dyad(), d.status(), d.level(), d.eventDate(), d.reportDate(), d.eventId(),
                        d.evidence(), d.updatedAt(), d.history().stream().map(StateSerdes::entry).toList()),
                a -> new DyadStatus(a.getDyad(), a.getStatus(), a.getLevel(), a.getEventDate(), a.getReportDate(),
                        a.getEventId(), a.getEvidence(), a.getUpdatedAt(),
                        a.getHistory().stream().map(StateSerdes::entry).toList()));
    }

    public static Serde<SpeakerHistory> speakerHistories() {
        return AvroStateSerde.mapped(SpeakerHistoryState.class,
                h -> new SpeakerHistoryState(h.speakerId(), h.name(), h.role(), h.lastHeard(),
                        h.latest().stream().map(StateSerdes::said).toList()),
                a -> new SpeakerHistory(a.getSpeakerId(), a.getName(), a.getRole(), a.getLastHeard(),
                        a.getLatest().stream().map(StateSerdes::said).toList()));
    }

    private static DyadStatusEntryState entry(DyadStatus.Entry e) {
        return new DyadStatusEntryState(e.eventId(), e.type(), e.status(), e.level(), e.eventDate(), e.reportDate(),
                e.revision(), e.articles(), e.evidence(), e.articleId(), e.at());
    }

    private static DyadStatus.Entry entry(DyadStatusEntryState a) {
        return new DyadStatus.Entry(a.getEventId(), a.getType(), a.getStatus(), a.getLevel(), a.getEventDate(),
                a.getReportDate(), a.getRevision(), a.getArticles(), a.getEvidence(), a.getArticleId(), a.getAt());
    }

    private static SaidState said(SpeakerHistory.Said s) {
        return new SaidState(s.statementId(), s.quote(), s.direct(), s.articleId(), s.headline(), s.source(),
                s.published(), s.at());
    }

    private static SpeakerHistory.Said said(SaidState a) {
        return new SpeakerHistory.Said(a.getStatementId(), a.getQuote(), a.getDirect(), a.getArticleId(),
                a.getHeadline(), a.getSource(), a.getPublished(), a.getAt());
    }
}
