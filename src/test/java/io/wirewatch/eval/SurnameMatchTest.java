package io.wirewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Speakers match by surname in any script or transliteration, case endings aside; different people do not. */
class SurnameMatchTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"Erdogan, Erdoğan", "Erdogan, Эрдоган", "Misharin, Мишарина", "Misharin, Misharina", "Maehara, Maekhara",
        "Maehara, Маэхара", "Brod, Брода", "Peskov, Пескова", "Shevardnadze, Шеварднадзе", "Zelensky, Зеленский",
        "Khodorkovsky, Ходорковского", "Vorobyov, Vorobyev", "Vorobyov, Воробьев", "Cruz, Kruz", "Cruz, Круз",
        "McArthur, Makartur", "McArthur, Макартур"})
    void theSamePerson(String gold, String found) {
        assertThat(SurnameMatch.same(gold, found)).isTrue();
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource({"Putin, Peskov", "Putin, Путиной-Смирновой", "Lavrov, Лукашенко", "Kan, Кондо", "Obama, Обрама-Линкольн"})
    void differentPeople(String gold, String found) {
        assertThat(SurnameMatch.same(gold, found)).isFalse();
    }
}
