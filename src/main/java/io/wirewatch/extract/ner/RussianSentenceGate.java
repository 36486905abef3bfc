package io.wirewatch.extract.ner;

import io.wirewatch.extract.morph.RussianMorphology;
import io.wirewatch.extract.morph.TokenKeys;
import io.wirewatch.extract.ner.rules.Found;
import io.wirewatch.extract.ner.rules.NameWords;
import io.wirewatch.extract.ner.rules.OrganizationDescriptors;
import io.wirewatch.extract.text.Token;
import java.util.List;

/**
 * Russian: the model reads a sentence with a capitalized word outside the knowledge base's names
 * that is not simply a sentence-initial common word (the dictionary knows it and not as a name);
 * only its organisations are kept where an organisation's descriptor stands before a known name in
 * Cyrillic (мэрии Москвы, Правительство Японии), the known places and people there staying the
 * knowledge base's; elsewhere only the rules for names in lower case run (японское правительство).
 */
public final class RussianSentenceGate implements SentenceGate {
    private static final int DESCRIPTOR_REACH = 3;
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("в", "во", "на", "с", "со", "по", "о", "об", "от",
            "до", "для", "за", "из", "к", "ко", "под", "над", "при", "про", "через", "без", "у", "между", "перед");

    @Override
    public Decision decide(List<Token> tokens, boolean[] known) {
        if (hasCandidate(tokens, known)) {
            return Decision.MODEL;
        }
        return hasDescriptorOfKnownName(tokens, known) ? Decision.ORGANIZATIONS : Decision.RULES;
    }

    static boolean hasCandidate(List<Token> tokens, boolean[] known) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (known[i] || !token.isWord() || !Character.isUpperCase(token.text().codePointAt(0))) {
                continue;
            }
            if (!startsClause(tokens, i) || isProperNoun(token.text()) || !isKnownWord(token.text())) {
                return true;
            }
        }
        return false;
    }

    static boolean hasDescriptorOfKnownName(List<Token> tokens, boolean[] known) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!known[i] && tokens.get(i).isWord() && isDescriptorOfKnownName(tokens, known, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * мэрии Москвы, Правительство Японии, российском министерстве финансов РФ: an organisation's
     * descriptor with a known name at most {@value #DESCRIPTOR_REACH} words after it, no
     * preposition or punctuation between (not каналы связи с Москвой), the known name in Cyrillic
     * (not телеканалу France 2, which the knowledge base names whole), where only the finder can
     * find the organisation around the known name. The cheap test (a known word follows) comes
     * before the dictionary's.
     */
    private static boolean isDescriptorOfKnownName(List<Token> tokens, boolean[] known, int i) {
        int last = Math.min(tokens.size() - 1, i + DESCRIPTOR_REACH);
        for (int j = i + 1; j <= last; j++) {
            if (known[j]) {
                return TokenKeys.isCyrillic(tokens.get(j).text()) && OrganizationDescriptors.isDescriptor(tokens.get(i));
            }
            if (!tokens.get(j).isWord() || PREPOSITIONS.contains(tokens.get(j).keys().get(0))) {
                return false;
            }
        }
        return false;
    }

    /**
     * First word of the sentence, or of a quotation or clause inside it (after ":", "-", or a
     * quotation mark that follows punctuation). After a word, a quotation mark opens a name
     * (партии «Яблоко», сообщает «Росбалт»), not a clause.
     */
    private static boolean startsClause(List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        Token previous = tokens.get(i - 1);
        if (previous.isWord() || previous.text().equals(",")) {
            return false;
        }
        return !NameWords.isOpeningQuote(previous.text()) || i < 2 || !tokens.get(i - 2).isWord();
    }


    private static boolean isKnownWord(String word) {
        return !RussianMorphology.get().readings(word).isEmpty() || !TokenKeys.isCyrillic(word);
    }

    private static boolean isProperNoun(String word) {
        return RussianMorphology.get().readings(word).stream()
                .anyMatch(RussianMorphology.Reading::isPersonalName);
    }

    /**
     * An organisation may contain known names (мэрия Москвы, Министерство промышленности и торговли
     * РФ) as long as it begins outside them; so may a person or place with words before a known name
     * that ends it; anything else overlapping a known name gives way to it.
     */
    @Override
    public boolean mayEnclose(Found found, boolean[] known) {
        boolean all = true;
        for (int i = found.start(); i < found.end(); i++) {
            all &= known[i];
        }
        boolean organizationAroundKnown = found.type().equals("ORG") && !known[found.start()] && !all;
        return organizationAroundKnown || nameBeforeKnown(known, found);
    }

    /**
     * Мишель Обама, Беньямин Нетаньяху, Северной Африке: a person or place found with unknown words
     * before a known name that ends it.
     */
    private static boolean nameBeforeKnown(boolean[] known, Found found) {
        if (found.type().equals("ORG") || known[found.start()] || !known[found.end() - 1]) {
            return false;
        }
        int firstKnown = found.start();
        while (!known[firstKnown]) {
            firstKnown++;
        }
        for (int i = firstKnown; i < found.end(); i++) {
            if (!known[i]) {
                return false;
            }
        }
        return true;
    }
}
