package io.wirewatch.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.extract.Analysis;
import io.wirewatch.extract.ArticleAnalyzer;
import io.wirewatch.schema.AnalyzedArticle;
import io.wirewatch.schema.RawArticle;
import io.wirewatch.testing.AvroBinarySerde;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An analysis is capped to its byte budget: text whole, sentences and mentions in order while they fit. */
class AnalysisBudgetTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

    private static RawArticle article(int sentences) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            body.append("Министр иностранных дел России Сергей Лавров встретился с Эммануэлем Макроном в Париже. ");
        }
        return RawArticle.newBuilder().setId("long-1").setSource("INTERFAX.RU").setHeadline("Лавров и Макрон")
                .setBody(body.toString()).setReceived(Instant.parse("2026-02-10T09:00:00Z")).build();
    }

    private static int avroBytes(AnalyzedArticle analyzed) {
        return AvroBinarySerde.of(AnalyzedArticle.class).serializer().serialize("t", analyzed).length;
    }

    @Test
    void anAnalysisOverItsBudgetKeepsTheWholeTextAndTheLeadingSentencesAndMentionsThatFit() {
        RawArticle raw = article(400);
        Analysis analysis = ANALYZER.analyze(AnalyzingProcessor.toArticle(raw));
        AnalyzedArticle whole = AvroMapping.analyzed(raw, analysis, Instant.EPOCH);
        int budget = avroBytes(whole) * 2 / 3;

        AnalyzedArticle capped = AvroMapping.analyzed(raw, analysis, Instant.EPOCH, budget);

        assertThat(avroBytes(whole)).isGreaterThan(budget);
        assertThat(avroBytes(capped)).isLessThanOrEqualTo(budget);
        assertThat(capped.getText()).isEqualTo(whole.getText());
        assertThat(capped.getSentences()).isNotEmpty().hasSizeLessThan(whole.getSentences().size())
                .isEqualTo(whole.getSentences().subList(0, capped.getSentences().size()));
        assertThat(capped.getEntities()).allSatisfy(e -> assertThat(e.getMentions()).allSatisfy(m ->
                assertThat(capped.getText().substring(m.getStart(), m.getEnd())).isEqualTo(m.getText())));
    }

    @Test
    void anOrdinaryArticleKeepsEverythingUnderTheDefaultBudget() {
        RawArticle raw = article(20);
        Analysis analysis = ANALYZER.analyze(AnalyzingProcessor.toArticle(raw));
        AnalyzedArticle analyzed = AvroMapping.analyzed(raw, analysis, Instant.EPOCH);

        assertThat(analyzed.getSentences()).hasSize(analysis.sentences().size());
        assertThat(analyzed.getEntities()).hasSize(analysis.entities().size());
    }

    @Test
    void utf8LengthCountsAsTheEncoderDoes() {
        String text = "Paris, Москва, 東京 and 𝄞 music";
        assertThat(io.wirewatch.extract.source.Utf8Bytes.count(text))
                .isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void clippingNeverSplitsASurrogatePair() {
        assertThat(RecordLimits.clip("ab𝄞cd", 3)).isEqualTo("ab…");
        assertThat(RecordLimits.clip("abcdef", 4)).isEqualTo("abcd…");
        assertThat(RecordLimits.clip("abc", 4)).isEqualTo("abc");
    }
}
