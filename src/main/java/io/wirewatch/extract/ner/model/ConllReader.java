package io.wirewatch.extract.ner.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the CoNLL-2003 format (and wikigold, which shares it): one token a line, its NER tag in
 * the last column ({@code token POS chunk NER} or {@code token NER}), blank lines between
 * sentences, {@code -DOCSTART-} lines between documents (before or after each: empty documents are
 * skipped). Tags are IOB1, where {@code B-} only separates two adjacent names of one type; IOB2
 * reads the same. Produces one {@link NerDocument} per document, numbered 1… in file order
 * ({@code eng.testa#1}), with its names of type PER, LOC, ORG and MISC. MISC is no type Wirewatch
 * reports: the English model learns it to tell events, nationalities and products (U.S. Open,
 * German) from the names around them, the analyzer reports nothing for it, and the evaluation
 * counts PER, LOC and ORG only.
 */
public final class ConllReader {
    /** The types kept; any other tag reads as outside a name. */
    public static final Set<String> TYPES = Set.of("PER", "LOC", "ORG", "MISC");
    private static final String DOCSTART = "-DOCSTART-";

    private ConllReader() {
    }

    /** Every document of the file, in order, ids {@code <file name>#<number>}. */
    public static List<NerDocument> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CoNLL file " + file, e);
        }
        List<NerDocument> documents = parse(file.getFileName().toString(), lines);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no CoNLL sentences (token ... TAG lines)");
        }
        return documents;
    }

    /** The documents of these lines; {@code name} prefixes their ids. */
    public static List<NerDocument> parse(String name, List<String> lines) {
        List<NerDocument> documents = new ArrayList<>();
        Document document = new Document();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith(DOCSTART)) {
                document.endSentence();
                if (!document.sentences.isEmpty()) {
                    documents.add(document.build(name + "#" + (documents.size() + 1)));
                }
                document = new Document();
            } else if (line.isEmpty()) {
                document.endSentence();
            } else {
                String[] cells = line.split("\\s+");
                document.add(cells[0], cells.length > 1 ? cells[cells.length - 1] : "O");
            }
        }
        document.endSentence();
        if (!document.sentences.isEmpty()) {
            documents.add(document.build(name + "#" + (documents.size() + 1)));
        }
        return documents;
    }

    /** A document being read: finished sentences, and the current one's tokens and open name. */
    private static final class Document {
        private final List<List<String>> sentences = new ArrayList<>();
        private final List<List<NerDocument.Name>> names = new ArrayList<>();
        private List<String> tokens = new ArrayList<>();
        private List<NerDocument.Name> found = new ArrayList<>();
        private String openType;
        private int openStart;

        void add(String token, String tag) {
            String type = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : null;
            boolean begins = tag.startsWith("B-") || type != null && !type.equals(openType);
            if (type == null || begins) {
                close();
            }
            if (type != null && begins) {
                openType = type;
                openStart = tokens.size();
            }
            tokens.add(token);
        }

        private void close() {
            if (openType != null && TYPES.contains(openType)) {
                found.add(new NerDocument.Name(openStart, tokens.size(), openType));
            }
            openType = null;
        }

        void endSentence() {
            close();
            if (!tokens.isEmpty()) {
                sentences.add(tokens);
                names.add(found);
            }
            tokens = new ArrayList<>();
            found = new ArrayList<>();
        }

        NerDocument build(String id) {
            return new NerDocument(id, sentences, names);
        }
    }
}
