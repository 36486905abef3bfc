package io.wirewatch.eval;

import io.wirewatch.extract.ner.model.NerDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A development set's fixed split into a tuning and a checking part ({@code seeds/splits/*.tsv}:
 * a header, then {@code doc TAB part}, documents numbered 1… in corpus order). Reads the file;
 * selects a part's documents from the corpus's, by their number (the CoNLL reader's ids end in
 * {@code #number}).
 */
public final class DocumentParts {
    public static final List<String> PARTS = List.of("tuning", "checking", "all");
    private final Map<String, String> partByDocument;

    private DocumentParts(Map<String, String> partByDocument) {
        this.partByDocument = partByDocument;
    }

    public static DocumentParts read(Path file) {
        Map<String, String> parts = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1).toList()) {
                String[] cells = line.split("\t");
                if (cells.length >= 2) {
                    parts.put(cells[0].trim(), cells[1].trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the split " + file, e);
        }
        return new DocumentParts(parts);
    }

    /**
     * The documents of a part ({@code all}: every one).
     *
     * @throws IllegalArgumentException when the part is unknown or a document is missing from the split
     */
    public List<NerDocument> select(List<NerDocument> documents, String part) {
        if (!PARTS.contains(part)) {
            throw new IllegalArgumentException("no part " + part + "; the parts are " + PARTS);
        }
        return documents.stream().filter(d -> part.equals("all") || part.equals(partOf(d))).toList();
    }

    /** The ids of a part's documents as the split names them. */
    public java.util.Set<String> documents(String part) {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        partByDocument.forEach((id, p) -> {
            if (p.equals(part)) {
                ids.add(id);
            }
        });
        return ids;
    }

    private String partOf(NerDocument document) {
        String number = document.id().substring(document.id().lastIndexOf('#') + 1);
        String part = partByDocument.get(number);
        if (part == null) {
            throw new IllegalArgumentException("the split names no part for document " + document.id()
                    + "; is it the split of this corpus?");
        }
        return part;
    }
}
