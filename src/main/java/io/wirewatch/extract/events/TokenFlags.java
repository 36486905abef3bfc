package io.wirewatch.extract.events;

import io.wirewatch.extract.RussianMorphology;
import io.wirewatch.extract.Token;
import io.wirewatch.extract.TokenKeys;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each token of an article is for event coding (a negation, a demonstrative, a trigger, a
 * status cue...), worked out once per article so the coder asks an identity map, not the lexicons.
 */
final class TokenFlags {
    static final int NEGATION = 1;
    static final int DEMONSTRATIVE = 2;
    static final int EXCLUSION = 4;
    static final int TOPIC = 8;
    static final int PRESS = 16;
    static final int MONTH = 32;

    private final Map<Token, Integer> flags = new IdentityHashMap<>();
    private final Map<Token, String> triggers = new IdentityHashMap<>();
    private final Map<Token, String> statuses = new IdentityHashMap<>();
    private final Map<Token, Boolean> future = new IdentityHashMap<>();

    /** What one word is for event coding: flag bits, trigger, status. */
    record WordInfo(int bits, boolean trigger, String status) {
    }

    /** Every word the coder cares about, from the lexicons and the flag word sets, in one map. */
    static Map<String, WordInfo> index(EventLexicon lexicon, Map<Integer, Set<String>> words) {
        Map<String, WordInfo> index = new java.util.HashMap<>();
        words.forEach((bit, set) -> set.forEach(w -> index.merge(w, new WordInfo(bit, false, null), TokenFlags::merge)));
        lexicon.triggers.keySet().forEach(w -> index.merge(w, new WordInfo(0, true, null), TokenFlags::merge));
        lexicon.statuses.forEach((w, status) -> index.merge(w, new WordInfo(0, false, status), TokenFlags::merge));
        return Map.copyOf(index);
    }

    private static WordInfo merge(WordInfo a, WordInfo b) {
        return new WordInfo(a.bits() | b.bits(), a.trigger() || b.trigger(), a.status() != null ? a.status() : b.status());
    }

    TokenFlags(List<Token> tokens, Map<String, WordInfo> index) {
        for (Token token : tokens) {
            if (!token.isWord()) {
                continue;
            }
            int bits = 0;
            for (String key : token.keys()) {
                WordInfo info = index.get(key);
                if (info == null) {
                    continue;
                }
                bits |= info.bits();
                if (info.trigger()) {
                    triggers.putIfAbsent(token, key);
                }
                if (info.status() != null) {
                    statuses.putIfAbsent(token, info.status());
                }
            }
            if (bits != 0) {
                flags.put(token, bits);
            }
        }
    }

    boolean has(Token token, int flag) {
        Integer bits = flags.get(token);
        return bits != null && (bits & flag) != 0;
    }

    /** The trigger word the token is (its lemma or form), or null. */
    String trigger(Token token) {
        return triggers.get(token);
    }

    /** The status the token cues, or null. */
    String status(Token token) {
        return statuses.get(token);
    }

    /**
     * The status the token cues, its tense considered: a Russian verb in the future tense (проведут,
     * встретятся, будет) makes a contact PLANNED, even one a past form would confirm (провести).
     */
    String statusWithTense(Token token) {
        String status = statuses.get(token);
        if ((status == null || status.equals("CONFIRMED")) && isFutureVerb(token)) {
            return "PLANNED";
        }
        return status;
    }

    private boolean isFutureVerb(Token token) {
        if (!token.isWord() || !TokenKeys.isCyrillic(token.text())) {
            return false;
        }
        return future.computeIfAbsent(token, t -> {
            List<RussianMorphology.Reading> readings = RussianMorphology.get().readings(t.text());
            return !readings.isEmpty() && readings.stream().allMatch(r -> r.tag().startsWith("VB:Fut"));
        });
    }
}
