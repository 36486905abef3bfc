package io.wirewatch.extract.ner;

import io.wirewatch.extract.ner.model.StatisticalNameFinder;
import io.wirewatch.extract.ner.rules.Found;
import io.wirewatch.extract.ner.rules.NameRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Names outside the knowledge base in a document's sentences: the statistical model's names, then
 * the name rules in their declared order ({@link NameRules}). The extractor and the evaluation
 * find names through this class only. One instance per analyzer; thread-safe (the model keeps
 * one decoder per thread).
 */
public final class NameFinder {
    private final StatisticalNameFinder model;
    private final NameRules rules;

    public NameFinder(StatisticalNameFinder model, NameRules rules) {
        this.model = model;
        this.rules = rules;
    }

    /** Forgets the previous document (names seen earlier weigh in the model's decisions). */
    public void startDocument() {
        model.startDocument();
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
        startDocument();
        List<List<Found>> found = new ArrayList<>(sentences.size());
        for (String[] words : sentences) {
            found.add(findInSentence(words));
        }
        return acrossDocument(sentences, found);
    }
}
