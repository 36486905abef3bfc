package io.wirewatch.extract.ner.rules;

/**
 * A name in a sentence, as the name finder and the name rules pass it on (the role of OpenNLP's
 * {@code Span}): words {@code [start, end)} of the sentence, its type (PER, ORG, LOC) and the
 * model's probability (1 for a name a rule made).
 */
public record Found(int start, int end, String type, double probability) {
    /**
     * посол России Иванов tagged as one person, России Иванов: a person's name without the
     * knowledge base's words that open it ({@code known[i]} for word i), when only unknown words
     * follow them, so the person stays beside the known name; any other name as it is.
     */
    public Found withoutKnownWordsBefore(boolean[] known) {
        int first = start;
        while (first < end && known[first]) {
            first++;
        }
        if (!type.equals("PER") || first == start || first == end) {
            return this;
        }
        for (int i = first; i < end; i++) {
            if (known[i]) {
                return this;
            }
        }
        return new Found(first, end, type, probability);
    }
}
