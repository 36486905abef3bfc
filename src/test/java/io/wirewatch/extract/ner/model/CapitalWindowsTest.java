package io.wirewatch.extract.ner.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where the name finder runs: two words before each capitalized word to six after, joined. */
class CapitalWindowsTest {
    private static String[] words(String sentence) {
        return sentence.split(" ");
    }

    @Test
    void aLowerCaseSentenceHasNoWindow() {
        assertThat(CapitalWindows.of(words("об этом сообщили в пятницу вечером"))).isEmpty();
    }

    @Test
    void eachCapitalOpensAStretchAndNearOnesJoin() {
        String[] sentence = words("по словам источника , в пятницу в городе прошли переговоры и министр Иванов встретился с Петровым "
                + "после чего все разъехались по домам и больше ничего не было известно до вечера");
        assertThat(CapitalWindows.of(sentence)).containsExactly(new int[] {10, 22});
    }

    @Test
    void farApartCapitalsMakeSeparateStretches() {
        String[] sentence = words("Иванов сказал что потом было очень много всего и разного и наконец пришел Петров");
        assertThat(CapitalWindows.of(sentence)).containsExactly(new int[] {0, 7}, new int[] {11, 14});
    }
}
