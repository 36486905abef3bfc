package io.wirewatch.topology.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactStateOrderTest {
    private static DyadStatus.Entry event(String id, String status, String eventDate, String reportDate) {
        return new DyadStatus.Entry(id, "CONSULT", status, "WORKING", eventDate, reportDate, 0, 1, null, null, 0);
    }

    private static List<String> ordered(DyadStatus.Entry... entries) {
        List<DyadStatus.Entry> list = new ArrayList<>(List.of(entries));
        list.sort(ContactStateOrder.OLDER_FIRST);
        return list.stream().map(DyadStatus.Entry::eventId).toList();
    }

    @Test
    void aPlanMadeInJanuaryIsOlderThanContactsResumedInFebruaryReportedTheSameDay() {
        assertThat(ordered(event("resumed", "RESUMED", null, "2026-02-10"), event("plan", "PLANNED", "2026-01", "2026-02-10")))
                .containsExactly("plan", "resumed");
        assertThat(ordered(event("plan", "PLANNED", "2026-01", "2026-02-10"), event("resumed", "RESUMED", "2026-02-10", "2026-02-10")))
                .containsExactly("plan", "resumed");
    }

    @Test
    void aPlanForTheFutureDatesFromItsReportNotFromTheDayItIsFor() {
        assertThat(ContactStateOrder.asOf("2026-03-15", "2026-02-10")).isEqualTo("2026-02-10");
        // Reported the same day as the resumption: the contact is later in its phase than the plan.
        assertThat(ordered(event("resumed", "RESUMED", "2026-02-10", "2026-02-10"), event("visit", "PLANNED", "2026-03-15", "2026-02-10")))
                .containsExactly("visit", "resumed");
        // Reported a day later, the plan is the news.
        assertThat(ordered(event("visit", "PLANNED", "2026-03-15", "2026-02-11"), event("resumed", "RESUMED", "2026-02-10", "2026-02-10")))
                .containsExactly("resumed", "visit");
    }

    @Test
    void onOneDayContactsResumedThenDroppedEndDropped() {
        assertThat(ordered(event("b", "SUSPENDED", "2026-02-10", "2026-02-10"), event("a", "RESUMED", "2026-02-10", "2026-02-10")))
                .containsExactly("a", "b");
    }

    @Test
    void partialAndUnknownDatesHaveAFixedPlaceAndAFullTieGoesByEventId() {
        assertThat(ContactStateOrder.asOf("2026", "2026-02-10")).isEqualTo("2026-01-01");
        assertThat(ContactStateOrder.asOf(null, "2026-02-10")).isEqualTo("2026-02-10");
        assertThat(ContactStateOrder.asOf("early spring", "2026-02-10")).isEqualTo("2026-02-10");
        assertThat(ordered(event("ev-2", "CONFIRMED", null, "2026-02-10"), event("ev-1", "CONFIRMED", null, "2026-02-10")))
                .containsExactly("ev-1", "ev-2");
    }
}
