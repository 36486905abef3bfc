package io.wirewatch.kb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads the Wikidata links of NEREL v1.1 brat files ({@code NNN.ann}): a {@code T} line gives a
 * mention's type and text ({@code T5\tCOUNTRY 171 179\tКиргизии}), an {@code N} line links it
 * ({@code N1\tReference T5 Wikidata:Q813\tКиргизия}, the text after the tab being the linked
 * item's label). Links to {@code Wikidata:NULL} are left out, and so are the documents of the
 * checking parts ({@code seeds/splits}), which nothing may be derived from, and a mention linked to
 * several ids at once (the annotators' doubt, not a name of each).
 */
public final class NerelLinks {
    /** One linked mention: the document, the Wikidata id, NEREL's type, the text as written and the item's label. */
    record Link(String doc, String qid, String type, String text, String label) {
    }

    private NerelLinks() {
    }

    /** The links of every document of the directory whose name is not in {@code checking}, by document name. */
    static List<Link> read(Path dir, Set<String> checking) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList();
        }
        List<Link> links = new ArrayList<>();
        for (Path file : files) {
            String doc = file.getFileName().toString().replaceFirst("\\.ann$", "");
            if (!checking.contains(doc)) {
                links.addAll(parse(doc, Files.readAllLines(file, StandardCharsets.UTF_8)));
            }
        }
        return links;
    }

    /** The links of one document's lines. */
    static List<Link> parse(String doc, List<String> lines) {
        Map<String, String[]> mentions = new HashMap<>();
        for (String line : lines) {
            String[] cells = line.split("\t", -1);
            if (line.startsWith("T") && cells.length >= 3) {
                mentions.put(cells[0], new String[] {cells[1].split(" ")[0], cells[2].strip()});
            }
        }
        Map<String, List<Link>> byMention = new java.util.LinkedHashMap<>();
        for (String line : lines) {
            String[] cells = line.split("\t", -1);
            if (!line.startsWith("N") || cells.length < 2) {
                continue;
            }
            String[] reference = cells[1].split(" ");
            String[] mention = reference.length == 3 ? mentions.get(reference[1]) : null;
            if (mention != null && reference[2].matches("Wikidata:Q\\d+")) {
                byMention.computeIfAbsent(reference[1], k -> new ArrayList<>()).add(new Link(doc,
                        reference[2].substring("Wikidata:".length()), mention[0], mention[1], cells.length > 2 ? cells[2].strip() : ""));
            }
        }
        List<Link> links = new ArrayList<>();
        for (List<Link> ofMention : byMention.values()) {
            if (ofMention.stream().map(Link::qid).distinct().count() == 1) {
                links.add(ofMention.get(0));
            }
        }
        return links;
    }

    /**
     * The checking documents of NEREL train: the name model's checking part ({@code nerel-train.tsv})
     * and the contact gold's ({@code contact-gold.tsv}, corpus nerel-train).
     */
    public static Set<String> checkingDocuments(Path splits) throws IOException {
        Set<String> checking = new TreeSet<>();
        for (String line : Files.readAllLines(splits.resolve("nerel-train.tsv"), StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t");
            if (cells.length == 2 && cells[1].equals("checking")) {
                checking.add(cells[0]);
            }
        }
        for (String line : Files.readAllLines(splits.resolve("contact-gold.tsv"), StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t");
            if (cells.length >= 4 && cells[1].equals("nerel-train") && cells[3].equals("checking")) {
                checking.add(cells[2]);
            }
        }
        return checking;
    }
}
