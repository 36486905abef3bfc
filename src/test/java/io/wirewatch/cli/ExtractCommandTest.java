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
        JsonNode analyzed = line.path("analyzed");
        assertThat(analyzed.path("language").asText()).isEqualTo("ru");
        assertThat(analyzed.path("article").path("published").asText()).startsWith("2026-02-10");
        assertThat(analyzed.path("article").path("source").asText()).isEqualTo("INTERFAX.RU");
        assertThat(analyzed.path("dateline").asText()).isEqualTo("Москва");
        assertThat(line.path("events")).isNotEmpty();
        assertThat(line.path("statements")).isNotEmpty();

        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        assertThat(analyzed.path("text").asText()).isEqualTo(text);
        assertThat(analyzed.path("entities")).isNotEmpty().allSatisfy(entity -> {
            assertThat(entity.fieldNames()).toIterable().contains("id", "type", "nameEn", "country", "mentions");
            entity.path("mentions").forEach(m -> {
                assertThat(text.substring(m.path("start").asInt(), m.path("end").asInt())).isEqualTo(m.path("text").asText());
                assertThat(m.path("kind").asText()).isIn("NAME", "ADJECTIVE", "DESCRIPTOR", "TITLE", "PRONOUN");
            });
        });
        line.path("statements").forEach(s -> assertThat(text.substring(s.path("start").asInt(), s.path("end").asInt()))
                .isEqualTo(s.path("quote").asText()));
        line.path("events").forEach(e -> e.path("evidence").forEach(ev -> assertThat(
                text.substring(ev.path("start").asInt(), ev.path("end").asInt())).isEqualTo(ev.path("text").asText())));
    }

    @Test
    void anAdjectiveNamesItsCountryButIsNoName(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "Российские власти и Франция.\n\nМосква и Париж провели переговоры.\n");
        CliRun result = CliRun.of("extract", "--json", file.toString());

        assertThat(result.code()).as(result.err()).isZero();
        JsonNode line = new ObjectMapper().readTree(result.out().lines().findFirst().orElseThrow());
        java.util.Map<String, String> kinds = new java.util.HashMap<>();
        line.path("analyzed").path("entities").forEach(e -> e.path("mentions")
                .forEach(m -> kinds.put(m.path("text").asText(), m.path("kind").asText())));
        assertThat(kinds).containsEntry("Российские", "ADJECTIVE").containsEntry("Франция", "NAME");
    }
}
