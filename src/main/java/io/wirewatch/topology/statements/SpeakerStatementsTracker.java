package io.wirewatch.topology.statements;

import io.wirewatch.schema.Statement;
import io.wirewatch.topology.RecordLimits;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keyed by speaker id: reads news.statement.v1, keeps each speaker's latest statements in
 * {@code speaker-statements} (queryable) and forwards each {@link SpeakerChange} to the alert step.
 * A processor rather than a DSL aggregate: a statement is kept with its record's time, which an
 * {@code Aggregator} does not see; the alert step needs when the speaker was heard before, which
 * an aggregate's {@code toStream()} does not carry; and a cached aggregate forwards one update per
 * speaker per commit (see {@code DyadStatusTracker}).
 */
public final class SpeakerStatementsTracker implements FixedKeyProcessor<String, Statement, SpeakerChange> {
    private final String storeName;
    private FixedKeyProcessorContext<String, SpeakerChange> context;
    private KeyValueStore<String, SpeakerHistory> speakers;

    public SpeakerStatementsTracker(String storeName) {
        this.storeName = storeName;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, SpeakerChange> context) {
        this.context = context;
        this.speakers = context.getStateStore(storeName);
    }

    @Override
    public void process(FixedKeyRecord<String, Statement> record) {
        Statement statement = record.value();
        String speakerId = record.key();
        SpeakerHistory before = speakers.get(speakerId);
        SpeakerHistory.Said said = new SpeakerHistory.Said(statement.getId(),
                RecordLimits.clip(statement.getQuote(), RecordLimits.STORED_QUOTE_CHARS), statement.getDirect(),
                statement.getArticle().getId(), statement.getArticle().getHeadline(), statement.getArticle().getSource(),
                statement.getArticle().getPublished() == null ? null : statement.getArticle().getPublished().toEpochMilli(),
                record.timestamp());
        String role = statement.getSpeaker().getRole() == null ? null : statement.getSpeaker().getRole().getNameEn();
        speakers.put(speakerId, SpeakerHistory.after(before, speakerId, statement.getSpeaker().getName(), role, said));
        Long lastHeard = before == null ? null : before.lastHeard();
        context.forward(record.withValue(new SpeakerChange(statement, lastHeard, record.timestamp())));
    }
}
