package io.wirewatch.extract.ner.rules;

import io.wirewatch.extract.morph.RussianMorphology;
import io.wirewatch.extract.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A place or organisation name right after an organisation's descriptor names that organisation
 * (правительство Грузии, мэрии Москвы, Министерству торговли КНР, делегация США): the name's span
 * grows back over the descriptor, its genitive complements and the adjectives qualifying it
 * ({@link DescriptorWords}), and becomes an ORG. A "place" headed by a descriptor (Большом театре)
 * and a one-word name in -ский before one (Хмельницкой атомной электростанции) are organisations
 * too; so is a quoted name after one ({@link QuotedOrganizationNames}), and a person right after one
 * may be the body's name ({@link PersonsAfterDescriptors}). An organisation's name ends where
 * {@link OrganizationNameEnds} says. The leadership or a delegation of an organisation is that
 * organisation's (руководства HP is HP; делегация США stays one, a country's). One lower-case word
 * alone is no organisation's name (правительство одобрило).
 */
public final class OrganizationDescriptors implements NameRule {
    private static final Set<String> PORTALS_AND_PROJECTS = Set.of("портал", "проект");
    private static final Set<String> SITES = Set.of("сайт");
    private static final Pattern DOMAIN = Pattern.compile(".+\\.\\p{Alpha}{2,}");
    private static final Pattern RELATIONAL_ADJECTIVE = Pattern.compile("\\p{Lu}\\p{L}*[сц]к(ий|ой|ая|ое|ого|ому|ом|ую|ие|их|им|ими|ей)");
    private static final Set<String> PLACE_LIKE = Set.of("федерация", "союз");

    private static final NameRule QUOTED = new QuotedOrganizationNames();

    public OrganizationDescriptors() {
    }

    @Override
    public List<Found> apply(String[] words, List<Found> unsplit) {
        List<Found> found = PersonsAfterDescriptors.splitFromBodies(words, unsplit);
        List<Found> result = new ArrayList<>(found.size());
        int previousEnd = 0;
        for (int n = 0; n < found.size(); n++) {
            Found tagged = found.get(n);
            if (tagged.type().equals("LOC") && headsAnOrganization(words, tagged)) {
                tagged = new Found(tagged.start(), tagged.end(), "ORG", tagged.probability());
            }
            int descriptorAfter = descriptorAfterAdjective(words, tagged);
            if (descriptorAfter > 0) {
                int end = descriptorAfter + 1;
                // Социалистической рабочей + партии Британии: the name found from the descriptor on is the rest of it
                while (n + 1 < found.size() && found.get(n + 1).start() <= end) {
                    end = Math.max(end, found.get(++n).end());
                }
                tagged = new Found(tagged.start(), end, "ORG", tagged.probability());
            }
            Found name = tagged.type().equals("ORG") ? OrganizationNameEnds.trimmed(words, tagged) : tagged;
            Found previous = result.isEmpty() ? null : result.get(result.size() - 1);
            if (name.type().equals("PER") && previous != null && previous.type().equals("ORG") && previous.end() == name.start()
                    && PersonsAfterDescriptors.bodyNamedAfterPerson(words, name, name.start() - 1) >= 0) {
                // Пресс-служба + Кадырова: the body the finder found ends on the descriptor the person names
                result.set(result.size() - 1, new Found(previous.start(), name.end(), "ORG", previous.probability()));
                previousEnd = name.end();
                continue;
            }
            int start = organizationStart(words, name, previousEnd);
            result.add(start < 0 ? name : new Found(start, name.end(), "ORG", name.probability()));
            previousEnd = name.end();
        }
        return QUOTED.apply(words, withoutLoneLowerCaseWords(words, result));
    }

    /** A descriptor, or a compound ending in one (интернет-издания, PR-служба, пресс-служба): see {@link DescriptorWords}. */
    public static boolean isDescriptor(String word) {
        return DescriptorWords.isDescriptor(word);
    }

    /** {@link #isDescriptor(String)} of a token's word, worked out once per word form. */
    public static boolean isDescriptor(Token token) {
        return DescriptorWords.isDescriptor(token);
    }

    /**
     * Where the organisation a name names begins, no earlier than {@code limit}: at its descriptor
     * phrase (a descriptor before the name or opening it, with its adjectives), or at the site,
     * portal or project word before a Latin name; -1 when the name is no organisation's so.
     */
    private static int organizationStart(String[] words, Found name, int limit) {
        boolean organization = name.type().equals("ORG");
        int start = name.type().equals("PER") ? PersonsAfterDescriptors.bodyNamedAfterPerson(words, name, limit)
                : DescriptorWords.descriptorBefore(words, name.start(), limit);
        if (start >= 0 && organization && start == name.start() - 1 && DescriptorWords.isPeopleOf(words[start])) {
            start = -1; // руководства HP, делегации ОБСЕ: the organisation's people, not another body
        }
        if (start < 0 && organization && DescriptorWords.isDescriptor(words[name.start()])) {
            start = name.start();
        }
        if (start >= 0) {
            start = DescriptorWords.withAdjectivesBefore(words, start, limit);
        }
        if (start < 0 && organization && isSiteBefore(words, name)) {
            start = name.start() - 1;
        }
        return start;
    }

    /** Экономист, Аудитория, not Газпром or Минфин: a word the dictionary knows, and only in lower case. */
    private static boolean isCommonNoun(String word) {
        return Token.isTitleCase(word) && !RussianMorphology.get().readings(word).isEmpty() && !RussianMorphology.get().isProperNoun(word);
    }

    /** правительство, not infox.ru: a word in lower-case Cyrillic letters. */
    private static boolean isLowerCaseRussian(String word) {
        return !word.isEmpty() && word.codePoints().allMatch(c -> !Character.isLetter(c)
                || Character.isLowerCase(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    /**
     * правительство одобрило, в суд, главу партии: one lower-case Russian word alone names no organisation
     * (factRuEval's devset marks such a word so about one time in four; a national team named so
     * is {@link NationalBodies}' to find), and nor does a common noun that opens the sentence
     * (Экономист ФАО, Аудитория социальной сети).
     */
    private static List<Found> withoutLoneLowerCaseWords(String[] words, List<Found> found) {
        List<Found> names = found.stream().filter(n -> !n.type().equals("ORG") || n.end() - n.start() > 1
                || !isLowerCaseRussian(words[n.start()]) && !(n.start() == 0 && isCommonNoun(words[0]))).toList();
        return names.size() == found.size() ? found : names;
    }

    /**
     * Хмельницкой атомной электростанции, Уральский центр, Мариинского театров: a one-word person
     * or place that is an adjective in -ский, -цкий, followed by at most
     * {@value DescriptorWords#MAX_ADJECTIVES} lower-case adjectives and a descriptor, names that
     * organisation. The descriptor's index, or -1.
     */
    private static int descriptorAfterAdjective(String[] words, Found name) {
        if (name.type().equals("ORG") || name.end() - name.start() != 1 || !RELATIONAL_ADJECTIVE.matcher(words[name.start()]).matches()) {
            return -1;
        }
        for (int j = name.end(); j < words.length && j <= name.end() + DescriptorWords.MAX_ADJECTIVES; j++) {
            String word = words[j];
            if (word.isEmpty() || !Character.isLowerCase(word.codePointAt(0))) {
                return -1;
            }
            if (DescriptorWords.isDescriptor(word)) {
                return j;
            }
            if (!RussianMorphology.get().isAdjective(word)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Большим театром, Российского института культурологи, Уральский центр, Атлантический альянс:
     * a "place" of adjectives and a head noun that is an organisation's descriptor or head is an
     * organisation; not a federation or union (Российской Федерации, Советского Союза are places).
     */
    private static boolean headsAnOrganization(String[] words, Found name) {
        int head = name.start();
        while (head + 1 < name.end() && RussianMorphology.get().readings(words[head]).stream().anyMatch(r -> r.tag().startsWith("ADJ:Posit"))) {
            head++;
        }
        if (!CapitalizedBodies.isHead(words[head])) {
            return false;
        }
        return RussianMorphology.get().lemmas(words[head]).stream().noneMatch(PLACE_LIKE::contains);
    }

    /**
     * на сайте Roem.ru, Портал SeeSaw, проекта Mushroom works: a site, portal or project named in
     * Latin letters (a site by its domain) is the organisation with its word, as factRuEval marks
     * it; not сайте Facebook, a company's site, nor a project in quotes (проект « Спейс Шаттл »).
     */
    private static boolean isSiteBefore(String[] words, Found name) {
        int before = name.start() - 1;
        String first = words[name.start()];
        if (before < 0 || !first.chars().allMatch(c -> c < 128) || !Character.isLetterOrDigit(first.codePointAt(0))) {
            return false;
        }
        RussianMorphology morphology = RussianMorphology.get();
        return morphology.hasLemmaIn(words[before], PORTALS_AND_PROJECTS)
                || morphology.hasLemmaIn(words[before], SITES) && DOMAIN.matcher(first).matches();
    }
}
