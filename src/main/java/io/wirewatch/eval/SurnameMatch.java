package io.wirewatch.eval;

import io.wirewatch.extract.ner.rules.NameWords;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Whether two surnames name the same person in any script or transliteration, case endings aside,
 * as ../shared/ANNOTATION.md scores speakers: Erdoğan = Erdogan = Эрдоган, Мишарина = Misharin,
 * Маэхара = Maekhara = Maehara. A Cyrillic surname loses its case ending; both are then folded to plain Latin (diacritics dropped, Cyrillic
 * transliterated, the usual spelling variants merged: kh/h, j/y/i, yo/e (Vorobyov = Vorobyev), c/k
 * (Cruz = Круз), Mc/Мак, th/т...), then compared: equal, one the
 * other plus at most two letters of ending, or, for surnames of five letters or more, one letter
 * apart (two from eight letters on).
 */
final class SurnameMatch {
    private static final String[] CYRILLIC = {"а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "e", "ж", "zh",
        "з", "z", "и", "i", "й", "y", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s", "т", "t",
        "у", "u", "ф", "f", "х", "kh", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "shch", "ъ", "", "ы", "y", "ь", "", "э", "e",
        "ю", "yu", "я", "ya", "і", "i", "ї", "i", "є", "e", "ґ", "g"};

    private SurnameMatch() {
    }

    static boolean same(String a, String b) {
        String x = fold(cyrillicStem(a));
        String y = fold(cyrillicStem(b));
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        if (shorter.length() >= 3 && longer.startsWith(shorter) && longer.length() - shorter.length() <= 2) {
            return true;
        }
        int allowed = shorter.length() >= 8 ? 2 : shorter.length() >= 5 ? 1 : 0;
        return allowed > 0 && Math.abs(x.length() - y.length()) <= allowed && NameWords.editDistance(x, y) <= allowed;
    }

    /** A Cyrillic surname without its case ending (Ходорковского → ходорковск), as the name rules stem it. */
    private static String cyrillicStem(String surname) {
        return surname.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)
                ? NameWords.stem(surname) : surname;
    }

    /** Plain lower-case Latin letters, spelling variants merged. */
    static String fold(String surname) {
        String text = Normalizer.normalize(surname.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("^mc", "mak").replace("th", "t").replaceAll("c(?![eihy])", "k"); // McArthur = Макартур, Cruz = Круз
        StringBuilder latin = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            String c = text.substring(i, i + 1);
            latin.append(cyrillic(c));
        }
        return latin.toString().replaceAll("[^a-z]", "")
                .replace("kh", "h").replace("zh", "j").replace("dzh", "j").replace("dz", "j").replace("ks", "x")
                .replace("ts", "c").replace("tz", "c").replace("sch", "sh").replace("ph", "f").replace("w", "v")
                .replace("yo", "e").replace("ij", "i").replace("iy", "i").replace("yi", "i").replace('y', 'i').replace('j', 'i')
                .replace("ie", "e").replace("ei", "e").replace("ou", "u");
    }

    private static String cyrillic(String c) {
        for (int i = 0; i < CYRILLIC.length; i += 2) {
            if (CYRILLIC[i].equals(c)) {
                return CYRILLIC[i + 1];
            }
        }
        return c;
    }
}
