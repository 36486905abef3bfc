package io.wirewatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.schema.ArticleFormat;
import io.wirewatch.testing.FeedServer;
import io.wirewatch.schema.RawArticle;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    private static final Instant RECEIVED = Instant.parse("2026-02-10T09:00:00Z");
    private static final String FEED = "http://127.0.0.1/rss";

    private static List<RawArticle> rss(byte[] bytes, String charset) {
        return FeedParser.parse(FEED, bytes, charset, null, RECEIVED).articles();
    }

    @Test
    void windows1251RssDeclaredInTheXmlPrologDecodesCyrillic() {
        List<RawArticle> items = rss(FeedServer.resource("interfax-windows-1251.rss"), null);

        assertThat(items).hasSize(3);
        RawArticle first = items.get(0);
        assertThat(first.getHeadline()).isEqualTo("В Кремле подтвердили возобновление контактов с Францией");
        assertThat(first.getSource()).isEqualTo("Интерфакс — Главные новости");
        assertThat(first.getLanguage()).isEqualTo("ru");
        assertThat(first.getFormat()).isEqualTo(ArticleFormat.RSS);
        assertThat(first.getFeed()).isEqualTo(FEED);
        assertThat(first.getUrl()).isEqualTo("http://127.0.0.1/news/1001");
    }

    @Test
    void textComesFromContentEncodedCleanedOfHtmlAndScripts() {
        RawArticle first = rss(FeedServer.resource("interfax-windows-1251.rss"), null).get(0);

        assertThat(first.getBody()).isEqualTo("Москва. 10 февраля. INTERFAX.RU - В Кремле подтвердили возобновление "
                + "контактов с Елисейским дворцом на техническом уровне.\n\n"
                + "«Да, такие контакты есть», - сказал пресс-секретарь президента РФ Дмитрий Песков.");
        assertThat(first.getDateline()).isEqualTo("Москва");
    }

    @Test
    void idsComeFromTheGuidThenTheLinkAndBareGuidsAreQualifiedByTheFeed() {
        List<RawArticle> items = rss(FeedServer.resource("interfax-windows-1251.rss"), null);

        assertThat(items).extracting(RawArticle::getId).containsExactly(
                FEED + "#1001", "http://127.0.0.1/news/1002", "http://127.0.0.1/news/1003");
    }

    @Test
    void publicationTimeKeepsItsPrintedOffsetSoTheLocalDateSurvives() {
        RawArticle first = rss(FeedServer.resource("interfax-windows-1251.rss"), null).get(0);

        assertThat(first.getPublished()).isEqualTo(Instant.parse("2026-02-09T22:30:00Z"));
        assertThat(first.getPublishedOffset()).isEqualTo("+03:00");
    }

    @Test
    void anItemWithOnlyAHeadlineBecomesAFlashWhoseHeadlineIsTheText() {
        RawArticle flash = rss(FeedServer.resource("interfax-windows-1251.rss"), null).get(2);

        assertThat(flash.getBody()).startsWith("МОЛНИЯ: Песков");
        assertThat(flash.getHeadline()).isEmpty();
        assertThat(flash.getPublishedOffset()).isEqualTo("+00:00");
    }

    @Test
    void escapedHtmlDescriptionsBecomeText() {
        RawArticle second = rss(FeedServer.resource("interfax-windows-1251.rss"), null).get(1);

        assertThat(second.getBody()).isEqualTo("Министр иностранных дел РФ Сергей Лавров обсудил по телефону "
                + "с турецким коллегой Хаканом Фиданом ситуацию на Ближнем Востоке.");
    }

    @Test
    void koi8rAtomDecodesAndPrefersThePublishedTime() {
        List<RawArticle> items = FeedParser.parse("http://127.0.0.1/atom", FeedServer.resource("tass-koi8-r.atom"),
                null, "TASS", RECEIVED).articles();

        assertThat(items).hasSize(2);
        assertThat(items.get(0).getId()).isEqualTo("urn:tass:2026:501");
        assertThat(items.get(0).getSource()).isEqualTo("TASS");
        assertThat(items.get(0).getFormat()).isEqualTo(ArticleFormat.ATOM);
        assertThat(items.get(0).getHeadline()).isEqualTo("Захарова прокомментировала заявление Макрона");
        assertThat(items.get(0).getBody()).contains("Мария Захарова").contains("«Мы никогда не отказывались от контактов»");
        assertThat(items.get(0).getPublished()).isEqualTo(Instant.parse("2026-02-10T05:15:00Z"));
        assertThat(items.get(1).getBody()).startsWith("Секретарь Совбеза РФ Сергей Шойгу");
        assertThat(items.get(1).getPublishedOffset()).isEqualTo("+03:00");
    }

    @Test
    void theServersCharsetWinsOverTheProlog() {
        String xml = new String(FeedServer.resource("interfax-windows-1251.rss"), Charset.forName("windows-1251"))
                .replace("encoding=\"windows-1251\"", "encoding=\"UTF-8\"");

        assertThat(rss(xml.getBytes(Charset.forName("windows-1251")), "windows-1251").get(0).getHeadline())
                .startsWith("В Кремле");
    }

    @Test
    void anUndeclaredWindows1251FeedIsDetected() {
        String xml = new String(FeedServer.resource("interfax-windows-1251.rss"), Charset.forName("windows-1251"))
                .replace(" encoding=\"windows-1251\"", "");

        assertThat(rss(xml.getBytes(Charset.forName("windows-1251")), null).get(1).getHeadline())
                .isEqualTo("Лавров провёл переговоры с главой МИД Турции");
    }

    @Test
    void bytesThatAreNotTheDeclaredCharsetAreAnErrorNotMojibake() {
        byte[] koi8 = FeedServer.resource("tass-koi8-r.atom");

        assertThatThrownBy(() -> rss(koi8, "UTF-8"))
                .isInstanceOf(FeedFormatException.class).hasMessageContaining("not valid UTF-8");
    }

    @Test
    void aDocumentThatIsNotAFeedIsAClearError() {
        assertThatThrownBy(() -> rss("<html><body>Service unavailable</body></html>".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(FeedFormatException.class).hasMessageContaining("not an RSS or Atom feed");
        assertThatThrownBy(() -> rss("<rss><channel><item>".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(FeedFormatException.class);
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title><description>d</description>"
                + "</item></channel></rss>";

        assertThatThrownBy(() -> rss(xxe.getBytes(StandardCharsets.UTF_8), null)).isInstanceOf(FeedFormatException.class);
    }
}
