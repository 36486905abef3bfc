package io.wirewatch.alert;

import io.wirewatch.schema.Alert;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The alert step downstream of an aggregate: reads what changed ({@code C}: a pair's status, a
 * speaker's history), writes each alert the rules fire on it, keyed by its dedup key, at the
 * change's time. An alert is a new record: it carries no header of the record that fired it.
 */
public final class AlertStep<C> implements Processor<String, C, String, Alert> {
    private final Function<C, List<Alert>> rules;
    private ProcessorContext<String, Alert> context;

    public AlertStep(Function<C, List<Alert>> rules) {
        this.rules = rules;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, C> record) {
        for (Alert alert : rules.apply(record.value())) {
            context.forward(new Record<>(alert.getDedupKey(), alert, record.timestamp()));
        }
    }
}
