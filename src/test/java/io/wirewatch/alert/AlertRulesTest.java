package io.wirewatch.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.schema.Severity;
import io.wirewatch.alert.AlertRule.Type;
import org.junit.jupiter.api.Test;

class AlertRulesTest {
    @Test
    void theBundledRulesLoad() {
        assertThat(AlertRules.bundled().all()).isNotEmpty()
                .extracting(AlertRule::type).contains(Type.STATUS_CHANGE, Type.FIRST_STATEMENT);
    }

    @Test
    void aRuleReadsItsFieldsWithDefaults() {
        AlertRules rules = AlertRules.parse("t", """
                rules:
                  - id: a
                    type: status-change
                    actors: [rus, FRA]
                    to: [resumed]
                  - id: b
                    type: first-statement
                    severity: critical
                    speakers: [Q1]
                """);

        AlertRule a = rules.all().get(0);
        assertThat(a.actors()).containsExactly("RUS", "FRA");
        assertThat(a.statuses()).containsExactly("RESUMED");
        assertThat(a.severity()).isEqualTo(Severity.INFO);
        assertThat(rules.all().get(1).withinHours()).isEqualTo(24);
        assertThat(rules.all().get(1).severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void mistakesNameTheRuleAndTheProblem() {
        assertThatThrownBy(() -> AlertRules.parse("f.yaml", "rules:\n  - id: x\n    type: new-event\n"))
                .isInstanceOf(AlertRulesException.class).hasMessageContaining("f.yaml: rule 1 (x)").hasMessageContaining("new-contact-event");
        assertThatThrownBy(() -> AlertRules.parse("f.yaml", "rules:\n  - id: x\n    type: status-change\n    to: [RESUMD]\n"))
                .hasMessageContaining("unknown status 'RESUMD'");
        assertThatThrownBy(() -> AlertRules.parse("f.yaml", "rules:\n  - id: x\n    type: status-change\n    actor: [RUS]\n"))
                .hasMessageContaining("unknown field 'actor'");
        assertThatThrownBy(() -> AlertRules.parse("f.yaml", "rules:\n  - id: x\n    type: first-statement\n"))
                .hasMessageContaining("needs 'speakers'");
        assertThatThrownBy(() -> AlertRules.parse("f.yaml", "rules:\n  - {id: x, type: status-change}\n  - {id: x, type: status-change}\n"))
                .hasMessageContaining("duplicate id 'x'");
        assertThatThrownBy(() -> AlertRules.parse("f.yaml", "rules: [\n"))
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> AlertRules.parse("f.yaml", "- id: x\n"))
                .hasMessageContaining("top-level 'rules:'");
    }
}
