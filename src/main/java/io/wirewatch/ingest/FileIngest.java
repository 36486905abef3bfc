package io.wirewatch.ingest;

import io.wirewatch.config.WirewatchConfig;
import io.wirewatch.extract.ArticleJsonParser.Parsed;
import io.wirewatch.schema.RawArticle;
import io.wirewatch.topology.WirewatchTopics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Files and directories to {@code news.article.raw.v1}: every readable article is sent, every
 * problem is reported through {@code problems} (file, line, reason), nothing else is lost.
 */
public final class FileIngest {
    private FileIngest() {
    }

    /** Ids of the articles sent, and how many inputs or articles failed. */
    public record Result(List<String> articleIds, int failures) {
    }

    public static Result produce(WirewatchConfig config, List<Path> inputs, Consumer<String> problems)
            throws InterruptedException {
        List<RawArticle> articles = new ArrayList<>();
        int failures = 0;
        Instant now = Instant.now();
        for (Parsed parsed : ArticleFiles.read(inputs)) {
            if (parsed.isOk()) {
                articles.add(RawArticles.from(parsed.article(), parsed.input(), now));
            } else {
                problems.accept("wirewatch: " + parsed.input() + ": " + parsed.error());
                failures++;
            }
        }
        Map<String, Object> client = config.clientProperties();
        List<String> sent = new ArrayList<>();
        try (RawArticleProducer producer = new RawArticleProducer(client, WirewatchTopics.withRegistry(client).raw())) {
            for (RawArticleProducer.Outcome outcome : producer.sendAll(articles)) {
                if (outcome.ok()) {
                    sent.add(outcome.articleId());
                } else {
                    problems.accept("wirewatch: article " + outcome.articleId() + " not sent: " + outcome.error());
                    failures++;
                }
            }
        }
        return new Result(sent, failures);
    }
}
