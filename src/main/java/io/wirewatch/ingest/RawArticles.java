package io.wirewatch.ingest;

import io.wirewatch.extract.source.Article;
import io.wirewatch.schema.ArticleFormat;
import io.wirewatch.schema.RawArticle;
import java.time.Instant;
import java.time.ZoneOffset;

/** Maps a parsed {@link Article} onto the {@code RawArticle} contract of news.article.raw.v1. */
public final class RawArticles {
    private RawArticles() {
    }

    /**
     * @param feed the file or feed the article came from, or null
     */
    public static RawArticle from(Article article, String feed, Instant received) {
        return RawArticle.newBuilder()
                .setId(article.id())
                .setSource(article.source().isEmpty() ? "unknown" : article.source())
                .setUrl(article.url())
                .setLanguage(article.language())
                .setPublished(article.published() == null ? null
                        : article.published().atStartOfDay(ZoneOffset.UTC).toInstant())
                .setReceived(received)
                .setHeadline(article.headlineText())
                .setDateline(article.dateline())
                .setBody(article.bodyText())
                .setFormat(ArticleFormat.valueOf(article.format().name()))
                .setFeed(feed)
                .build();
    }
}
