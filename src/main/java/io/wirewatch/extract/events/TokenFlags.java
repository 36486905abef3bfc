package io.wirewatch.extract.events;

import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.text.Token;
import io.wirewatch.extract.text.TokenSpans;
import java.util.Arrays;
import java.util.List;

/**
 * What each token of an article is for event coding (a negation, a demonstrative, a trigger, a
 * status cue, a future-tense verb...). Worked out once per word form ({@link EventWordIndex}, shared by
 * all articles, read back from the form's keys) and, per article, as the sorted offsets of the tokens
 * with each flag, so the coder finds the next negation or trigger by a binary search, not a scan.
 */
final class TokenFlags {
    static final int NEGATION = 1;
    static final int DEMONSTRATIVE = 2;
    static final int EXCLUSION = 4;
    static final int TOPIC = 8;
    static final int PRESS = 16;
    static final int MONTH = 32;
    static final int SUBORDINATOR = 64;
    static final int MEANS = 128;
    /** A Russian verb whose every reading is in the future tense (проведут, будет). */
    static final int FUTURE = 256;
    /** The last word of a frame saying a contact took place (в ходе, по итогам, during). */
    static final int FRAME = 512;
    static final int EUROPEAN = 1024;
    /** The first word of a level phrase (технический уровень, министр). */
    static final int LEVEL = 2048;
    /** A preposition introducing a partner (встреча с …, meeting with …). */
    static final int PARTNER = 4096;
    /** A status cue of the lexicon (подтвердить, планировать, confirm). */
    static final int STATUS = 8192;
    /** A status cue or a future-tense verb: what {@link #statusWithTense} gives a status. */
    static final int CUE = 16384;
    /** A relative pronoun opening a clause (который, who, which). */
    static final int RELATIVE = 32768;
    /** A word every name of the Group of Seven holds one of ({@link GroupSummits#isCue}). */
    static final int GROUP_OF_SEVEN = 65536;

    private static final int BITS = 17;
    /** What word forms mean: a token's meaning is a field of its form's keys, no search. */
    private final EventWordIndex index;
    /** Start offsets of all the article's tokens, in order: a token's position from its offset. */
    private final int[] tokenStarts;
    /** Start and end offsets of the trigger words, in order, and their positions among the article's tokens. */
    private int[] triggerStarts = new int[16];
    private int[] triggerEnds = new int[16];
    private int[] triggerPositions = new int[16];
    private int triggers;
    /** For each flag bit, the start offsets of the tokens that have it, ascending, and their positions. */
    private final int[][] startsByBit = new int[BITS][];
    private final int[][] positionsByBit = new int[BITS][];
    private final int[] countByBit = new int[BITS];
    /** The offset {@link #positionOf} was last asked for, and its answer: a clause's first token, asked again and again. */
    private int lastOffset = -1;
    private int lastPosition;

    /**
     * The flags of an article's tokens, in text order ({@link EventExtractor#extract} sorts them).
     * Runs of tokens are found by their start offsets (a binary search), never hashed: an article's
     * tokens are new objects, and giving each an identity hash cost more than the search.
     */
    TokenFlags(List<Token> tokens, EventWordIndex index) {
        this.index = index;
        tokenStarts = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            tokenStarts[i] = token.start();
            EventWordIndex.WordInfo info = index.of(token);
            if (info == EventWordIndex.WordInfo.NOTHING) {
                continue;
            }
            addStarts(token.start(), i, info.bits());
            if (info.trigger() != null) {
                if (triggers == triggerStarts.length) {
                    triggerStarts = Arrays.copyOf(triggerStarts, triggers * 2);
                    triggerEnds = Arrays.copyOf(triggerEnds, triggers * 2);
                    triggerPositions = Arrays.copyOf(triggerPositions, triggers * 2);
                }
                triggerStarts[triggers] = token.start();
                triggerPositions[triggers] = i;
                triggerEnds[triggers++] = token.end();
            }
        }
    }

    private void addStarts(int start, int position, int bits) {
        for (int rest = bits; rest != 0; rest &= rest - 1) {
            int bit = Integer.numberOfTrailingZeros(rest);
            int[] withBit = startsByBit[bit];
            if (withBit == null) {
                withBit = startsByBit[bit] = new int[8];
                positionsByBit[bit] = new int[8];
            } else if (countByBit[bit] == withBit.length) {
                withBit = startsByBit[bit] = Arrays.copyOf(withBit, withBit.length * 2);
                positionsByBit[bit] = Arrays.copyOf(positionsByBit[bit], withBit.length);
            }
            positionsByBit[bit][countByBit[bit]] = position;
            withBit[countByBit[bit]++] = start;
        }
    }

    /** Where the first trigger word among the tokens (a run of consecutive tokens) is, or -1. */
    int firstTriggerIn(List<Token> tokens) {
        int at = TokenSpans.firstFrom(triggerStarts, triggers, tokens.get(0).start());
        if (at == triggers || triggerEnds[at] > tokens.get(tokens.size() - 1).end()) {
            return -1;
        }
        return triggerPositions[at] - positionOf(tokens.get(0).start());
    }

    /** The position among the article's tokens of the first token starting at or after the offset. */
    int positionOf(int offset) {
        if (offset != lastOffset) {
            lastPosition = TokenSpans.firstFrom(tokenStarts, tokenStarts.length, offset);
            lastOffset = offset;
        }
        return lastPosition;
    }

    /** Whether a trigger word lies in the range: sentences without one are not looked at. */
    boolean anyTriggerIn(TextRange range) {
        return anyTriggerIn(range.start(), range.end());
    }

    /** Whether a trigger word lies between the offsets. */
    boolean anyTriggerIn(int start, int end) {
        int at = TokenSpans.firstFrom(triggerStarts, triggers, start);
        return at < triggers && triggerEnds[at] <= end;
    }

    /**
     * Whether any of the tokens has the flag (one of the constants above): a binary search among the
     * article's tokens that have it, for a run of consecutive tokens (a clause or sentence; the
     * punctuation a clause leaves out has no flags).
     */
    boolean anyHas(List<Token> tokens, int flag) {
        if (tokens.isEmpty()) {
            return false;
        }
        int bit = Integer.numberOfTrailingZeros(flag);
        int[] withBit = startsByBit[bit];
        if (withBit == null) {
            return false;
        }
        int first = TokenSpans.firstFrom(withBit, countByBit[bit], tokens.get(0).start());
        return first < countByBit[bit] && withBit[first] < tokens.get(tokens.size() - 1).end();
    }

    /** The position among the article's tokens of the first token at or after the offset that has the flag, or -1. */
    int nextWith(int flag, int offset) {
        int bit = Integer.numberOfTrailingZeros(flag);
        int[] withBit = startsByBit[bit];
        if (withBit == null) {
            return -1;
        }
        int at = TokenSpans.firstFrom(withBit, countByBit[bit], offset);
        return at < countByBit[bit] ? positionsByBit[bit][at] : -1;
    }

    /**
     * Where the first token from position {@code from} on that has the flag is in the tokens (a run of
     * consecutive tokens of the article), or -1: a search among the few tokens that have it.
     */
    int firstWith(List<Token> tokens, int from, int flag) {
        if (from >= tokens.size()) {
            return -1;
        }
        int next = nextWith(flag, tokens.get(from).start());
        if (next < 0 || tokenStarts[next] >= tokens.get(tokens.size() - 1).end()) {
            return -1;
        }
        return next - positionOf(tokens.get(0).start());
    }

    /** Whether the token has the flag (one of the constants above). */
    boolean has(Token token, int flag) {
        return (index.of(token).bits() & flag) != 0;
    }

    /** The trigger word the token is (its lemma or form), or null. */
    String trigger(Token token) {
        return index.of(token).trigger();
    }

    /**
     * The status the token cues, its tense considered: a Russian verb in the future tense (проведут,
     * встретятся, будет) makes a contact PLANNED, even one a past form would confirm (провести).
     */
    ContactStatus statusWithTense(Token token) {
        EventWordIndex.WordInfo info = index.of(token);
        ContactStatus status = info.status();
        if ((status == null || status == ContactStatus.CONFIRMED) && (info.bits() & FUTURE) != 0) {
            return ContactStatus.PLANNED;
        }
        return status;
    }
}
