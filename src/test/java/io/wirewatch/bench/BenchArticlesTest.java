package io.wirewatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.schema.RawArticle;
import io.wirewatch.topology.dedup.TextFingerprint;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchArticlesTest {
    @Test
    void articlesAreDistinctMixedAndOfVariedLength() {
        List<RawArticle> articles = new BenchArticles(1).next("t", 500);

        assertThat(articles).extracting(TextFingerprint::of).doesNotHaveDuplicates();
        long russian = articles.stream().filter(a -> a.getLanguage().equals("ru")).count();
        assertThat(russian).isBetween(300L, 400L);
        assertThat(articles).extracting(a -> a.getBody().length()).anyMatch(n -> n < 600).anyMatch(n -> n > 3000);
        assertThat(articles).extracting(RawArticle::getId).startsWith("t-0", "t-1");
    }

    @Test
    void theSameSeedGivesTheSameArticles() {
        assertThat(new BenchArticles(9).next("a", 20)).extracting(RawArticle::getBody)
                .isEqualTo(new BenchArticles(9).next("a", 20).stream().map(RawArticle::getBody).toList());
    }
}
