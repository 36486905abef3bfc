package io.wirewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.extract.source.ArticleTextParser;
import io.wirewatch.ingest.RawArticles;
import io.wirewatch.runtime.Extractors;
import io.wirewatch.schema.AnalyzedArticle;
import io.wirewatch.schema.RawArticle;
import io.wirewatch.schema.view.ArticleSummary;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;

/** The live feed reads an analyzed article as its summary: Avro resolution from the topic's schema. */
class ArticleSummaryTest {
    @Test
    void anAnalyzedArticleReadsAsItsSummary() throws Exception {
        RawArticle raw = RawArticles.from(ArticleTextParser.parse("a-1", """
                Песков подтвердил контакты с Парижем

                Пресс-секретарь президента РФ Дмитрий Песков подтвердил контакты с Францией.
                """), "test", Instant.parse("2026-02-10T09:00:00Z"));
        AnalyzedArticle analyzed = Extractors.processor().process(raw).asUpdate().analyzed();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
        new SpecificDatumWriter<>(AnalyzedArticle.class).write(analyzed, encoder);
        encoder.flush();

        ArticleSummary summary = new SpecificDatumReader<ArticleSummary>(AnalyzedArticle.getClassSchema(),
                ArticleSummary.getClassSchema())
                .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));

        assertThat(summary.getArticle()).isEqualTo(analyzed.getArticle());
        assertThat(summary.getLanguage()).isEqualTo("ru");
        assertThat(summary.getEntities()).hasSize(analyzed.getEntities().size()).isNotEmpty();
        assertThat(summary.getUpdate()).isTrue();
    }
}
