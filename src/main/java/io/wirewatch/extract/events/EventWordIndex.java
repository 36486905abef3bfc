package io.wirewatch.extract.events;

import io.wirewatch.extract.morph.FormMemo;
import io.wirewatch.extract.morph.RussianMorphology;
import io.wirewatch.extract.morph.TokenKeys;
import io.wirewatch.extract.morph.WordKeys;
import io.wirewatch.extract.text.Token;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What each word form means for event coding. Reads the event lexicons (trigger words, status cues,
 * the first words of level phrases) and the closed word classes the coder asks about (negations,
 * demonstratives, topic prepositions...); gives a word form its {@link TokenFlags} bits, the trigger
 * word it is and the status it cues, worked out from all its keys (form and lemmas) and its tense
 * once per form and kept on the form ({@link FormMemo}). Thread-safe; one per JVM ({@link #get}),
 * as each takes a memo slot.
 */
final class EventWordIndex {
    private static final Set<String> NEGATIONS = Set.of("не", "нет", "not", "no", "never");
    private static final Set<String> DEMONSTRATIVES = Set.of("этот", "такой", "this", "these", "that", "such");
    private static final Set<String> PRESS = Set.of("журналист", "пресса", "студент", "избиратель", "reporters",
            "journalists", "press", "students", "voters", "banks", "bankers", "creditors", "companies", "shareholders",
            "unions", "workers", "employers", "семья", "family", "relatives", "businessmen", "бизнесмен", "предприниматель");
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("о", "об", "обо", "about", "over");
    private static final Set<String> EXCLUSIONS = Set.of("исключение", "кроме", "except", "excluding");
    /** Words that open a subordinate clause: a cue before them does not govern a trigger after them. */
    private static final Set<String> SUBORDINATORS = Set.of("что", "чтобы", "который", "если", "когда", "поскольку", "потому",
            "хотя", "that", "which", "who", "because", "if", "when", "although");
    /** путем переговоров, through talks: negotiation as a means, named by no one in particular. */
    private static final Set<String> MEANS = Set.of("путем", "путём", "посредством", "through");
    private static final Map<Integer, Set<String>> FLAG_WORDS = Map.ofEntries(Map.entry(TokenFlags.NEGATION, NEGATIONS),
            Map.entry(TokenFlags.DEMONSTRATIVE, DEMONSTRATIVES), Map.entry(TokenFlags.EXCLUSION, EXCLUSIONS),
            Map.entry(TokenFlags.TOPIC, TOPIC_PREPOSITIONS), Map.entry(TokenFlags.PRESS, PRESS),
            Map.entry(TokenFlags.MONTH, EventDates.MONTH_WORDS), Map.entry(TokenFlags.SUBORDINATOR, SUBORDINATORS),
            Map.entry(TokenFlags.MEANS, MEANS), Map.entry(TokenFlags.FRAME, StatusCues.frameWords()),
            Map.entry(TokenFlags.EUROPEAN, Set.of("европейский")), Map.entry(TokenFlags.LEVEL, EventLexicon.get().levelStarts),
            Map.entry(TokenFlags.PARTNER, NonContacts.PARTNER_PREPOSITIONS), Map.entry(TokenFlags.RELATIVE, Clauses.RELATIVES));
    private static final EventWordIndex INSTANCE = new EventWordIndex(EventLexicon.get(), FLAG_WORDS);

    /** What a word form is for event coding: flag bits, the trigger word it is, the status it cues. */
    record WordInfo(int bits, String trigger, ContactStatus status) {
        /** A form that means nothing here: the one instance, never a merge's result. */
        static final WordInfo NOTHING = new WordInfo(0, null, null);
    }

    private final Map<String, WordInfo> byKey = new HashMap<>();
    private final FormMemo<WordInfo> byForm = new FormMemo<>(this::meaningOf);

    /** The lexicons and flag word sets (flag bit to comparison keys) as one map from key to meaning. */
    EventWordIndex(EventLexicon lexicon, Map<Integer, Set<String>> words) {
        words.forEach((bit, set) -> set.forEach(w -> byKey.merge(w, new WordInfo(bit, null, null), EventWordIndex::merge)));
        lexicon.triggers.keySet().forEach(w -> byKey.merge(w, new WordInfo(0, w, null), EventWordIndex::merge));
        lexicon.statuses.forEach((w, status) -> byKey.merge(w, new WordInfo(TokenFlags.STATUS, null, status), EventWordIndex::merge));
    }

    /** The shipped lexicons' index. */
    static EventWordIndex get() {
        return INSTANCE;
    }

    private static WordInfo merge(WordInfo a, WordInfo b) {
        return new WordInfo(a.bits() | b.bits(), a.trigger() != null ? a.trigger() : b.trigger(),
                a.status() != null ? a.status() : b.status());
    }

    WordInfo of(Token token) {
        return byForm.of(token.keys());
    }

    /** What a form means: every meaning of its keys (form and lemmas) together, plus its tense. */
    private WordInfo meaningOf(WordKeys keys) {
        String form = keys.get(0);
        WordInfo info = WordInfo.NOTHING;
        for (String key : keys) {
            WordInfo meaning = byKey.get(key);
            if (meaning != null) {
                info = merge(info, meaning);
            }
        }
        if (GroupSummits.isCue(form)) {
            info = new WordInfo(info.bits() | TokenFlags.GROUP_OF_SEVEN, info.trigger(), info.status());
        }
        if (isFutureVerb(form)) {
            info = new WordInfo(info.bits() | TokenFlags.FUTURE, info.trigger(), info.status());
        }
        if ((info.bits() & (TokenFlags.STATUS | TokenFlags.FUTURE)) != 0) {
            info = new WordInfo(info.bits() | TokenFlags.CUE, info.trigger(), info.status());
        }
        return info;
    }

    private static boolean isFutureVerb(String word) {
        if (!TokenKeys.isCyrillic(word)) {
            return false;
        }
        return RussianMorphology.get().everyReading(word, r -> r.tag().startsWith("VB:Fut"));
    }
}
