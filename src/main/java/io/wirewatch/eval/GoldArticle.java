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
 * A gold annotation in the seeds/gold format: the article it annotates, its part of the set
 * (tuning or checking, see seeds/splits), its events and statements. Two shapes are read: a
 * section that is a list holds required items only (the strict gold of ../shared/ANNOTATION.md,
 * with offsets and sides); one with {@code required} and {@code acceptable} lists is the older shape.
 * The article is {@code "document"} or {@code "file"} when the gold names it, else the gold file's
 * name without {@code .gold.json} plus {@code .txt}, in the corpus ({@link GoldCorpus}).
 *
 * @param part {@code tuning}, {@code checking}, or {@code ""} when the gold does not say
 */
public record GoldArticle(Path gold, String document, String part, JsonNode events, JsonNode statements) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every {@code *.gold.json} of the directory, in name order. */
    public static List<GoldArticle> readAll(Path goldDir) {
        List<GoldArticle> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(goldDir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList()) {
                JsonNode node = JSON.readTree(file.toFile());
                String name = node.hasNonNull("document") ? node.get("document").asText()
                        : node.hasNonNull("file") ? node.get("file").asText()
                        : file.getFileName().toString().replace(".gold.json", ".txt");
                articles.add(new GoldArticle(file, name, node.path("part").asText(""), node.path("events"), node.path("statements")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold files in " + goldDir, e);
        }
        if (articles.isEmpty()) {
            throw new IllegalArgumentException(goldDir + " holds no *.gold.json files");
        }
        return articles;
    }

    /** The items that must be found. */
    public static List<JsonNode> required(JsonNode section) {
        List<JsonNode> all = new ArrayList<>();
        (section.isArray() ? section : section.path("required")).forEach(all::add);
        return all;
    }

    /** An event's sides: {@code sides} in the strict shape, {@code actors} in the older one. */
    public static List<String> sides(JsonNode event) {
        List<String> sides = new ArrayList<>();
        (event.has("sides") ? event.path("sides") : event.path("actors")).forEach(side -> sides.add(side.asText()));
        return sides;
    }

    /** The required items of a section, then the acceptable ones (none in the strict shape). */
    public static List<JsonNode> listed(JsonNode section) {
        List<JsonNode> all = required(section);
        section.path("acceptable").forEach(all::add);
        return all;
    }
}
