package io.wirewatch.bench;

import io.wirewatch.schema.ArticleFormat;
import io.wirewatch.schema.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Realistic benchmark articles from the sentence banks in {@code resources/bench} (Russian from
 * the factRuEval-2016 devset, English from the PLOVER gold standard; licences beside them): 70%
 * Russian, lengths from 2 to 30 sentences (most short, some long, as on a wire), a dateline lead
 * on Russian ones, every text distinct so deduplication drops none. Deterministic for a seed.
 */
public final class BenchArticles {
    private final List<String> russian = bank("sentences-ru.txt");
    private final List<String> english = bank("sentences-en.txt");
    private final Random random;
    private final Set<String> used = new HashSet<>();

    public BenchArticles(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} articles with ids {@code prefix-0...}. */
    public List<RawArticle> next(String prefix, int count) {
        List<RawArticle> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(article(prefix + "-" + i));
        }
        return articles;
    }

    private RawArticle article(String id) {
        boolean ru = random.nextDouble() < 0.7;
        List<String> bank = ru ? russian : english;
        int sentences = random.nextDouble() < 0.8 ? 2 + random.nextInt(7) : 9 + random.nextInt(22);
        String body;
        do {
            StringBuilder text = new StringBuilder(ru ? "Москва. 10 февраля. INTERFAX.RU - " : "MOSCOW, Feb 10 - ");
            for (int s = 0; s < sentences; s++) {
                text.append(s == 0 ? "" : s % 4 == 0 ? "\n\n" : " ").append(bank.get(random.nextInt(bank.size())));
            }
            body = text.toString();
        } while (!used.add(body));
        String first = bank.get(random.nextInt(bank.size()));
        String headline = first.length() > 90 ? first.substring(0, first.lastIndexOf(' ', 90)) : first;
        Instant now = Instant.now();
        return RawArticle.newBuilder()
                .setId(id)
                .setSource(ru ? "INTERFAX.RU" : "BENCH-EN")
                .setLanguage(ru ? "ru" : "en")
                .setPublished(now)
                .setReceived(now)
                .setHeadline(headline)
                .setDateline(ru ? "Москва" : "Moscow")
                .setBody(body)
                .setFormat(ArticleFormat.PLAIN_TEXT)
                .build();
    }

    private static List<String> bank(String name) {
        try (InputStream in = BenchArticles.class.getResourceAsStream("/bench/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the benchmark sentence bank /bench/" + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /bench/" + name, e);
        }
    }
}
