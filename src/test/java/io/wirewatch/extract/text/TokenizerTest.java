package io.wirewatch.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static List<String> words(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    @Test
    void keepsHyphenatedWordsAbbreviationsAndSplitsPunctuationAndPossessives() {
        assertThat(words("пресс-секретарь Кремля, U.S. officials; Macron's «план» - 10%"))
                .containsExactly("пресс-секретарь", "Кремля", ",", "U.S.", "officials", ";", "Macron", "'s", "«", "план", "»", "-", "10", "%");
    }

    @Test
    void aPossessiveWrittenApartIsOneTokenToo() {
        assertThat(words("Reagan 's aide , Lord ’s ground , 'sorry' 's")).containsExactly(
                "Reagan", "'s", "aide", ",", "Lord", "’s", "ground", ",", "'", "sorry", "'", "'s");
    }

    @Test
    void offsetsIndexTheTextAndRespectTheRange() {
        String text = "  Москва. Париж ";
        List<Token> tokens = Tokenizer.tokenize(text, 2, 15);
        assertThat(tokens).extracting(t -> text.substring(t.start(), t.end())).containsExactly("Москва", ".", "Париж");
        assertThat(tokens.get(0).isCapitalized()).isTrue();
        assertThat(new Token(0, 3, "США").isAcronym()).isTrue();
        assertThat(new Token(0, 4, "Путин").isAcronym()).isFalse();
    }

    @Test
    void survivesOddCharacters() {
        assertThat(words("a\u0000b \uD83D\uDE00 c\u200Bd")).contains("a", "b", "c", "d");
    }
}
