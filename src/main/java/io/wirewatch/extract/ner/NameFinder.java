package io.wirewatch.extract.ner;

import io.wirewatch.extract.ner.model.StatisticalNameFinder;
import io.wirewatch.extract.ner.rules.Found;
import io.wirewatch.extract.ner.rules.NameRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Names outside the knowledge base in a document's sentences: the statistical model's names, then
 * the name rules in their declared order ({@link NameRules}), where the language's gate lets the
 * model look ({@link SentenceGate}). The extractor and the evaluation find names through this class
 * only. One instance per analyzer and language; thread-safe (the model keeps one decoder per thread).
 */
public final class NameFinder {
    private final StatisticalNameFinder model;
    private final NameRules rules;
    private final SentenceGate gate;

    /** The Russian finder: this model and these rules behind the Russian gate. */
    public NameFinder(StatisticalNameFinder model, NameRules rules) {
        this(model, rules, new RussianSentenceGate());
    }

    public NameFinder(StatisticalNameFinder model, NameRules rules, SentenceGate gate) {
        this.model = model;
        this.rules = rules;
        this.gate = gate;
    }

    /** Where the model runs in this language, and which of its names may enclose known ones. */
    public SentenceGate gate() {
        return gate;
    }

    /**
     * Forgets the previous document (names seen earlier weigh in the model's decisions) and gives
     * the words to find names in, one array per sentence: the sentences' own, or for English those
     * in capitals recased as the model reads them.
     */
    public List<String[]> startDocument(List<String[]> sentences) {
        return model.startDocument(sentences);
    }

    /** One sentence's names: the model's around the capitalized words, then the sentence rules. */
    public List<Found> findInSentence(String[] words) {
        return words.length == 0 ? List.of() : rules.applyToSentence(words, model.findAroundCapitals(words));
    }

    /** The names of a sentence with no capitalized candidate, found without the model. */
    public List<Found> findWithoutModel(String[] words) {
        return rules.applyWithoutModel(words);
    }

    /** Every sentence's names made consistent over the document (the document rules). */
    public List<List<Found>> acrossDocument(List<String[]> sentences, List<List<Found>> found) {
        return rules.applyToDocument(sentences, found);
    }

    /** Every sentence of one document read by the model, then all the rules. */
    public List<List<Found>> findInDocument(List<String[]> sentences) {
        List<String[]> read = startDocument(sentences);
        List<List<Found>> found = new ArrayList<>(read.size());
        for (String[] words : read) {
            found.add(findInSentence(words));
        }
        return acrossDocument(read, found);
    }
}
