package io.wirewatch.reliability;

import io.wirewatch.extract.source.ArticleTextParser;
import io.wirewatch.ingest.RawArticles;
import io.wirewatch.schema.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Distinct, realistic wire articles for load and reliability tests: the seed and short Russian and
 * English stories with contacts and quotes, each made unique by a closing line naming its number.
 */
final class ArticleFactory {
    private static final List<String> STORIES = List.of(
            seed(),
            """
            date 2026-02-11
            Песков подтвердил контакты с Парижем

            Москва. 11 февраля. ТАСС - Пресс-секретарь президента РФ Дмитрий Песков подтвердил возобновление \
            контактов с Елисейским дворцом на техническом уровне. "Да, такие контакты есть", - сказал Песков журналистам.
            """,
            """
            date 2026-02-11
            Лавров и Фидан обсудили по телефону ситуацию на Ближнем Востоке

            Москва. 11 февраля. INTERFAX.RU - Министр иностранных дел РФ Сергей Лавров провел телефонный разговор \
            с главой МИД Турции Хаканом Фиданом. "Стороны договорились продолжить контакты", - говорится в сообщении МИД России.
            """,
            """
            date 2026-02-11
            Macron says channel to Moscow restored

            Paris, Feb 11 - French President Emmanuel Macron said technical-level contacts with the Kremlin had resumed. \
            "We have restored a channel," Macron told reporters. Kremlin spokesman Dmitry Peskov confirmed the contacts.
            """);

    private ArticleFactory() {
    }

    /** Article {@code index} of series {@code run}: id {@code run-index}, a story made unique. */
    static RawArticle article(String run, int index) {
        String story = STORIES.get(index % STORIES.size()).stripTrailing() + "\n\nСообщение номер " + index
                + " серии " + run + ".\n";
        return RawArticles.from(ArticleTextParser.parse(run + "-" + index, story), "reliability-test", Instant.now());
    }

    static List<RawArticle> series(String run, int count) {
        List<RawArticle> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            articles.add(article(run, i));
        }
        return articles;
    }

    private static String seed() {
        try (var files = Files.list(Path.of("seeds"))) {
            Path file = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
