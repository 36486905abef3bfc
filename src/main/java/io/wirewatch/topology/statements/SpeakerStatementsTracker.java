package io.wirewatch.topology.statements;

import io.wirewatch.schema.Alert;
import io.wirewatch.schema.Statement;
import io.wirewatch.topology.RecordLimits;
import io.wirewatch.alert.AlertMaker;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keyed by speaker id: reads news.statement.v1, keeps each speaker's latest statements in
 * {@code speaker-statements} (queryable), and writes the alerts statement rules fire (a watched
 * speaker's first statement within N hours; a statement naming a watched entity), keyed by dedup key.
 */
public final class SpeakerStatementsTracker implements Processor<String, Statement, String, Alert> {
    private final String storeName;
    private final AlertMaker alerts;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, SpeakerHistory> speakers;

    public SpeakerStatementsTracker(String storeName, AlertMaker alerts) {
        this.storeName = storeName;
        this.alerts = alerts;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.speakers = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, Statement> record) {
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
        for (Alert alert : alerts.statement(statement, lastHeard, record.timestamp())) {
            context.forward(new Record<>(alert.getDedupKey(), alert, record.timestamp()));
        }
    }
}
