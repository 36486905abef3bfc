package io.wirewatch.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One factRuEval-2016 document by character offsets into its {@code .txt}: the tokens in file order
 * (their index is the document-wide token index the Track 1 measure uses) and the annotated
 * objects with their typed spans (name, surname, org_name, loc_name, org_descr...).
 *
 * @param id      the file's base name (book_100)
 * @param text    the {@code .txt} file
 * @param tokens  token character ranges, in file order
 * @param objects Person, Org, Location and LocOrg objects (other types dropped)
 */
public record FactRuEvalText(String id, Path text, List<Range> tokens, List<GoldObject> objects) {
    /** A half-open character range. */
    public record Range(int start, int end) {
    }

    /** A span of an object: its factRuEval type (org_name) and range. */
    public record GoldSpan(String type, Range range) {
    }

    /** An object: Person, Org, Location or LocOrg, and its spans. */
    public record GoldObject(String type, List<GoldSpan> spans) {
        /** From the first span's start to the last span's end. */
        public Range range() {
            int start = spans.stream().mapToInt(s -> s.range().start()).min().orElse(0);
            int end = spans.stream().mapToInt(s -> s.range().end()).max().orElse(0);
            return new Range(start, end);
        }
    }

    private static final List<String> TYPES = List.of("Person", "Org", "Location", "LocOrg");

    /** The document {@code base} of the corpus directory. */
    public static FactRuEvalText read(Path dir, String base) {
        try {
            List<Range> tokens = new ArrayList<>();
            for (String line : Files.readAllLines(dir.resolve(base + ".tokens"), StandardCharsets.UTF_8)) {
                String[] cells = line.split(" ", 4);
                if (cells.length >= 3) {
                    int start = Integer.parseInt(cells[1]);
                    tokens.add(new Range(start, start + Integer.parseInt(cells[2])));
                }
            }
            Map<String, GoldSpan> spans = new HashMap<>();
            for (String[] cells : rows(dir.resolve(base + ".spans"))) {
                if (cells.length >= 4) {
                    int start = Integer.parseInt(cells[2]);
                    spans.put(cells[0], new GoldSpan(cells[1], new Range(start, start + Integer.parseInt(cells[3]))));
                }
            }
            List<GoldObject> objects = new ArrayList<>();
            for (String[] cells : rows(dir.resolve(base + ".objects"))) {
                if (cells.length >= 3 && TYPES.contains(cells[1])) {
                    List<GoldSpan> own = new ArrayList<>();
                    for (int i = 2; i < cells.length; i++) {
                        if (spans.containsKey(cells[i])) {
                            own.add(spans.get(cells[i]));
                        }
                    }
                    if (!own.isEmpty()) {
                        objects.add(new GoldObject(cells[1], List.copyOf(own)));
                    }
                }
            }
            return new FactRuEvalText(base, dir.resolve(base + ".txt"), List.copyOf(tokens), List.copyOf(objects));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read factRuEval document " + base + " in " + dir, e);
        }
    }

    private static List<String[]> rows(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(line -> line.split("#", 2)[0].trim())
                .filter(line -> !line.isEmpty())
                .map(line -> line.split("\\s+"))
                .toList();
    }
}
