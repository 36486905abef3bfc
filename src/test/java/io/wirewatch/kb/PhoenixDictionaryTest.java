package io.wirewatch.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One reader of the Phoenix actor files: entries, their roots and synonyms, codes, dates and notes. */
class PhoenixDictionaryTest {
    private static final List<String> LINES = List.of(
            "# a comment of the file [USA]",
            "JOHN_J_MCCLOY_",
            "\tJOHN_MCCLOY_\t[IGOUNODEVWBK 470301-490630]# IGOrulers.txt",
            "GEORGE_WOODS_",
            "+GEORGE_D_WOODS_",
            "EUGENE_BLACK_  # CountryInfo.txt",
            "\t[IGOUNODEVWBK 490701-621231]",
            "\t#[IGOUNO >20130804] an old code, commented out",
            "FREEDONIA_  [FRD]");

    @Test
    void rootsBeforeOneCodeBlockShareIt() {
        List<PhoenixDictionary.Entry> entries = PhoenixDictionary.parse(LINES);
        assertThat(entries).hasSize(3);
        assertThat(entries.get(0).names()).containsExactly("JOHN_J_MCCLOY_");
        assertThat(entries.get(1).roots()).containsExactly(List.of("GEORGE_WOODS_", "GEORGE_D_WOODS_"), List.of("EUGENE_BLACK_"));
        assertThat(entries.get(1).perRoot()).extracting(PhoenixDictionary.Entry::names)
                .containsExactly(List.of("GEORGE_WOODS_", "GEORGE_D_WOODS_"), List.of("EUGENE_BLACK_"));
        assertThat(entries.get(1).notes()).anyMatch(note -> note.contains("CountryInfo.txt"));
        assertThat(entries.get(1).codes()).extracting(PhoenixDictionary.Code::code).containsExactly("IGOUNODEVWBK");
    }

    @Test
    void codesKeepTheirPeriods() {
        List<PhoenixDictionary.Entry> entries = PhoenixDictionary.parse(LINES);
        PhoenixDictionary.Code bank = entries.get(1).codes().get(0);
        assertThat(bank.dated()).isTrue();
        assertThat(bank.start()).isEqualTo(LocalDate.of(1949, 7, 1));
        assertThat(bank.end()).isEqualTo(LocalDate.of(1962, 12, 31));
        assertThat(bank.country()).isEqualTo("IGO");
        PhoenixDictionary.Code freedonia = entries.get(2).codes().get(0);
        assertThat(freedonia.dated()).isFalse();
        assertThat(freedonia.overlaps(LocalDate.of(1933, 1, 1), null)).isTrue();
    }
}
