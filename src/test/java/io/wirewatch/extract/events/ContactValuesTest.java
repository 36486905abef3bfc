package io.wirewatch.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The orders the coder relies on: which status wins in a clause, which level a merged contact keeps. */
class ContactValuesTest {
    @Test
    void aNegationBeatsEveryCueAndAConfirmationNone() {
        List<ContactStatus> strongestFirst = Arrays.stream(ContactStatus.values())
                .sorted((a, b) -> a.strongerThan(b) ? -1 : b.strongerThan(a) ? 1 : 0).toList();
        assertThat(strongestFirst).containsExactly(ContactStatus.NONE, ContactStatus.DENIED, ContactStatus.SUSPENDED,
                ContactStatus.PROPOSED, ContactStatus.PLANNED, ContactStatus.POSSIBLE, ContactStatus.RESUMED,
                ContactStatus.CONFIRMED);
        assertThat(ContactStatus.CONFIRMED.strongerThan(ContactStatus.CONFIRMED)).isFalse();
    }

    @Test
    void aMergedContactKeepsTheMoreSeniorLevelAndAnyGivenLevelBeatsUnspecified() {
        assertThat(ContactLevel.HEAD_OF_STATE.moreSeniorThan(ContactLevel.MINISTERIAL)).isTrue();
        assertThat(ContactLevel.PARLIAMENTARY.moreSeniorThan(ContactLevel.WORKING)).isTrue();
        assertThat(Arrays.stream(ContactLevel.values()).filter(l -> l != ContactLevel.UNSPECIFIED))
                .allMatch(l -> l.moreSeniorThan(ContactLevel.UNSPECIFIED));
        assertThat(Arrays.stream(ContactLevel.values()).max(Comparator.naturalOrder())).contains(ContactLevel.UNSPECIFIED);
    }
}
