package io.wirewatch.extract.text;

import io.wirewatch.extract.SeedFixture;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    @Test
    void russianAndEnglish() {
        assertThat(LanguageDetector.detect(SeedFixture.text())).isEqualTo("ru");
        assertThat(LanguageDetector.detect("The Kremlin said on Tuesday that contacts with the Elysee had resumed at a technical level."))
                .isEqualTo("en");
    }

    @Test
    void otherLanguagesAreUndetermined() {
        assertThat(LanguageDetector.detect("Der Kreml bestätigte am Dienstag die Wiederaufnahme der Kontakte mit Paris.")).isEqualTo("und");
        assertThat(LanguageDetector.detect("Кремль підтвердив відновлення контактів із Єлисейським палацом на технічному рівні.")).isEqualTo("und");
        assertThat(LanguageDetector.detect("克里姆林宫周二证实已在技术层面恢复与爱丽舍宫的联系以及其他的事情")).isEqualTo("und");
        assertThat(LanguageDetector.detect("12 34")).isEqualTo("und");
    }

    @Test
    void aSupportedDeclaredLanguageWins() {
        assertThat(LanguageDetector.detect("Short.", "EN")).isEqualTo("en");
        assertThat(LanguageDetector.detect("12 34", "de")).isEqualTo("und");
    }
}
