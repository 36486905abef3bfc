package io.wirewatch.extract.statements;

import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.text.Token;
import io.wirewatch.extract.text.TokenSpans;
import io.wirewatch.kb.EntityKind;
import java.util.List;
import java.util.Set;

/**
 * A speaker the attribution describes without a name: an anonymous voice ("a senior U.S. trade
 * official said", "one source said", заявил источник) or a body ("the ministry said", сообщили в
 * пресс-службе). The phrase next to the verb of saying, up to a comma, names it; the speaker is an
 * entity of its own with that phrase as its name (UNNAMED for a voice, TITLE for a body).
 */
final class UnnamedSpeaker {
    private static final int MAX_WORDS = 7;
    private static final int OUTLET_WORDS = 3;
    private static final Set<String> VOICES = Set.of("official", "officials", "source", "sources", "banker", "bankers",
            "diplomat", "diplomats", "analyst", "analysts", "dealer", "dealers", "trader", "traders", "delegate", "delegates",
            "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "economist", "economists", "observer", "observers",
            "negotiator", "negotiators", "executive", "executives", "expert", "experts", "participant", "participants",
            "источник", "представитель", "эксперт", "аналитик", "дипломат", "чиновник", "собеседник", "участник", "очевидец",
            "организатор", "активист", "правозащитник");
    private static final Set<String> BODIES = Set.of("statement", "communique", "ministry", "department", "embassy", "government",
            "office", "agency", "committee", "council", "commission", "newspaper", "report", "announcement", "spokesmen",
            "пресс-служба", "служба", "министерство", "ведомство", "мид", "посольство", "правительство", "сообщение",
            "заявление", "пресс-релиз", "администрация", "аппарат", "агентство", "прокуратура", "полиция", "мвд",
            "комитет", "комиссия", "документ", "коммюнике", "пресс-центр", "штаб", "департамент", "управление", "сайт");

    private static final Set<String> IN = Set.of("в", "во");

    private UnnamedSpeaker() {
    }

    /** The voice or body next to the attribution's verb, or null if the words there name none. */
    static SpeakerCandidate in(Attribution attribution, List<Token> tokens, String text) {
        List<Token> clause = TokenSpans.within(tokens, attribution.clause());
        int verb = -1;
        for (int i = 0; i < clause.size(); i++) {
            if (clause.get(i).range().equals(attribution.verb())) {
                verb = i;
            }
        }
        if (verb < 0) {
            return null;
        }
        boolean according = SpeechLexicon.isAccording(clause.get(verb));
        boolean word = clause.get(verb).isWord(); // not a colon: В машине была записка: «…»
        SpeakerCandidate after = phrase(clause, afterOutlet(clause, verb + 1), 1, text, according, word);
        return after != null ? after : phrase(clause, verb - 1, -1, text, false, word);
    }

    /** Past a name in quotation marks right after the verb (подтвердил "Ъ" участник рынка): where the speaker's words begin. */
    private static int afterOutlet(List<Token> clause, int from) {
        if (from >= clause.size() || !isMark(clause.get(from))) {
            return from;
        }
        for (int i = from + 1; i < clause.size() && i <= from + OUTLET_WORDS + 1; i++) {
            if (isMark(clause.get(i))) {
                return i + 1;
            }
        }
        return from;
    }

    private static boolean isMark(Token token) {
        return token.text().length() == 1 && "\"«»“”„".indexOf(token.text().charAt(0)) >= 0;
    }

    /**
     * The words from {@code from} away from the verb in direction {@code step}, up to a comma or a quote: a voice or a
     * body if a word of theirs is one, a body if they open with "в" (заявили в СБУ, в документе говорится), and anyone
     * at all after "по словам, по мнению" ({@code anyone}: по мнению журналистов).
     */
    private static SpeakerCandidate phrase(List<Token> clause, int from, int step, String text, boolean anyone, boolean inBody) {
        int kind = 0;
        int end = from;
        int words = 0;
        for (int i = from; i >= 0 && i < clause.size() && words < MAX_WORDS; i += step) {
            Token token = clause.get(i);
            if (!token.isWord() && !token.text().equals(".") && !token.text().equals("-")) {
                break;
            }
            words++;
            end = i;
            if (token.keys().anyIn(VOICES)) {
                kind = 1;
            } else if (kind == 0 && token.keys().anyIn(BODIES)) {
                kind = 2;
            }
        }
        int first = Math.min(from, end);
        int last = Math.max(from, end);
        if (kind == 0 && words > 0 && (anyone || inBody && words > 1 && IN.contains(clause.get(first).text().toLowerCase(java.util.Locale.ROOT))
                && !clause.get(first + 1).text().toLowerCase(java.util.Locale.ROOT).startsWith("котор"))) {
            kind = anyone ? 1 : 2;
        }
        if (kind == 0) {
            return null;
        }
        TextRange range = new TextRange(clause.get(first).start(), clause.get(last).end());
        String name = range.of(text).replaceAll("\\s+", " ");
        LinkedEntity speaker = new LinkedEntity("text:" + name, kind == 1 ? EntityKind.PERSON : EntityKind.ORGANIZATION, name,
                null, null, null, null, List.of(range));
        return new SpeakerCandidate(range, speaker, kind == 1 ? Resolution.UNNAMED : Resolution.TITLE);
    }
}
