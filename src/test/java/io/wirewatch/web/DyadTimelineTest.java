package io.wirewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.topology.contacts.DyadStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DyadTimelineTest {
    private static DyadStatus.Entry event(String id, String status, String eventDate, String reportDate) {
        return new DyadStatus.Entry(id, "CONSULT", status, "WORKING", eventDate, reportDate, 0, 1, "…", "a-" + id, 0);
    }

    @Test
    void theEventsComeOlderStateFirstWithTheChangesAndTheCurrentStateMarked() {
        List<DyadStatus.Entry> history = List.of(event("resumed", "RESUMED", null, "2026-02-10"),
                event("plan", "PLANNED", "2026-01", "2026-02-10"), event("again", "RESUMED", "2026-02-11", "2026-02-11"),
                event("earlier", "SUSPENDED", "2025-12-01", "2025-12-02"));
        DyadStatus status = new DyadStatus("FRA|RUS", "RESUMED", "WORKING", "2026-02-11", "2026-02-11", "again", "…", 0,
                history);

        JsonNode timeline = DyadTimeline.of(status);

        List<String> ids = new ArrayList<>();
        timeline.path("events").forEach(e -> ids.add(e.path("eventId").asText()));
        assertThat(ids).containsExactly("earlier", "plan", "resumed", "again");
        JsonNode events = timeline.path("events");
        assertThat(events.get(1).path("asOf").asText()).isEqualTo("2026-01-01");
        assertThat(events.get(1).path("changed").asBoolean()).isTrue();
        assertThat(events.get(3).path("changed").asBoolean()).isFalse();
        assertThat(events.get(3).path("current").asBoolean()).isTrue();
        assertThat(events.get(0).path("current").asBoolean()).isFalse();
        assertThat(events.get(0).path("articleId").asText()).isEqualTo("a-earlier");
        assertThat(events.get(0).has("at")).isFalse();
        assertThat(timeline.path("status").asText()).isEqualTo("RESUMED");
    }
}
