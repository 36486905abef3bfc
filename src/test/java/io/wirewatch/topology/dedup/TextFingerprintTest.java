package io.wirewatch.topology.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFingerprintTest {
    @Test
    void spacingPunctuationCaseAndYoDoNotMatter() {
        assertThat(TextFingerprint.of("Лавров провёл  переговоры, «в Анкаре».")).isEqualTo(TextFingerprint.of("лавров провел переговоры в анкаре"));
    }

    @Test
    void differentWordsDiffer() {
        assertThat(TextFingerprint.of("Лавров провёл переговоры")).isNotEqualTo(TextFingerprint.of("Лавров отменил переговоры"));
    }

    @Test
    void aLooseDatelineIsTheLeadOnlyWhenItHasADate() {
        assertThat(TextFingerprint.looseLead("МОСКВА, 10 фев - Текст")).isEqualTo("МОСКВА, 10 фев - ".length());
        assertThat(TextFingerprint.looseLead("Лавров - министр иностранных дел")).isZero();
        assertThat(TextFingerprint.looseLead("Текст без тире")).isZero();
    }
}
