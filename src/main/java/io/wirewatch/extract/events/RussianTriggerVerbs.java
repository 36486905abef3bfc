package io.wirewatch.extract.events;

import io.wirewatch.extract.morph.RussianMorphology;
import io.wirewatch.extract.morph.TokenKeys;
import io.wirewatch.extract.text.Token;
import java.util.List;

/**
 * The tense of a Russian trigger that is itself a finite verb (беседовал, встречаются, поговорит).
 * Reads the trigger token, its clause and the tokens' flags; a verb of contact in the past or
 * present reports a contact that took place, whatever its type (CONFIRMED), unless a cue of the
 * lexicon says otherwise: the future tense of another verb in the clause (точку поставят те, кто
 * сегодня встречаются) does not plan it. Nouns and infinitives keep the status the cues give.
 */
final class RussianTriggerVerbs {
    private RussianTriggerVerbs() {
    }

    /** The status of the contact the trigger reports, its own tense considered: {@code cued} as the cues gave it. */
    static ContactStatus withOwnTense(ContactStatus cued, List<Token> clause, int trigger, TokenFlags flags) {
        if (!pastOrPresent(clause.get(trigger).text())) {
            return cued;
        }
        if (cued == null || cued == ContactStatus.PLANNED && !flags.anyHas(clause, TokenFlags.STATUS)) {
            return ContactStatus.CONFIRMED;
        }
        return cued;
    }

    /** Whether the word is a Russian verb in the past or present tense in every reading. */
    static boolean pastOrPresent(String word) {
        return TokenKeys.isCyrillic(word) && RussianMorphology.get().everyReading(word,
                r -> r.tag().startsWith("VB:Past") || r.tag().startsWith("VB:Real"));
    }
}
