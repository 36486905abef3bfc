package io.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wirewatch extract --json}: the library on files, offsets into each file's text. */
class ExtractCommandTest {
    private static final Path SEED = Path.of("seeds", "interfax-2026-02-10-kremlin-france-contacts.txt");

    @Test
    void printsOneJsonLinePerArticleWithOffsetsIntoTheFile(@TempDir Path dir) throws Exception {
        Path broken = Files.write(dir.resolve("broken.txt"), new byte[] {'a', (byte) 0xC3, (byte) 0x28});
        CliRun result = CliRun.of("extract", "--json", SEED.toString(), broken.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("broken.txt").contains("invalid UTF-8");
        assertThat(result.out().lines()).hasSize(1);
        JsonNode line = new ObjectMapper().readTree(result.out().lines().findFirst().orElseThrow());
        assertThat(line.path("file").asText()).isEqualTo(SEED.toString());
        JsonNode article = line.path("article");
        assertThat(article.path("language").asText()).isEqualTo("ru");
        assertThat(article.path("published").asText()).isEqualTo("2026-02-10");
        assertThat(article.path("source").asText()).isEqualTo("INTERFAX.RU");
        assertThat(article.path("dateline").asText()).isEqualTo("Москва");
        assertThat(line.path("events").isArray()).isTrue();
        assertThat(line.path("statements").isArray()).isTrue();

        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        assertThat(line.path("entities")).isNotEmpty().allSatisfy(entity -> {
            assertThat(entity.fieldNames()).toIterable().contains("id", "type", "name", "country", "mentions");
            entity.path("mentions").forEach(m -> assertThat(text.substring(m.path("start").asInt(), m.path("end").asInt()))
                    .isEqualTo(m.path("text").asText()));
        });
    }
}
