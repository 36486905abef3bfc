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

    @Test
    void aCharacterizationAfterAVerbOfNamingIsAStatement() {
        assertThat(said("Лавров назвал этот визит «непростительным оскорблением»."))
                .containsExactly("Sergey Lavrov NAMED: непростительным оскорблением");
    }

    @Test
    void aLabelAfterANamingParticipleIsNone() {
        assertThat(said("Лавров посетил острова, называемые в Японии «северными территориями».")).isEmpty();
    }

    @Test
    void theSpeakerIsTheSubjectNotANameInAnObliqueCase() {
        assertThat(said("Лавров осудил визит президента Франции Эммануэля Макрона, назвав его «непростительным оскорблением»."))
                .containsExactly("Sergey Lavrov NAMED: непростительным оскорблением");
    }

    @Test
    void aVerbWithoutASubjectContinuesTheSpeakerOfTheSentenceBefore() {
        assertThat(said("Лавров сказал, что переговоры идут. «Это обычная работа дипломатов», — и добавил, что «новых встреч пока не планируется»."))
                .containsExactly("Sergey Lavrov NAMED: Это обычная работа дипломатов",
                        "Sergey Lavrov NAMED: новых встреч пока не планируется");
    }

    @Test
    void aColonWithoutASpeakerContinuesTheSpeakerOfTheSentenceBefore() {
        assertThat(said("Лавров утверждает, что Анкара активна. К тому же Турция делает всё возможное: «В Гагаузии в ходу два языка»."))
                .containsExactly("Sergey Lavrov NAMED: В Гагаузии в ходу два языка");
    }

    @Test
    void aNameInQuotationMarksAfterANounIsNone() {
        assertThat(said("Лавров встретился с представителем «Национального союза этических граждан».")).isEmpty();
    }

    @Test
    void anOutletInQuotationMarksInsideTheAttributionIsSkipped() {
        assertThat(said("«Решение уже принято окончательно», — подтвердил «Ъ» источник в правительстве."))
                .containsExactly("источник в правительстве UNNAMED: Решение уже принято окончательно");
        assertThat(said("Как рассказал «Ъ» источник в правительстве, «решение уже принято окончательно»."))
                .containsExactly("источник в правительстве UNNAMED: решение уже принято окончательно");
    }

    @Test
    void wikiItalicsAroundAQuoteDoNotHideItsAttribution() {
        assertThat(said("Лавров прибыл в Париж.\n\n''«Мы обсудим все вопросы с партнёрами»'', — заявил министр."))
                .containsExactly("Sergey Lavrov TITLE: Мы обсудим все вопросы с партнёрами");
    }

    @Test
    void aShortFirstPartOfAnInterruptedQuoteIsAStatement() {
        assertThat(said("«Мне кажется, – продолжил Лавров, – что переговоры будут долгими»."))
                .containsExactly("Sergey Lavrov NAMED: Мне кажется", "Sergey Lavrov NAMED: что переговоры будут долгими");
    }

    @Test
    void organizersAreAnUnnamedVoiceAndAListOfQuotesGoesOnWithThem() {
        assertThat(said("Среди требований, выдвигаемых организаторами акции: «немедленная отставка мэра города», «роспуск городской думы»."))
                .containsExactly("выдвигаемых организаторами акции UNNAMED: немедленная отставка мэра города",
                        "выдвигаемых организаторами акции UNNAMED: роспуск городской думы");
    }

    @Test
    void aDescriptionAsTheSubjectStandsForThePersonLastNamed() {
        assertThat(said("Лавров прилетел в Анкару. Позднее министр, выступая перед журналистами, назвал переговоры «очень полезными»."))
                .containsExactly("Sergey Lavrov TITLE: очень полезными");
    }

    @Test
    void aShortTitleHoldingANameIsNoneUnlessAnAttributionFollows() {
        assertThat(said("«Политика с Ларри Кингом», как подчеркнул Лавров, это новая программа.")).isEmpty();
        assertThat(said("«Мы любим Россию», — сказал Лавров."))
                .containsExactly("Sergey Lavrov NAMED: Мы любим Россию");
    }

    @Test
    void anInitialEndsNoClause() {
        assertThat(said("Как сообщил С. Лавров, «переговоры продолжатся на следующей неделе»."))
                .containsExactly("Sergey Lavrov NAMED: переговоры продолжатся на следующей неделе");
    }

    @Test
    void aDottedSiteNameEndsNoClause() {
        assertThat(said("«Переговоры продолжатся на следующей неделе», цитирует infox.ru Лаврова."))
                .containsExactly("Sergey Lavrov NAMED: Переговоры продолжатся на следующей неделе");
    }

    @Test
    void commentingIsSaying() {
        assertThat(said("«Это обычная работа дипломатов», — прокомментировал Лавров."))
                .containsExactly("Sergey Lavrov NAMED: Это обычная работа дипломатов");
    }

    @Test
    void aDescriptionAfterItsAdjectivesSpeaksForItselfWhenNoOneIsNamedBefore() {
        assertThat(said("«Мы будем хулиганить на новой сцене», — заявил художественный руководитель."))
                .containsExactly("руководитель TITLE: Мы будем хулиганить на новой сцене");
    }

    @Test
    void aBodyAfterInSpeaksWithAPluralVerb() {
        assertThat(said("«Решение принято в интересах безопасности», — заявили в СБУ."))
                .containsExactly("в СБУ TITLE: Решение принято в интересах безопасности");
    }

    @Test
    void aSubjectAfterTheCommaOfAccordingToIsWhatIsSaid() {
        assertThat(said("По мнению автора петиции, Лавров «демонстрирует своё бессилие на этом посту»."))
                .containsExactly("автора петиции UNNAMED: демонстрирует своё бессилие на этом посту");
    }

    @Test
    void theTitleOfAnActIsNone() {
        assertThat(said("Лавров заявил, что закон «О свободе совести и религиозных организациях» устарел.")).isEmpty();
    }

    @Test
    void wordsQuotedAfterAColonInsideAStatementAreAnItemOfTheirOwn() {
        assertThat(said("Лавров сказал: «Люди говорят: „Нам надоело терпеть это положение“»."))
                .containsExactly("Sergey Lavrov NAMED: Люди говорят: „Нам надоело терпеть это положение“",
                        "Sergey Lavrov NAMED: Нам надоело терпеть это положение");
    }

    @Test
    void aParagraphOfQuotedSentencesGoesOnWithTheLastSpeaker() {
        String between = "Переговоры идут третий год, стороны встречаются в Женеве каждый месяц. ".repeat(8);
        assertThat(said("Лавров заявил: «Мы продолжим переговоры».\n\n" + between + "\n\n«Мы рассматриваем все возможности»."))
                .containsExactly("Sergey Lavrov NAMED: Мы продолжим переговоры", "Sergey Lavrov NAMED: Мы рассматриваем все возможности");
    }
}
