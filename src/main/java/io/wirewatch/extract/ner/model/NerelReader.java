package io.wirewatch.extract.ner.model;

import io.wirewatch.extract.text.Sentence;
import io.wirewatch.extract.text.SentenceSplitter;
import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.text.Token;
import io.wirewatch.extract.text.Tokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reads NEREL (Loukachevitch et al.; brat standoff: per document a {@code .txt} and an {@code .ann}
 * whose {@code T} lines give id, type, start end, text) as the product's name types, by
 * factRuEval-2016's conventions: PERSON → PER; ORGANIZATION → ORG (its whole span, descriptor
 * included, as factRuEval's Org objects run from first to last span: МИД России, мэрии Москвы);
 * COUNTRY, CITY, STATE_OR_PROVINCE, DISTRICT, LOCATION and FACILITY → LOC (factRuEval's Location
 * holds the Kremlin, the White House, airports and monuments); NATIONALITY and every other type →
 * nothing (factRuEval marks no nationalities). A span with no capital letter is no name
 * (российских, правительство, полиция: factRuEval marks names, NEREL also generic mentions). Of
 * nested or crossing spans the outermost stays, the first of two crossing ones. The text is cut as
 * the analyzer cuts it ({@link SentenceSplitter}, the first line a headline; {@link Tokenizer}),
 * so the model learns the tokens it meets at run time; a name across two sentences is dropped, and
 * so is one that shares a token with the name before it (Казань-Болгар-Казань is one token).
 */
public final class NerelReader {
    private static final Map<String, String> TYPES = Map.of("PERSON", "PER", "ORGANIZATION", "ORG", "COUNTRY", "LOC",
            "CITY", "LOC", "STATE_OR_PROVINCE", "LOC", "DISTRICT", "LOC", "LOCATION", "LOC", "FACILITY", "LOC");

    /** A name by character offsets into the document's text. */
    public record Entity(int start, int end, String type) {
    }

    private NerelReader() {
    }

    /** The documents of the directory whose base names the filter accepts, in name order. */
    public static List<NerDocument> read(Path dir, Predicate<String> ids) {
        List<NerDocument> documents = new ArrayList<>();
        for (String id : ids(dir)) {
            if (ids.test(id)) {
                documents.add(document(id, text(dir, id), annotations(dir, id)));
            }
        }
        if (documents.isEmpty()) {
            throw new IllegalArgumentException(dir + " holds no NEREL documents (*.txt with *.ann) of the part asked for");
        }
        return documents;
    }

    /** Base names of the directory's documents ({@code .ann} files), in name order. */
    public static List<String> ids(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ann"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the NEREL corpus in " + dir, e);
        }
    }

    public static String text(Path dir, String id) {
        return readString(dir.resolve(id + ".txt"));
    }

    public static List<String> annotations(Path dir, String id) {
        return readString(dir.resolve(id + ".ann")).lines().toList();
    }

    /** The document cut into the analyzer's sentences and tokens, its names snapped to the tokens. */
    public static NerDocument document(String id, String text, List<String> annotations) {
        List<List<String>> sentences = new ArrayList<>();
        List<List<NerDocument.Name>> names = new ArrayList<>();
        List<List<Token>> tokens = new ArrayList<>();
        for (Sentence sentence : sentences(text)) {
            List<Token> words = Tokenizer.tokenize(text, sentence.range().start(), sentence.range().end());
            if (!words.isEmpty()) {
                tokens.add(words);
                sentences.add(words.stream().map(Token::text).toList());
                names.add(new ArrayList<>());
            }
        }
        for (Entity entity : entities(annotations)) {
            for (int s = 0; s < tokens.size(); s++) {
                List<Token> words = tokens.get(s);
                int first = -1;
                int last = -1;
                for (int t = 0; t < words.size(); t++) {
                    if (words.get(t).end() > entity.start() && words.get(t).start() < entity.end()) {
                        first = first < 0 ? t : first;
                        last = t;
                    }
                }
                boolean inside = words.get(0).start() <= entity.start() && words.get(words.size() - 1).end() >= entity.end();
                List<NerDocument.Name> inSentence = names.get(s);
                int from = first;
                boolean free = inSentence.stream().noneMatch(n -> n.end() > from);
                if (first >= 0 && inside && free) {
                    inSentence.add(new NerDocument.Name(first, last + 1, entity.type()));
                }
            }
        }
        return new NerDocument(id, sentences, names);
    }

    /** The analyzer's sentences: the first line a headline, the rest a body. */
    static List<Sentence> sentences(String text) {
        int headlineEnd = text.indexOf('\n');
        if (headlineEnd < 0) {
            headlineEnd = text.length();
        }
        return SentenceSplitter.split(text, new TextRange(0, headlineEnd), new TextRange(headlineEnd, text.length()), null, "ru");
    }

    /** The names of the annotation lines, mapped, capitalized only, outermost only, in text order. */
    public static List<Entity> entities(List<String> annotations) {
        List<Entity> mapped = new ArrayList<>();
        for (String line : annotations) {
            String[] cells = line.split("\t");
            if (!line.startsWith("T") || cells.length < 3) {
                continue;
            }
            String[] head = cells[1].split(" ", 2);
            String type = TYPES.get(head[0]);
            if (type == null || head.length < 2 || !hasCapital(cells[2])) {
                continue;
            }
            String[] offsets = head[1].split("[ ;]");
            int start = Integer.parseInt(offsets[0]);
            int end = Integer.parseInt(offsets[offsets.length - 1]);
            if (end > start) {
                mapped.add(new Entity(start, end, type));
            }
        }
        return outermost(mapped);
    }

    private static boolean hasCapital(String text) {
        return text.codePoints().anyMatch(Character::isUpperCase);
    }

    /** Spans inside no longer one and crossing no earlier one, in text order. */
    static List<Entity> outermost(List<Entity> entities) {
        List<Entity> sorted = new ArrayList<>(entities);
        sorted.sort(Comparator.comparingInt(Entity::start).thenComparing(Comparator.comparingInt(Entity::end).reversed()));
        List<Entity> kept = new ArrayList<>();
        int coveredUntil = -1;
        for (Entity entity : sorted) {
            if (entity.start() >= coveredUntil) {
                kept.add(entity);
                coveredUntil = entity.end();
            }
        }
        return kept;
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
