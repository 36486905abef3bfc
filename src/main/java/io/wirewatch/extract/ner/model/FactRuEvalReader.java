package io.wirewatch.extract.ner.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the factRuEval-2016 format (MIT licence; Dialogue 2016 shared task): per document,
 * {@code .tokens} (id, start, length, text; blank line between sentences), {@code .spans} (id,
 * type, start, length, ...) and {@code .objects} (id, type, span ids). A mention runs from its
 * first span's start to its last span's end; Person → PER, Org → ORG, Location and LocOrg → LOC,
 * as the shared task evaluates. Names nested in another are dropped: a flat tagger learns the
 * outermost level (мэрии Москвы is one ORG).
 */
public final class FactRuEvalReader {
    private static final Map<String, String> TYPES = Map.of("Person", "PER", "Org", "ORG", "Location", "LOC", "LocOrg", "LOC");

    private FactRuEvalReader() {
    }

    /** Every document in the directory, in name order. */
    public static List<NerDocument> read(Path dir) {
        List<NerDocument> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path tokens : files.filter(p -> p.toString().endsWith(".tokens")).sorted().toList()) {
                String base = tokens.getFileName().toString().replace(".tokens", "");
                documents.add(document(dir, base));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the factRuEval corpus in " + dir, e);
        }
        if (documents.isEmpty()) {
            throw new IllegalArgumentException(dir + " holds no factRuEval documents (*.tokens)");
        }
        return documents;
    }

    private record Tok(int start, int end, String text, int sentence, int index) {
    }

    private record Mention(int start, int end, String type) {
    }

    static NerDocument document(Path dir, String base) throws IOException {
        List<Tok> tokens = tokens(dir.resolve(base + ".tokens"));
        List<Mention> mentions = outermost(mentions(dir.resolve(base + ".spans"), dir.resolve(base + ".objects")));
        int sentenceCount = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).sentence() + 1;
        List<List<String>> sentences = new ArrayList<>();
        List<List<NerDocument.Name>> names = new ArrayList<>();
        for (int s = 0; s < sentenceCount; s++) {
            sentences.add(new ArrayList<>());
            names.add(new ArrayList<>());
        }
        tokens.forEach(t -> sentences.get(t.sentence()).add(t.text()));
        for (Mention mention : mentions) {
            Tok first = tokens.stream().filter(t -> t.end() > mention.start()).findFirst().orElse(null);
            Tok last = tokens.stream().filter(t -> t.start() < mention.end()).reduce((a, b) -> b).orElse(null);
            if (first != null && last != null && first.sentence() == last.sentence() && first.index() <= last.index()) {
                names.get(first.sentence()).add(new NerDocument.Name(first.index(), last.index() + 1, mention.type()));
            }
        }
        return new NerDocument(base, sentences, names, objects(dir, base, tokens));
    }

    /** Span types that carry weight in the shared task's metric, per object type. */
    private static final Map<String, java.util.Set<String>> WEIGHTED_SPANS = Map.of(
            "PER", java.util.Set.of("name", "surname", "patronymic", "nickname", "none"),
            "ORG", java.util.Set.of("org_name", "loc_name", "none"),
            "LOC", java.util.Set.of("org_name", "loc_name", "none"));

    private static List<NerDocument.GoldObject> objects(Path dir, String base, List<Tok> tokens) throws IOException {
        Map<String, Integer> positionById = new HashMap<>();
        Map<String, String[]> spans = new HashMap<>();
        List<String> tokenIds = Files.readAllLines(dir.resolve(base + ".tokens"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).map(l -> l.split(" ", 2)[0]).toList();
        for (int i = 0; i < tokenIds.size(); i++) {
            positionById.put(tokenIds.get(i), i);
        }
        for (String line : Files.readAllLines(dir.resolve(base + ".spans"), StandardCharsets.UTF_8)) {
            String[] cells = line.split("#", 2)[0].trim().split("\\s+");
            if (cells.length >= 6) {
                spans.put(cells[0], cells);
            }
        }
        List<NerDocument.GoldObject> objects = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(base + ".objects"), StandardCharsets.UTF_8)) {
            String[] cells = line.split("#", 2)[0].trim().split("\\s+");
            String type = cells.length >= 3 ? TYPES.get(cells[1]) : null;
            if (type == null) {
                continue;
            }
            Map<Integer, Double> marks = new HashMap<>();
            for (int i = 2; i < cells.length; i++) {
                String[] span = spans.get(cells[i]);
                Integer first = span == null ? null : positionById.get(span[4]);
                if (first == null) {
                    continue;
                }
                double mark = WEIGHTED_SPANS.get(type).contains(span[1]) ? 1.0 : 0.0;
                for (int t = first; t < first + Integer.parseInt(span[5]) && t < tokens.size(); t++) {
                    marks.merge(t, mark, Math::max);
                }
            }
            if (!marks.isEmpty()) {
                objects.add(new NerDocument.GoldObject(type, marks));
            }
        }
        return objects;
    }

    private static List<Tok> tokens(Path file) throws IOException {
        List<Tok> tokens = new ArrayList<>();
        int sentence = 0;
        int index = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (index > 0) {
                    sentence++;
                    index = 0;
                }
                continue;
            }
            String[] cells = line.split(" ", 4);
            int start = Integer.parseInt(cells[1]);
            tokens.add(new Tok(start, start + Integer.parseInt(cells[2]), cells[3], sentence, index++));
        }
        return tokens;
    }

    private static List<Mention> mentions(Path spansFile, Path objectsFile) throws IOException {
        Map<String, int[]> spans = new HashMap<>();
        for (String line : Files.readAllLines(spansFile, StandardCharsets.UTF_8)) {
            String[] cells = line.split("#", 2)[0].trim().split("\\s+");
            if (cells.length >= 4) {
                int start = Integer.parseInt(cells[2]);
                spans.put(cells[0], new int[] {start, start + Integer.parseInt(cells[3])});
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (String line : Files.readAllLines(objectsFile, StandardCharsets.UTF_8)) {
            String[] cells = line.split("#", 2)[0].trim().split("\\s+");
            String type = cells.length >= 3 ? TYPES.get(cells[1]) : null;
            if (type == null) {
                continue;
            }
            int start = Integer.MAX_VALUE;
            int end = -1;
            for (int i = 2; i < cells.length; i++) {
                int[] span = spans.get(cells[i]);
                if (span != null) {
                    start = Math.min(start, span[0]);
                    end = Math.max(end, span[1]);
                }
            }
            if (end > start) {
                mentions.add(new Mention(start, end, type));
            }
        }
        return mentions;
    }

    /** Mentions not inside a longer one; of two with the same range, the first listed. */
    static List<Mention> outermost(List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::end).reversed()));
        List<Mention> kept = new ArrayList<>();
        int coveredUntil = -1;
        for (Mention mention : sorted) {
            if (mention.end() <= coveredUntil) {
                continue;
            }
            if (mention.start() < coveredUntil) {
                continue;
            }
            kept.add(mention);
            coveredUntil = mention.end();
        }
        return kept;
    }
}
