package io.wirewatch.eval;

import io.wirewatch.extract.ner.rules.Found;
import io.wirewatch.extract.ner.rules.NameRules;
import io.wirewatch.extract.ner.model.NameFinderTrainer;
import io.wirewatch.extract.ner.model.NerDocument;
import io.wirewatch.extract.ner.model.StatisticalNameFinder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Measures a name finder on annotated documents: exact match of token range and type, precision,
 * recall and F1 per type and over all. Cross-validation splits by document (document i goes to
 * fold i mod k, in name order), trains on k-1 folds and tests on the held-out one.
 */
public final class NerEvaluation {
    /** Counts for one type. */
    public static final class Counts {
        int truePositives;
        int falsePositives;
        int falseNegatives;

        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public int support() {
            return truePositives + falseNegatives;
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }

    private final Map<String, Counts> byType = new TreeMap<>();
    private final NameRules rules;
    private final SharedTaskMetric sharedTask = new SharedTaskMetric();
    private final List<String> details = new ArrayList<>();
    private FoldNaeval naeval;

    /** @param rules the name rules to run after the model (all of them, or fewer for an ablation) */
    public NerEvaluation(NameRules rules) {
        this.rules = rules;
    }

    /** The same results under the factRuEval-2016 Track 1 measure. */
    public SharedTaskMetric sharedTask() {
        return sharedTask;
    }

    public Map<String, Counts> byType() {
        return byType;
    }

    public Counts overall() {
        Counts all = new Counts();
        for (Counts c : byType.values()) {
            all.truePositives += c.truePositives;
            all.falsePositives += c.falsePositives;
            all.falseNegatives += c.falseNegatives;
        }
        return all;
    }

    /**
     * Repeated k-fold cross-validation, the counts summed over the repeats. What is measured is the
     * extractor's recognition, by the extractor's own steps ({@link ProductNames}): the knowledge
     * base's names, the fold's name finder and the name rules, merged as the extractor merges them;
     * the exact measure counts the outermost names, the shared-task measure the nested ones too
     * (Москвы in мэрии Москвы). The partitions: the first repeat puts document i in fold i mod k (in name
     * order), each further one deals the documents into folds after a shuffle seeded with the
     * repeat's number. One perceptron's errors move with small changes to its features; the sum
     * over several partitions says more about a change than one.
     */
    public static NerEvaluation crossValidate(List<NerDocument> documents, int folds, int repeats, int iterations, int cutoff,
            NameRules rules) {
        return crossValidate(documents, List.of(), folds, repeats, iterations, cutoff, rules, null);
    }

    /**
     * The same, every fold's finder also trained on {@code alsoTrained} (documents of another corpus,
     * never tested; the held-out fold's documents never enter training), and, given the corpus
     * directory, naeval's measure too ({@link #naevalReport}).
     */
    public static NerEvaluation crossValidate(List<NerDocument> documents, List<NerDocument> alsoTrained, int folds, int repeats,
            int iterations, int cutoff, NameRules rules, java.nio.file.Path corpus) {
        NerEvaluation evaluation = new NerEvaluation(rules);
        evaluation.naeval = corpus == null ? null : new FoldNaeval(corpus);
        for (int repeat = 0; repeat < repeats; repeat++) {
            List<NerDocument> order = new ArrayList<>(documents);
            if (repeat > 0) {
                Collections.shuffle(order, new Random(repeat));
            }
            for (int fold = 0; fold < folds; fold++) {
                List<NerDocument> train = new ArrayList<>();
                List<NerDocument> test = new ArrayList<>();
                for (int i = 0; i < order.size(); i++) {
                    (i % folds == fold ? test : train).add(order.get(i));
                }
                train.addAll(alsoTrained);
                evaluation.add(NameFinderTrainer.train(train, iterations, cutoff), test);
            }
        }
        return evaluation;
    }

    /** Adds the model's results on the documents. */
    public void add(TokenNameFinderModel model, List<NerDocument> documents) {
        ProductNames extractor = new ProductNames(new StatisticalNameFinder(model), rules);
        for (NerDocument document : documents) {
            List<String[]> sentences = document.sentences().stream().map(t -> t.toArray(String[]::new)).toList();
            List<List<Found>> nested = extractor.find(sentences);
            List<List<Found>> found = ProductNames.outermost(nested);
            List<SharedTaskMetric.Found> mentions = new ArrayList<>();
            int offset = 0;
            for (int s = 0; s < sentences.size(); s++) {
                for (Found name : nested.get(s)) {
                    Set<Integer> tokens = new HashSet<>();
                    for (int t = name.start(); t < name.end(); t++) {
                        tokens.add(offset + t);
                    }
                    mentions.add(new SharedTaskMetric.Found(name.type(), tokens));
                }
                offset += sentences.get(s).length;
            }
            sharedTask.add(document.objects(), mentions);
            if (naeval != null) {
                naeval.add(document, found);
            }
            for (int s = 0; s < sentences.size(); s++) {
                Set<String> gold = new HashSet<>();
                document.names().get(s).forEach(n -> gold.add(n.start() + ":" + n.end() + ":" + n.type()));
                Set<String> tagged = new HashSet<>();
                found.get(s).forEach(n -> tagged.add(n.start() + ":" + n.end() + ":" + n.type()));
                count(gold, tagged);
                noteDifferences(document, sentences.get(s), gold, tagged);
            }
        }
    }

    /** naeval's measure per type over the tested documents (empty without the corpus directory). */
    public String naevalReport() {
        return naeval == null ? "" : naeval.report();
    }

    /** Exact-match errors, one line each: missed (gold only) or extra (found only), with the sentence. */
    private void noteDifferences(NerDocument document, String[] words, Set<String> gold, Set<String> found) {
        for (String name : new java.util.TreeSet<>(gold)) {
            if (!found.contains(name)) {
                details.add(line(document, words, "missed", name));
            }
        }
        for (String name : new java.util.TreeSet<>(found)) {
            if (!gold.contains(name)) {
                details.add(line(document, words, "extra ", name));
            }
        }
    }

    private static String line(NerDocument document, String[] words, String what, String name) {
        String[] parts = name.split(":");
        int start = Integer.parseInt(parts[0]);
        int end = Integer.parseInt(parts[1]);
        String context = String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, start - 4), Math.min(words.length, end + 4)));
        return String.format("%s %s %-3s %-40s | %s", document.id(), what, parts[2],
                String.join(" ", java.util.Arrays.copyOfRange(words, start, end)), context);
    }

    /** Per sentence of every test document, the names missed and the names found beyond the gold (exact match). */
    public List<String> details() {
        return details;
    }

    private void count(Set<String> gold, Set<String> found) {
        for (String name : found) {
            Counts c = byType.computeIfAbsent(type(name), t -> new Counts());
            if (gold.contains(name)) {
                c.truePositives++;
            } else {
                c.falsePositives++;
            }
        }
        for (String name : gold) {
            if (!found.contains(name)) {
                byType.computeIfAbsent(type(name), t -> new Counts()).falseNegatives++;
            }
        }
    }

    private static String type(String name) {
        return name.substring(name.lastIndexOf(':') + 1);
    }

    /** A table: type, precision, recall, F1, support. */
    public String report() {
        StringBuilder out = new StringBuilder(String.format("%-6s %9s %9s %9s %8s%n", "type", "precision", "recall", "F1", "support"));
        byType.forEach((type, c) -> out.append(row(type, c)));
        out.append(row("all", overall()));
        return out.toString();
    }

    private static String row(String type, Counts c) {
        return String.format("%-6s %9.3f %9.3f %9.3f %8d%n", type, c.precision(), c.recall(), c.f1(), c.support());
    }
}
