package io.wirewatch.extract.statements;

import io.wirewatch.extract.text.Token;
import io.wirewatch.extract.text.TokenSpans;
import java.util.List;
import java.util.Set;

/**
 * What an English "he" or "she" stands for: the person last named as a subject, not one named
 * after a preposition, a verb of saying or "and" (Reagan warned Congress … with Nakasone; "…," he
 * said: Reagan), nor a possessor (Reagan's chief of staff). Reads the speaker candidates and tokens.
 */
final class EnglishSubjects {
    private static final Set<String> NOT_SUBJECT_BEFORE = Set.of("with", "to", "for", "of", "by", "from", "and", "or", "on", "at",
            "in", "between", "than", "against", "about", "as", "into", "met", "meet", "meets", "visited", "visit", "called",
            "including", "under", "like", "told", "tell", "asked", "urged");

    private EnglishSubjects() {
    }

    static boolean isEnglishPronoun(Token token) {
        String text = token.text().toLowerCase();
        return text.equals("he") || text.equals("she");
    }

    /** The last candidate before the offset in a subject's place; the last candidate at all if none is. */
    static SpeakerCandidate lastSubjectBefore(List<SpeakerCandidate> subjects, List<Token> tokens, int offset) {
        SpeakerCandidate fallback = null;
        for (int i = subjects.size() - 1; i >= 0; i--) {
            SpeakerCandidate candidate = subjects.get(i);
            if (candidate.range().end() > offset) {
                continue;
            }
            if (fallback == null) {
                fallback = candidate;
            }
            if (isSubject(tokens, candidate)) {
                return candidate;
            }
        }
        return fallback;
    }

    private static boolean isSubject(List<Token> tokens, SpeakerCandidate candidate) {
        int first = TokenSpans.firstFrom(tokens, candidate.range().start());
        int last = first;
        while (last + 1 < tokens.size() && tokens.get(last + 1).end() <= candidate.range().end()) {
            last++;
        }
        if (last < tokens.size() && (tokens.get(last).text().endsWith("'s")
                || last + 1 < tokens.size() && tokens.get(last + 1).text().matches("'s?|’s?"))) {
            return false;
        }
        int before = first - 1;
        while (before >= 0 && tokens.get(before).isWord() && tokens.get(before).isCapitalized()) {
            before--; // Soviet Premier Nikolai Ryzhkov: the title belongs to the name
        }
        return before < 0 || !NOT_SUBJECT_BEFORE.contains(tokens.get(before).text().toLowerCase());
    }
}
