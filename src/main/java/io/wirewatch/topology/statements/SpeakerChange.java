package io.wirewatch.topology.statements;

import io.wirewatch.alert.AlertMaker;
import io.wirewatch.schema.Alert;
import io.wirewatch.schema.Statement;
import java.util.List;

/**
 * A statement as the {@code speaker-statements} aggregate saw it: when its speaker was last heard
 * before (epoch ms, null: never), and the record time. The alert step downstream evaluates the
 * statement rules on it; it never leaves the stream thread (no serde).
 */
public record SpeakerChange(Statement statement, Long lastHeardBefore, long at) {

    public List<Alert> alerts(AlertMaker rules) {
        return rules.statement(statement, lastHeardBefore, at);
    }
}
