package io.wirewatch.eval;

import io.wirewatch.extract.ner.model.NerDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The factRuEval-2016 Track 1 measure, reimplemented: per type, gold objects and found mentions are
 * sets of tokens; a pair's quality is the weight of the tokens both share over the weight of those
 * either misses (name tokens weigh 1, descriptors 0, extra found tokens 1); gold and found are
 * paired to maximise quality (perfect pairs first, then greedily by overlap); a gold object that
 * stays unpaired counts against recall unless it has no weighted token (an unnamed "правительство")
 * or sits inside a paired organisation. Precision = quality / found, recall = quality / gold.
 * LocOrg counts as LOC. The shared task's script searches the pairing exhaustively; greedy pairing
 * differs only where mentions overlap in several ways.
 */
public final class SharedTaskMetric {
    private final Map<String, double[]> byType = new TreeMap<>();

    /** A found mention: its type and its document-wide token indices. */
    public record Found(String type, Set<Integer> tokens) {
    }

    /** Adds one document's gold objects and found mentions. */
    public void add(List<NerDocument.GoldObject> gold, List<Found> found) {
        for (String type : List.of("PER", "ORG", "LOC")) {
            List<NerDocument.GoldObject> g = gold.stream().filter(o -> o.type().equals(type)).toList();
            List<Found> f = found.stream().filter(o -> o.type().equals(type)).toList();
            double[] totals = byType.computeIfAbsent(type, t -> new double[3]);
            double[] doc = compare(g, f);
            for (int i = 0; i < 3; i++) {
                totals[i] += doc[i];
            }
        }
    }

    /** {quality, relevant gold count, found count} for one type in one document. */
    private static double[] compare(List<NerDocument.GoldObject> gold, List<Found> found) {
        List<int[]> pairs = new ArrayList<>();
        List<double[]> priorities = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < found.size(); j++) {
                double priority = overlap(gold.get(i).marks().keySet(), found.get(j).tokens());
                if (priority > 0) {
                    pairs.add(new int[] {i, j});
                    priorities.add(new double[] {priority});
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < pairs.size(); k++) {
            order.add(k);
        }
        order.sort(Comparator.comparingDouble((Integer k) -> -priorities.get(k)[0]));
        boolean[] goldPaired = new boolean[gold.size()];
        boolean[] foundPaired = new boolean[found.size()];
        double quality = 0;
        for (int k : order) {
            int i = pairs.get(k)[0];
            int j = pairs.get(k)[1];
            if (!goldPaired[i] && !foundPaired[j]) {
                goldPaired[i] = true;
                foundPaired[j] = true;
                quality += quality(gold.get(i), found.get(j));
            }
        }
        int relevant = 0;
        for (int i = 0; i < gold.size(); i++) {
            if (goldPaired[i] || isRelevantUnpaired(gold, goldPaired, i)) {
                relevant++;
            }
        }
        return new double[] {quality, relevant, found.size()};
    }

    private static boolean isRelevantUnpaired(List<NerDocument.GoldObject> gold, boolean[] paired, int i) {
        NerDocument.GoldObject object = gold.get(i);
        if (object.marks().values().stream().mapToDouble(Double::doubleValue).sum() == 0) {
            return false;
        }
        if (object.type().equals("ORG")) {
            for (int p = 0; p < gold.size(); p++) {
                Set<Integer> parent = gold.get(p).marks().keySet();
                if (p != i && paired[p] && parent.size() > object.marks().size() && parent.containsAll(object.marks().keySet())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double overlap(Set<Integer> gold, Set<Integer> found) {
        Set<Integer> both = new HashSet<>(gold);
        both.retainAll(found);
        Set<Integer> either = new HashSet<>(gold);
        either.addAll(found);
        return either.isEmpty() ? 0 : (double) both.size() / either.size();
    }

    private static double quality(NerDocument.GoldObject gold, Found found) {
        double tp = 0;
        double fn = 0;
        for (Map.Entry<Integer, Double> token : gold.marks().entrySet()) {
            if (found.tokens().contains(token.getKey())) {
                tp += token.getValue();
            } else {
                fn += token.getValue();
            }
        }
        long fp = found.tokens().stream().filter(t -> !gold.marks().containsKey(t)).count();
        double sum = tp + fn + fp;
        return sum > 0 ? tp / sum : overlap(gold.marks().keySet(), found.tokens());
    }

    /** Precision, recall, F1 per type and over all, as a table. */
    public String report() {
        StringBuilder out = new StringBuilder(String.format("%-6s %9s %9s %9s %8s%n", "type", "precision", "recall", "F1", "gold"));
        double[] all = new double[3];
        byType.forEach((type, t) -> {
            out.append(row(type, t));
            for (int i = 0; i < 3; i++) {
                all[i] += t[i];
            }
        });
        out.append(row("all", all));
        return out.toString();
    }

    /** Quality over found mentions; 1 when nothing was found. */
    public double precision(String type) {
        double[] t = byType.getOrDefault(type, new double[3]);
        return t[2] == 0 ? 1 : t[0] / t[2];
    }

    /** Quality over relevant gold objects; 1 when there are none. */
    public double recall(String type) {
        double[] t = byType.getOrDefault(type, new double[3]);
        return t[1] == 0 ? 1 : t[0] / t[1];
    }

    public double f1(String type) {
        double[] t = byType.get(type);
        double p = t[2] == 0 ? 1 : t[0] / t[2];
        double r = t[1] == 0 ? 1 : t[0] / t[1];
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static String row(String type, double[] t) {
        double p = t[2] == 0 ? 1 : t[0] / t[2];
        double r = t[1] == 0 ? 1 : t[0] / t[1];
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return String.format("%-6s %9.3f %9.3f %9.3f %8.0f%n", type, p, r, f, t[1]);
    }
}
