package io.wirewatch.extract.ner;

import io.wirewatch.extract.ner.rules.Found;
import io.wirewatch.extract.Analysis;
import io.wirewatch.extract.ArticleAnalyzer;
import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.source.ArticleTextParser;
import io.wirewatch.extract.text.Tokenizer;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.kb.EntityKind;
import org.junit.jupiter.api.Test;

/** Names outside the knowledge base come from the statistical name finder, short forms joined. */
class UnknownNamesTest {
    private static final String TEXT = "date 2026-03-02\nГубернатор встретился с делегацией\n\n"
            + "Екатеринбург. 2 марта. INTERFAX.RU - Губернатор Свердловской области Сергей Топалов встретился "
            + "с делегацией холдинга и обсудил поставки в Казахстан. Как сообщил Топалов журналистам, "
            + "переговоры прошли в Екатеринбурге.\n";

    @Test
    void aPersonOutsideTheKnowledgeBaseIsFoundAndHisSurnameJoinsHim() {
        Article article = ArticleTextParser.parse("u", TEXT);
        Analysis analysis = new ArticleAnalyzer().analyze(article);
        LinkedEntity person = analysis.entities().stream().filter(e -> e.kind() == EntityKind.PERSON)
                .findFirst().orElseThrow();
        assertThat(person.id()).isEqualTo("ww:person:sergey-topalov");
        assertThat(person.nameRu()).isEqualTo("Сергей Топалов");
        assertThat(person.mentions()).extracting(m -> m.of(TEXT)).containsExactly("Сергей Топалов", "Топалов");
        assertThat(analysis.entities()).extracting(LinkedEntity::nameEn).contains("Kazakhstan");
    }

    @Test
    void aPersonTaggedWithTheKnownWordsBeforeHimKeepsOnlyHisOwn() {
        var rossiiIvanov = new Found(1, 3, "PER", 0.8);
        assertThat(rossiiIvanov.withoutKnownWordsBefore(new boolean[] {false, true, false, false}))
                .isEqualTo(new Found(2, 3, "PER", 0.8));
        var mayorOfMoscow = new Found(0, 2, "ORG", 0.8);
        assertThat(mayorOfMoscow.withoutKnownWordsBefore(new boolean[] {true, false})).isEqualTo(mayorOfMoscow);
        var allKnown = new Found(0, 2, "PER", 0.8);
        assertThat(allKnown.withoutKnownWordsBefore(new boolean[] {true, true})).isEqualTo(allKnown);
    }

    @Test
    void aSentenceWhoseCapitalsAreAllKnownOrSentenceInitialNeedsNoNameFinder() {
        var tokens = Tokenizer.tokenize("Он добавил: \"Пока каких-то индикаций не было\".");
        assertThat(RussianSentenceGate.hasCandidate(tokens, new boolean[tokens.size()])).isFalse();
        var withName = Tokenizer.tokenize("Об этом сообщил Топалов.");
        assertThat(RussianSentenceGate.hasCandidate(withName, new boolean[withName.size()])).isTrue();
        var quotedName = Tokenizer.tokenize("Об этом сообщили в партии «Яблоко».");
        assertThat(RussianSentenceGate.hasCandidate(quotedName, new boolean[quotedName.size()])).isTrue();
    }

    @Test
    void aDescriptorBeforeAKnownNameNeedsTheNameFinderEvenWhenEveryCapitalIsKnown() {
        var mayorsOffice = Tokenizer.tokenize("Акция прошла у здания мэрии Москвы.");
        boolean[] moscowKnown = new boolean[mayorsOffice.size()];
        moscowKnown[5] = true;
        assertThat(mayorsOffice.get(5).text()).isEqualTo("Москвы");
        assertThat(RussianSentenceGate.hasCandidate(mayorsOffice, moscowKnown)).isFalse();
        assertThat(RussianSentenceGate.hasDescriptorOfKnownName(mayorsOffice, moscowKnown)).isTrue();
        var noDescriptor = Tokenizer.tokenize("Акция прошла у здания в Москве.");
        boolean[] alsoKnown = new boolean[noDescriptor.size()];
        alsoKnown[5] = true;
        assertThat(noDescriptor.get(5).text()).isEqualTo("Москве");
        assertThat(RussianSentenceGate.hasDescriptorOfKnownName(noDescriptor, alsoKnown)).isFalse();
    }

    @Test
    void anOrganisationNamedInQuotesIsOneEntityNamedByTheWordsInsideTheQuotes() {
        String text = "date 2026-03-02\nОппозиция обсудила выборы\n\n"
                + "Москва. 2 марта. INTERFAX.RU - Руководство партии «Яблоко» обсудило выборы. "
                + "Об этом сообщили в партии «Яблоко».\n";
        Analysis analysis = new ArticleAnalyzer().analyze(ArticleTextParser.parse("q", text));
        LinkedEntity party = analysis.entities().stream().filter(e -> e.kind() == EntityKind.ORGANIZATION)
                .findFirst().orElseThrow();
        assertThat(party.nameRu()).isEqualTo("Яблоко");
        assertThat(party.mentions()).extracting(m -> m.of(text)).containsExactly("Яблоко", "Яблоко");
    }
}
