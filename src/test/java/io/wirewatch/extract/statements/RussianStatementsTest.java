package io.wirewatch.extract.statements;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.link.MentionIndex;
import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.text.Tokenizer;
import io.wirewatch.kb.EntityKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Russian constructions on hand-written text, with Лавров linked wherever the text names him. */
class RussianStatementsTest {
    private static List<String> said(String text) {
        List<TextRange> mentions = new ArrayList<>();
        for (int at = text.indexOf("Лавров"); at >= 0; at = text.indexOf("Лавров", at + 1)) {
            mentions.add(new TextRange(at, at + "Лавров".length()));
        }
        List<LinkedEntity> entities = mentions.isEmpty() ? List.of()
                : List.of(new LinkedEntity("Q40771", EntityKind.PERSON, "Sergey Lavrov", "Сергей Лавров", "Q40771", "RUS", null, mentions));
        List<AttributedStatement> found = new StatementExtractor().extract(text, Tokenizer.tokenize(text), entities,
                MentionIndex.of(entities), List.of());
        return found.stream().map(s -> s.speaker().nameEn() + " " + s.resolution() + ": " + s.quote().of(text)).toList();
    }

    @Test
    void quoteThenDashVerbAndName() {
        assertThat(said("«Мы продолжим переговоры с партнёрами», — сказал Лавров."))
                .containsExactly("Sergey Lavrov NAMED: Мы продолжим переговоры с партнёрами");
    }

    @Test
    void aBodyNamedAfterTheVerbSpeaksWithoutAName() {
        assertThat(said("«Это был неприятный инцидент», — сообщили в пресс-службе министерства."))
                .containsExactly("в пресс-службе министерства TITLE: Это был неприятный инцидент");
    }

    @Test
    void aFragmentOfTwoWordsInReportedSpeechIsAStatement() {
        assertThat(said("Лавров заявил, что это решение «вызывает сожаление»."))
                .containsExactly("Sergey Lavrov NAMED: вызывает сожаление");
    }

    @Test
    void aTitleInQuotationMarksIsNone() {
        assertThat(said("Лавров заявил, что читает газету «Русская правда».")).isEmpty();
    }

    @Test
    void everyLineIsAParagraphInTextThatIsNotHardWrapped() {
        assertThat(said("Лавров заявил: «Переговоры продолжатся завтра\nВторой абзац без кавычек.")).containsExactly(
                "Sergey Lavrov NAMED: Переговоры продолжатся завтра");
    }
}
