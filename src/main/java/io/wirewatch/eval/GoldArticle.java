package io.wirewatch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A gold annotation in the seeds/gold format: the article's file, required and acceptable events
 * and statements. The article is {@code "file"} when the gold names it, else the gold file's name
 * without {@code .gold.json} plus {@code .txt}, in the corpus directory.
 */
public record GoldArticle(Path gold, Path article, JsonNode events, JsonNode statements) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every {@code *.gold.json} of the directory, in name order. */
    public static List<GoldArticle> readAll(Path goldDir, Path corpusDir) {
        List<GoldArticle> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(goldDir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList()) {
                JsonNode node = JSON.readTree(file.toFile());
                String name = node.hasNonNull("file") ? node.get("file").asText()
                        : file.getFileName().toString().replace(".gold.json", ".txt");
                articles.add(new GoldArticle(file, corpusDir.resolve(name), node.path("events"), node.path("statements")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold files in " + goldDir, e);
        }
        if (articles.isEmpty()) {
            throw new IllegalArgumentException(goldDir + " holds no *.gold.json files");
        }
        return articles;
    }

    /** The required items of a section, then the acceptable ones. */
    public List<JsonNode> listed(JsonNode section) {
        List<JsonNode> all = new ArrayList<>();
        section.path("required").forEach(all::add);
        section.path("acceptable").forEach(all::add);
        return all;
    }
}
