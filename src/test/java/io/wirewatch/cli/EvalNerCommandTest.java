package io.wirewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code wirewatch eval ner --no-train --json} measures the product: its naeval figures equal, within
 * 0.005 per type, those computed here by naeval's method, independently, from what
 * {@code wirewatch extract --json} prints for the same files. On the factRuEval devset when it is
 * at hand ({@code -Dwirewatch.factrueval=DIR}, default ../shared/corpora/factRuEval-2016/devset),
 * else on a two-document fixture written for the test.
 */
class EvalNerCommandTest {
    private static final Path FIXTURE = Path.of("src/test/resources/factrueval-fixture");
    private static final String QUOTES = "\"'”«„ʼ»“ʻ \t";

    private static Path corpus() {
        Path devset = Path.of(System.getProperty("wirewatch.factrueval", "../shared/corpora/factRuEval-2016/devset"));
        return Files.isDirectory(devset) ? devset : FIXTURE;
    }

    @Test
    void theNaevalFiguresAreWhatExtractsOutputGivesByNaevalsMethod() throws IOException {
        Path corpus = corpus();
        CliRun eval = CliRun.of("eval", "ner", "--corpus", corpus.toString(), "--no-train", "--json");
        assertThat(eval.code()).as(eval.err()).isZero();
        JsonNode measures = CliRun.json(eval.out().strip()).path("measures");
        assertThat(measures.fieldNames()).toIterable().containsExactly("naeval", "exact", "track1");

        List<String> args = new ArrayList<>(List.of("extract", "--json"));
        try (Stream<Path> files = Files.list(corpus)) {
            files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> args.add(p.toString()));
        }
        CliRun extract = CliRun.of(args.toArray(String[]::new));
        assertThat(extract.code()).as(extract.err()).isZero();

        Map<String, long[]> counts = new HashMap<>();
        extract.out().lines().map(CliRun::json).forEach(line -> score(Path.of(line.path("file").asText()), line.path("analyzed"), counts));
        for (String type : List.of("PER", "LOC", "ORG")) {
            long[] c = counts.get(type);
            double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
            double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
            JsonNode reported = measures.path("naeval").path(type);
            assertThat(reported.path("p").asDouble()).as("%s precision", type).isCloseTo(p, within(0.005));
            assertThat(reported.path("r").asDouble()).as("%s recall", type).isCloseTo(r, within(0.005));
            assertThat(reported.path("f1").asDouble()).as("%s F1", type).isCloseTo(p + r == 0 ? 0 : 2 * p * r / (p + r), within(0.005));
        }
        assertThat(counts.get("PER")[0]).as("some person tokens found").isPositive();
    }

    @Test
    void jsonNeedsNoTrain() {
        CliRun run = CliRun.of("eval", "ner", "--corpus", FIXTURE.toString(), "--json");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--no-train");
    }

    /** Adds {tokens tagged by both, found tokens, gold tokens} per type for one document. */
    private static void score(Path txt, JsonNode analyzed, Map<String, long[]> counts) {
        String base = txt.getFileName().toString().replace(".txt", "");
        Path dir = txt.getParent();
        String text = analyzed.path("text").asText();
        List<int[]> tokens = new ArrayList<>();
        lines(dir.resolve(base + ".tokens")).stream().map(l -> l.split(" ")).filter(c -> c.length >= 3)
                .forEach(c -> tokens.add(new int[] {Integer.parseInt(c[1]), Integer.parseInt(c[1]) + Integer.parseInt(c[2])}));
        List<Object[]> gold = aligned(dropOverlaps(goldSpans(dir, base)), tokens);
        List<Object[]> found = new ArrayList<>();
        analyzed.path("entities").forEach(entity -> {
            String type = switch (entity.path("type").asText()) {
                case "PERSON" -> "PER";
                case "ORGANIZATION", "MEDIA" -> "ORG";
                case "COUNTRY", "LOCATION" -> "LOC";
                default -> null;
            };
            entity.path("mentions").forEach(m -> {
                int start = m.path("start").asInt();
                int end = m.path("end").asInt();
                while (start < end && QUOTES.indexOf(text.charAt(start)) >= 0) {
                    start++;
                }
                while (end > start && QUOTES.indexOf(text.charAt(end - 1)) >= 0) {
                    end--;
                }
                if (type != null && m.path("kind").asText().equals("NAME") && end > start) {
                    found.add(new Object[] {start, end, type});
                }
            });
        });
        List<Object[]> predicted = aligned(dropOverlaps(found), tokens);
        for (String type : List.of("PER", "LOC", "ORG")) {
            long[] c = counts.computeIfAbsent(type, t -> new long[3]);
            for (int[] token : tokens) {
                boolean g = inside(token, gold, type);
                boolean f = inside(token, predicted, type);
                c[0] += g && f ? 1 : 0;
                c[1] += f ? 1 : 0;
                c[2] += g ? 1 : 0;
            }
        }
    }

    private static boolean inside(int[] token, List<Object[]> spans, String type) {
        return spans.stream().anyMatch(s -> s[2].equals(type) && (int) s[0] <= token[0] && token[1] <= (int) s[1]);
    }

    /** Person objects whole; Org objects' org_name spans; Location and LocOrg objects' loc_name spans. */
    private static List<Object[]> goldSpans(Path dir, String base) {
        Map<String, int[]> spans = new HashMap<>();
        Map<String, String> spanTypes = new HashMap<>();
        for (String line : lines(dir.resolve(base + ".spans"))) {
            String[] c = line.split("#")[0].trim().split("\\s+");
            if (c.length >= 4) {
                int start = Integer.parseInt(c[2]);
                spans.put(c[0], new int[] {start, start + Integer.parseInt(c[3])});
                spanTypes.put(c[0], c[1]);
            }
        }
        List<Object[]> gold = new ArrayList<>();
        for (String line : lines(dir.resolve(base + ".objects"))) {
            String[] c = line.split("#")[0].trim().split("\\s+");
            if (c.length < 3) {
                continue;
            }
            List<String> ids = List.of(c).subList(2, c.length).stream().filter(spans::containsKey).toList();
            switch (c[1]) {
                case "Person" -> gold.add(new Object[] {ids.stream().mapToInt(i -> spans.get(i)[0]).min().orElseThrow(),
                        ids.stream().mapToInt(i -> spans.get(i)[1]).max().orElseThrow(), "PER"});
                case "Org" -> gold.addAll(dropOverlaps(ids.stream().filter(i -> spanTypes.get(i).equals("org_name"))
                        .map(i -> new Object[] {spans.get(i)[0], spans.get(i)[1], "ORG"}).toList()));
                case "Location", "LocOrg" -> gold.addAll(dropOverlaps(ids.stream().filter(i -> spanTypes.get(i).equals("loc_name"))
                        .map(i -> new Object[] {spans.get(i)[0], spans.get(i)[1], "LOC"}).toList()));
                default -> { }
            }
        }
        return gold;
    }

    private static List<Object[]> dropOverlaps(List<Object[]> spans) {
        List<Object[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt((Object[] s) -> (int) s[0]).thenComparing((Object[] s) -> -(int) s[1]));
        List<Object[]> kept = new ArrayList<>();
        for (Object[] span : sorted) {
            if (kept.isEmpty() || (int) kept.get(kept.size() - 1)[1] <= (int) span[0]) {
                kept.add(span);
            }
        }
        return kept;
    }

    private static List<Object[]> aligned(List<Object[]> spans, List<int[]> tokens) {
        Set<Integer> starts = new java.util.HashSet<>();
        Set<Integer> ends = new java.util.HashSet<>();
        tokens.forEach(t -> {
            starts.add(t[0]);
            ends.add(t[1]);
        });
        return spans.stream().filter(s -> starts.contains((int) s[0]) && ends.contains((int) s[1])).toList();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
