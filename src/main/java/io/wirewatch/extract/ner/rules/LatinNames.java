package io.wirewatch.extract.ner.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A name in Latin letters that the finder left untagged in Russian text (Philips, Hewlett-Packard,
 * 3Com, The Independent, World Fashion Channel) or a site's domain (infox.ru, Lenta.ru): in
 * factRuEval's devset two Latin words in three inside a Russian sentence belong to an
 * organisation, and the people among the rest are mostly spelled out in parentheses after their
 * Russian name (Джошуа Вольф ( Joshua Wolf )), so a Latin name in parentheses right after a name
 * takes that name's type. Products and abbreviations that name no organisation (Windows, HTML5,
 * UTC), single letters, Roman numerals and codes (STS-124) are not names, even where the finder
 * tagged one alone (под Windows, VII съезде). Runs before
 * {@link OrganizationDescriptors}, so a descriptor before the name joins it (компанией FaceCash).
 * Reads one sentence's words and names; returns the names with these added.
 */
public final class LatinNames implements NameRule {
    private static final Pattern LATIN_WORD = Pattern.compile("(\\p{IsLatin}|\\d+\\p{IsLatin})[\\p{IsLatin}\\d.’'&+-]*");
    private static final Pattern INNER = Pattern.compile("[\\p{IsLatin}\\d][\\p{IsLatin}\\d.’'&+-]*");
    private static final Pattern DOMAIN = Pattern.compile("[\\p{IsLatin}\\d-]+(\\.[\\p{IsLatin}\\d-]+)*\\.(ru|com|net|org|info|ua|by|kz|uk|de|fr)",
            Pattern.CASE_INSENSITIVE);
    /** Roman numerals, single letters and codes such as STS-124 or A320: numbers, not names. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("[IVXLCDM]+|\\p{IsLatin}|\\p{Lu}+-?\\d+");
    private static final Set<String> NOT_NAMES = Set.of("Windows", "Linux", "Android", "Chrome", "iPhone", "iPad", "iOS", "macOS",
            "HTML", "HTML5", "IT", "PR", "UTC", "GMT", "CEO", "VIP", "OK", "TV", "GPS", "SMS", "USB", "Wi-Fi", "DVD", "CD", "PC");
    private static final int LONGEST = 5;

    public LatinNames() {
    }

    @Override
    public List<Found> apply(String[] words, List<Found> tagged) {
        List<Found> found = withoutNonNames(words, tagged);
        List<Found> names = null;
        for (int i = 0; i < words.length; i++) {
            if (!startsName(words[i])) {
                continue;
            }
            int end = i + 1;
            while (end < words.length && end - i < LONGEST && INNER.matcher(words[end]).matches()) {
                end++;
            }
            while (end - 1 > i && !startsName(words[end - 1])) {
                end--;
            }
            int from = i;
            int to = end;
            List<Found> current = names == null ? found : names;
            if (current.stream().anyMatch(name -> name.start() < to && from < name.end())) {
                i = end - 1;
                continue;
            }
            if (names == null) {
                names = new ArrayList<>(found);
            }
            names.add(new Found(i, end, typeOf(words, current, i), 0));
            i = end - 1;
        }
        if (names == null) {
            return found;
        }
        names.sort(Comparator.comparingInt(Found::start));
        return names;
    }

    /** Windows, VII съезде: what the finder tagged as one such word, a product or a numeral, is no name either. */
    private static List<Found> withoutNonNames(String[] words, List<Found> found) {
        List<Found> names = found.stream().filter(n -> n.end() - n.start() > 1
                || !NOT_NAMES.contains(words[n.start()]) && !NUMBER_LIKE.matcher(words[n.start()]).matches()).toList();
        return names.size() == found.size() ? found : names;
    }

    /** A word a Latin name starts or ends with: capitalized or a domain, not a product, abbreviation or numeral. */
    private static boolean startsName(String word) {
        if (DOMAIN.matcher(word).matches()) {
            return true;
        }
        return LATIN_WORD.matcher(word).matches() && !Character.isLowerCase(word.codePointAt(0))
                && !NOT_NAMES.contains(word) && !NUMBER_LIKE.matcher(word).matches();
    }

    /** Joshua Wolf in Джошуа Вольф ( Joshua Wolf ): the type of the name before the parenthesis; else ORG. */
    private static String typeOf(String[] words, List<Found> names, int start) {
        if (start >= 2 && words[start - 1].equals("(")) {
            for (Found name : names) {
                if (name.end() == start - 1) {
                    return name.type();
                }
            }
        }
        return "ORG";
    }
}
