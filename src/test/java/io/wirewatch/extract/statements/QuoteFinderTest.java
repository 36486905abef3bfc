package io.wirewatch.extract.statements;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.extract.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
    private static List<String> quotes(String text) {
        return QuoteFinder.find(text, Tokenizer.tokenize(text)).stream().map(q -> q.inner().of(text)).toList();
    }

    @Test
    void findsOutermostQuotesOfEveryStyle() {
        assertThat(quotes("Он сказал: «Мы читали „Войну и мир“ вчера». Потом \"второе\" и “third”."))
                .containsExactly("Мы читали „Войну и мир“ вчера", "второе", "third");
    }

    @Test
    void anUnclosedQuoteRunsToTheEndOfItsParagraph() {
        assertThat(quotes("Он сказал: \"Начало цитаты и всё.\nНовый абзац.")).containsExactly("Начало цитаты и всё.");
    }

    @Test
    void aStraightMarkAfterASpaceInsideAStraightQuoteOpensANestedOne() {
        assertThat(quotes("Сообщили: \"В ходе операции \"Арсенал\" в доме найдено оружие\". Конец."))
                .containsExactly("В ходе операции \"Арсенал\" в доме найдено оружие");
    }
}
