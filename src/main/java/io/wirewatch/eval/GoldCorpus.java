package io.wirewatch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.source.ArticleJsonParser.Parsed;
import io.wirewatch.extract.source.ArticleTextParser;
import io.wirewatch.ingest.ArticleFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a gold set's articles are, read as {@code wirewatch extract} reads them. A directory holds
 * one file per article (factRuEval's {@code book_100.txt}, NEREL's {@code 003.txt}); the
 * Reuters-21578 pool ({@code reuters21578-pool.jsonl}, one story a line with {@code newid},
 * {@code title}, {@code body}) gives each story as the text a user would save from it: the title,
 * a blank line, the body, exactly as the gold's offsets index it.
 */
public interface GoldCorpus {
    /** The article the gold names ({@code book_100.txt}, or a Reuters {@code newid}). */
    Article article(String document);

    /** A directory of article files, or the Reuters pool's JSON-lines file. */
    static GoldCorpus at(Path location) {
        if (Files.isRegularFile(location) && location.getFileName().toString().endsWith(".jsonl")) {
            return new ReutersPool(location);
        }
        return document -> {
            Path file = location.resolve(document);
            Parsed parsed = ArticleFiles.read(List.of(file)).get(0);
            if (!parsed.isOk()) {
                throw new IllegalArgumentException("the gold's article " + file + " is unreadable: " + parsed.error());
            }
            return parsed.article();
        };
    }

    /** The Reuters-21578 pool: stories by {@code newid}, read once. */
    final class ReutersPool implements GoldCorpus {
        private static final ObjectMapper JSON = new ObjectMapper();
        private final Path file;
        private Map<String, String> texts;

        ReutersPool(Path file) {
            this.file = file;
        }

        @Override
        public synchronized Article article(String newid) {
            if (texts == null) {
                texts = read(file);
            }
            String text = texts.get(newid);
            if (text == null) {
                throw new IllegalArgumentException(file + " holds no story with newid " + newid);
            }
            return ArticleTextParser.parse("reuters-" + newid, text);
        }

        /** The story as the gold annotates it: title, blank line, body. */
        static String text(JsonNode story) {
            return story.path("title").asText() + "\n\n" + story.path("body").asText();
        }

        private static Map<String, String> read(Path file) {
            Map<String, String> texts = new HashMap<>();
            try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (!line.isBlank()) {
                        JsonNode story = JSON.readTree(line);
                        texts.put(story.path("newid").asText(), text(story));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the Reuters pool " + file, e);
            }
            return texts;
        }
    }
}
