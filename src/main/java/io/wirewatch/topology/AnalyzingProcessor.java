package io.wirewatch.topology;

import io.wirewatch.extract.Analysis;
import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.ArticleAnalyzer;
import io.wirewatch.extract.text.Dateline;
import io.wirewatch.extract.source.SourceFormat;
import io.wirewatch.schema.RawArticle;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The extractor's processing step: maps a {@code RawArticle} onto the library's {@link Article}
 * (text = headline, blank line, body), runs the {@link ArticleAnalyzer}, and maps its
 * {@link Analysis} onto the output contracts.
 */
public final class AnalyzingProcessor implements ArticleProcessor {
    /** Larger articles are refused (to the DLQ) rather than stalling a stream thread. */
    static final int MAX_TEXT_CHARS = 1024 * 1024;
    private final ArticleAnalyzer analyzer;
    private final Clock clock;

    public AnalyzingProcessor(ArticleAnalyzer analyzer, Clock clock) {
        this.analyzer = analyzer;
        this.clock = clock;
    }

    @Override
    public Extraction process(RawArticle raw) {
        Article article = toArticle(raw);
        Analysis analysis = analyzer.analyze(article);
        return Extraction.of(raw, analysis, clock.instant());
    }

    /** The library's article for a raw one: text = headline, blank line, body; refused as {@link #check} says. */
    public static Article toArticle(RawArticle raw) {
        check(raw);
        String body = raw.getBody();
        int lead = Dateline.find(body).map(Dateline::length).orElse(0);
        return Article.fromParts(raw.getId(), raw.getSource(), raw.getUrl(), raw.getLanguage(),
                localPublicationDate(raw),
                raw.getDateline(), raw.getHeadline(), body, lead, SourceFormat.valueOf(raw.getFormat().name()));
    }

    /**
     * Refuses what cannot be analyzed (an empty body, text over {@link #MAX_TEXT_CHARS}) with an
     * {@link UnprocessableArticleException}; the topology calls it as articles arrive so such
     * records reach the dead-letter topic with their original coordinates.
     */
    public static void check(RawArticle raw) {
        String body = raw.getBody() == null ? "" : raw.getBody();
        if (body.isBlank()) {
            throw new UnprocessableArticleException(raw.getId(), "empty body");
        }
        if (body.length() + raw.getHeadline().length() > MAX_TEXT_CHARS) {
            throw new UnprocessableArticleException(raw.getId(), "text over " + MAX_TEXT_CHARS + " characters");
        }
    }

    /** The publication date where it was published: a 01:30 +03:00 story belongs to that local day. */
    static LocalDate localPublicationDate(RawArticle raw) {
        if (raw.getPublished() == null) {
            return null;
        }
        ZoneOffset offset = ZoneOffset.UTC;
        if (raw.getPublishedOffset() != null) {
            try {
                offset = ZoneOffset.of(raw.getPublishedOffset());
            } catch (DateTimeException e) {
                // An offset we cannot read: the UTC date is the best remaining answer.
            }
        }
        return raw.getPublished().atOffset(offset).toLocalDate();
    }
}
