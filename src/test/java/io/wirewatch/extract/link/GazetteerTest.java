package io.wirewatch.extract.link;

import io.wirewatch.extract.text.Token;
import io.wirewatch.extract.text.Tokenizer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static Gazetteer<String> levels() {
        Gazetteer<String> levels = new Gazetteer<>();
        levels.add("технический уровень", "WORKING", false, false, false);
        levels.add("уровень министров", "MINISTERIAL", false, false, false);
        levels.add("Франция", "FRA", true, false, false);
        return levels;
    }

    @Test
    void findsInflectedNamesLongestFirstWithoutOverlaps() {
        List<Token> tokens = Tokenizer.tokenize("контакты на техническом уровне министров Франции");

        assertThat(levels().find(tokens)).extracting(Gazetteer.Match::target).containsExactly("WORKING", "FRA");
    }

    @Test
    void aCapitalizedNameNeedsACapitalizedWord() {
        assertThat(levels().find(Tokenizer.tokenize("франции"))).isEmpty();
    }

    @Test
    void looksForANameAtOnePlaceEndingByTheGivenToken() {
        List<Token> tokens = Tokenizer.tokenize("на техническом уровне");
        Gazetteer<String> levels = levels();

        assertThat(levels.longestAt(tokens, 1, 3).target()).isEqualTo("WORKING");
        assertThat(levels.longestAt(tokens, 1, 2)).isNull();
        assertThat(levels.longestAt(tokens, 0, 3)).isNull();
    }
}
