package io.wirewatch.extract.ner.model;

import java.util.Arrays;
import java.util.function.Predicate;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * Left-to-right decoding that keeps one candidate: each word takes the outcome of highest
 * probability that the validator allows after the outcomes before it (no continuation of a name
 * that was not begun). What OpenNLP's {@code BeamSearch} of size 1 finds, without its queues,
 * search nodes and sorting for every word; and a word in small letters, or of punctuation only,
 * outside a name is outside the next one too without asking the model when the language's rule
 * says no name begins with it ({@link NoNameStart}): most words of news, and most of the model's
 * cost. Reads a sentence's words through the context generator; produces one {@link Sequence}.
 * One instance per thread.
 */
final class GreedySearch implements SequenceClassificationModel {
    private final MaxentModel model;
    private final double[] scores;
    /** The outcome outside any name, or null when the model has none. */
    private final String other;
    private final Predicate<String> beginsNoName;

    /**
     * @param beginsNoName words that, after a word outside a name, are outside one too without
     *                     asking the model ({@link NoNameStart})
     */
    GreedySearch(MaxentModel model, Predicate<String> beginsNoName) {
        this.model = model;
        this.beginsNoName = beginsNoName;
        this.scores = new double[model.getNumOutcomes()];
        this.other = model.getIndex(NameFinderME.OTHER) >= 0 ? NameFinderME.OTHER : null;
    }

    @Override
    public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> contexts,
            SequenceValidator<T> validator) {
        Object[] additional = additionalContext == null ? new Object[0] : additionalContext;
        String[] outcomes = new String[sequence.length];
        Sequence best = new Sequence();
        for (int i = 0; i < sequence.length; i++) {
            if ((i == 0 || outcomes[i - 1].equals(other)) && other != null && sequence[i] instanceof String word && beginsNoName.test(word)) {
                outcomes[i] = other;
                best.add(other, 1.0);
                continue;
            }
            String[] before = Arrays.copyOf(outcomes, i);
            model.eval(contexts.getContext(i, sequence, before, additional), scores);
            int chosen = -1;
            for (int o = 0; o < scores.length; o++) {
                if ((chosen < 0 || scores[o] > scores[chosen]) && validator.validSequence(i, sequence, before, model.getOutcome(o))) {
                    chosen = o;
                }
            }
            if (chosen < 0) {
                return best;
            }
            outcomes[i] = model.getOutcome(chosen);
            best.add(outcomes[i], scores[chosen]);
        }
        return best;
    }

    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext, double minSequenceScore,
            BeamSearchContextGenerator<T> contexts, SequenceValidator<T> validator) {
        return new Sequence[] {bestSequence(sequence, additionalContext, contexts, validator)};
    }

    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
            BeamSearchContextGenerator<T> contexts, SequenceValidator<T> validator) {
        return bestSequences(numSequences, sequence, additionalContext, 0, contexts, validator);
    }

    @Override
    public String[] getOutcomes() {
        String[] outcomes = new String[model.getNumOutcomes()];
        for (int o = 0; o < outcomes.length; o++) {
            outcomes[o] = model.getOutcome(o);
        }
        return outcomes;
    }
}
