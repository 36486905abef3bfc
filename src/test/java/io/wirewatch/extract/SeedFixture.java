package io.wirewatch.extract;

import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.source.ArticleTextParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed article of seeds/, the first fixture every part must get right. */
public final class SeedFixture {
    public static final Path FILE = Path.of("seeds", "interfax-2026-02-10-kremlin-france-contacts.txt");
    public static final String ID = "interfax-2026-02-10-kremlin-france-contacts";

    private SeedFixture() {
    }

    public static String text() {
        try {
            return Files.readString(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Article article() {
        return ArticleTextParser.parse(ID, text());
    }

    /** The seed's expected extraction, seeds/gold/ID.gold.json. */
    public static JsonNode gold() {
        try {
            return new ObjectMapper().readTree(Path.of("seeds", "gold", ID + ".gold.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed through the whole extraction library. */
    public static Analysis analysis() {
        return new ArticleAnalyzer().analyze(article());
    }
}
