package io.wirewatch.extract.ner.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The name rules in the order they run, declared once: first the sentence rules over the name
 * finder's names, then the document rules over every sentence's. The extractor and the
 * evaluation run the same list; {@link #without} leaves rules out, to measure what each adds.
 *
 * @param sentence      rules over one sentence's names, in order
 * @param withoutModel  the rules for a sentence the model is not run on (no capitalized candidate):
 *                      names written in lower case (японское правительство)
 * @param document      rules over the whole document's names, in order
 */
public record NameRules(List<NameRule> sentence, List<NameRule> withoutModel, List<DocumentNameRule> document) {
    private static final NationalBodies NATIONAL_BODIES = new NationalBodies();
    private static final NameRules ALL = new NameRules(
            List.of(new PersonNameJoins(), new LatinNames(), new OrganizationDescriptors(), new LocationDescriptors(),
                    NATIONAL_BODIES, new CapitalizedBodies(), new UnknownAcronyms(), new BodiesWithTheirParents()),
            List.of(NATIONAL_BODIES),
            List.of(new DocumentConsistency(), new NamesOfThings()));
    /** English: the model's names made consistent over the document; the other rules are Russian. */
    private static final NameRules ENGLISH = new NameRules(List.of(), List.of(), List.of(new DocumentConsistency()));

    public NameRules {
        sentence = List.copyOf(sentence);
        withoutModel = List.copyOf(withoutModel);
        document = List.copyOf(document);
    }

    /** Every rule, in the order the extractor runs them (on Russian text). */
    public static NameRules all() {
        return ALL;
    }

    /** The rules the extractor runs on English text. */
    public static NameRules english() {
        return ENGLISH;
    }

    /** The names of the rules, in order (sentence rules, then document rules). */
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        sentence.forEach(rule -> names.add(rule.name()));
        document.forEach(rule -> names.add(rule.name()));
        return names;
    }

    /**
     * These rules without the named ones (for ablation: what does the evaluation lose without a rule).
     *
     * @throws IllegalArgumentException naming the rules that exist, when a name is none of them
     */
    public NameRules without(Set<String> left) {
        Set<String> unknown = new LinkedHashSet<>(left);
        unknown.removeAll(names());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no name rule " + unknown + "; the rules are " + names());
        }
        Predicate<NameRule> kept = rule -> !left.contains(rule.name());
        return new NameRules(sentence.stream().filter(kept).toList(), withoutModel.stream().filter(kept).toList(),
                document.stream().filter(rule -> !left.contains(rule.name())).toList());
    }

    /** One sentence's names after the sentence rules. */
    public List<Found> applyToSentence(String[] words, List<Found> found) {
        List<Found> names = found;
        for (NameRule rule : sentence) {
            names = rule.apply(words, names);
        }
        return names;
    }

    /** The names a sentence the model did not read can still hold. */
    public List<Found> applyWithoutModel(String[] words) {
        List<Found> names = List.of();
        for (NameRule rule : withoutModel) {
            names = rule.apply(words, names);
        }
        return names;
    }

    /** Every sentence's names after the document rules. */
    public List<List<Found>> applyToDocument(List<String[]> sentences, List<List<Found>> found) {
        List<List<Found>> names = found;
        for (DocumentNameRule rule : document) {
            names = rule.apply(sentences, names);
        }
        return names;
    }
}
