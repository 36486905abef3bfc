package io.wirewatch.extract.morph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameInflectorTest {
    @Test
    void masculineNamesTakeTheCaseEndings() {
        assertThat(NameInflector.forms("Макрон", false)).contains("макрон", "макрона", "макрону", "макроном", "макроне");
        assertThat(NameInflector.forms("Эммануэль", false)).contains("эммануэля", "эммануэлю", "эммануэлем");
        assertThat(NameInflector.forms("Песков", false)).contains("пескова", "песковым");
        assertThat(NameInflector.forms("Дмитрий", false)).contains("дмитрия", "дмитрием");
    }

    @Test
    void feminineNamesAndIndeclinableOnes() {
        assertThat(NameInflector.forms("Захарова", true)).contains("захаровой", "захарову").doesNotContain("захаровы");
        assertThat(NameInflector.forms("Меркель", true)).containsExactly("меркель");
        assertThat(NameInflector.forms("Моди", false)).containsExactly("моди");
        assertThat(NameInflector.forms("Trump", false)).containsExactly("trump");
    }
}
