package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.extract.source.ArticleJsonParser.Parsed;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input is one clear failure naming the file (and line); the good ones are still read. */
class ArticleFilesTest {
    @TempDir
    Path dir;

    @Test
    void aDirectoryOfGoodAndBadFilesYieldsEveryGoodArticleAndAReasonForEachBadOne() throws Exception {
        Files.writeString(dir.resolve("a-good.txt"), "date 2026-02-10\nHeadline\n\nМосква. 10 февраля. INTERFAX.RU - Текст статьи.\n");
        Files.write(dir.resolve("b-broken.txt"), brokenUtf8());
        Files.writeString(dir.resolve("c-empty.txt"), "  \n\n ");
        Files.write(dir.resolve("d-huge.txt"), new byte[ArticleFiles.MAX_ARTICLE_BYTES + 1]);
        Files.writeString(dir.resolve("e-lines.jsonl"), """
                {"id":"l1","headline":"One","body":"First body."}
                {"id":"l2","headline":"Two","body":
                {"id":"l3","headline":"Three","body":"Third body."}
                """);
        Files.writeString(dir.resolve(".hidden.txt"), "not read");
        Files.createDirectory(dir.resolve("sub"));

        List<Parsed> results = ArticleFiles.read(List.of(dir, dir.resolve("missing.txt")));

        assertThat(results.stream().filter(Parsed::isOk).map(p -> p.article().id()))
                .containsExactly("a-good", "l1", "l3");
        List<String> errors = results.stream().filter(p -> !p.isOk()).map(p -> p.input() + ": " + p.error()).toList();
        assertThat(errors).hasSize(5);
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("b-broken.txt").contains("invalid UTF-8 at byte 6"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("c-empty.txt").contains("empty"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("d-huge.txt").contains("too large"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("e-lines.jsonl:2: malformed JSON"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("missing.txt").contains("cannot read"));
    }

    @Test
    void anArticleWithAHeadlineButNoBodyIsEmpty() throws Exception {
        Path file = dir.resolve("x.json");
        Files.writeString(file, "{\"id\":\"x\",\"headline\":\"Only a headline\",\"body\":\"\"}");
        Parsed parsed = ArticleFiles.read(List.of(file)).get(0);
        assertThat(parsed.isOk()).isFalse();
        assertThat(parsed.error()).contains("empty");
    }

    @Test
    void aJsonArrayFileIsABatchAsPostIngestTakesIt() throws Exception {
        Path file = dir.resolve("batch.json");
        Files.writeString(file, "[{\"id\":\"j1\",\"body\":\"First.\"}, {\"id\":\"j2\"}, {\"id\":\"j3\",\"body\":\"Third.\"}]");

        List<Parsed> results = ArticleFiles.read(List.of(file));

        assertThat(results.stream().filter(Parsed::isOk).map(p -> p.article().id())).containsExactly("j1", "j3");
        assertThat(results.stream().filter(p -> !p.isOk()).map(Parsed::input)).containsExactly(file + "[1]");
    }

    @Test
    void anArticleOverTheLimitInUtf8IsRefusedThoughItHasFewerCharacters() throws Exception {
        Path file = dir.resolve("long.jsonl");
        Files.writeString(file, "{\"id\":\"r\",\"body\":\"" + "Ж".repeat(600_000) + "\"}\n");

        Parsed parsed = ArticleFiles.read(List.of(file)).get(0);

        assertThat(parsed.isOk()).isFalse();
        assertThat(parsed.error()).contains("over 1048576 bytes");
    }

    @Test
    void theFileNameIsTheIdOfATextArticle() {
        assertThat(ArticleFiles.idFromFileName(Path.of("seeds/interfax-2026-02-10.txt"))).isEqualTo("interfax-2026-02-10");
    }

    private static byte[] brokenUtf8() {
        byte[] start = "Hello ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[start.length + 2];
        System.arraycopy(start, 0, bytes, 0, start.length);
        bytes[start.length] = (byte) 0xC3;
        bytes[start.length + 1] = (byte) 0x28;
        return bytes;
    }
}
