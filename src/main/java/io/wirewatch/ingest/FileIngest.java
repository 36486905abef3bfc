package io.wirewatch.ingest;

import io.wirewatch.config.WirewatchConfig;
import io.wirewatch.extract.source.ArticleJsonParser.Parsed;
import io.wirewatch.schema.RawArticle;
import io.wirewatch.topology.WirewatchTopics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Files and directories to an {@link ArticleSink} (by default {@code news.article.raw.v1}): every
 * readable article is delivered, every problem is reported through {@code problems} (file, line,
 * reason), nothing else is lost.
 */
public final class FileIngest {
    private FileIngest() {
    }

    /** Ids of the articles delivered, and how many inputs or articles failed. */
    public record Result(List<String> articleIds, int failures) {
    }

    /** Sends the articles of {@code inputs} to news.article.raw.v1 of the configured cluster. */
    public static Result produce(WirewatchConfig config, List<Path> inputs, Consumer<String> problems)
            throws InterruptedException {
        var client = config.clientProperties();
        try (RawArticleProducer producer = new RawArticleProducer(client, WirewatchTopics.withRegistry(client).raw())) {
            return deliver(inputs, new KafkaArticleSink(producer, problems), problems);
        }
    }

    public static Result deliver(List<Path> inputs, ArticleSink sink, Consumer<String> problems)
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
        Set<String> delivered = articles.isEmpty() ? Set.of() : sink.deliver(articles);
        failures += (int) articles.stream().filter(a -> !delivered.contains(a.getId())).count();
        return new Result(List.copyOf(delivered), failures);
    }
}
