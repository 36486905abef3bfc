package io.wirewatch.extract.morph;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Generates the case forms of a Russian name given in the nominative, by its ending, for names
 * the dictionary lacks (Эммануэль → Эммануэля, Эммануэлю, Эммануэлем, Эммануэле; Макрон →
 * Макрона, Макрону, Макроном, Макроне; Захарова → Захаровой, Захарову). Forms are lower case with
 * ё folded, like {@link RussianMorphology#normalize}. Indeclinable endings (-о, -е, -и, -у, -ю,
 * consonant-final names of women) yield only the name itself.
 */
public final class NameInflector {
    private static final String HUSHING_OR_VELAR = "гкхжшщч";

    private NameInflector() {
    }

    /** The nominative itself and its other case forms, singular. */
    public static Set<String> forms(String nominative, boolean female) {
        String w = RussianMorphology.normalize(nominative);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(w);
        if (w.length() < 2 || !TokenKeys.isCyrillic(w)) {
            return forms;
        }
        String stem = w.substring(0, w.length() - 1);
        char last = w.charAt(w.length() - 1);
        if (w.endsWith("ская") || w.endsWith("цкая")) {
            add(forms, w.substring(0, w.length() - 2), "ой", "ую");
        } else if (w.endsWith("ий") || w.endsWith("ый") && !female) {
            if (w.endsWith("ский") || w.endsWith("цкий") || w.endsWith("ый")) {
                add(forms, w.substring(0, w.length() - 2), "ого", "ому", "им", "ом", "ым");
            } else {
                add(forms, stem, "я", "ю", "ем", "и");
            }
        } else if (last == 'а') {
            boolean surname = w.endsWith("ова") || w.endsWith("ева") || w.endsWith("ина") || w.endsWith("ына");
            if (surname && female) {
                add(forms, stem, "ой", "у");
            } else {
                add(forms, stem, HUSHING_OR_VELAR.indexOf(stem.charAt(stem.length() - 1)) >= 0 ? "и" : "ы", "е", "у", "ой", "ою");
            }
        } else if (last == 'я') {
            add(forms, stem, "и", "е", "ю", "ей");
        } else if (female) {
            return forms;
        } else if (last == 'ь' || last == 'й') {
            add(forms, stem, "я", "ю", "ем", "е");
        } else if ("оеиуюыэ".indexOf(last) >= 0) {
            return forms;
        } else if (w.endsWith("ов") || w.endsWith("ев") || w.endsWith("ин") || w.endsWith("ын")) {
            add(forms, w, "а", "у", "ым", "е");
        } else {
            add(forms, w, "а", "у", HUSHING_OR_VELAR.indexOf(last) >= 0 || last == 'ц' ? "ем" : "ом", "е", "ом");
        }
        return forms;
    }

    private static void add(Set<String> forms, String stem, String... endings) {
        for (String ending : endings) {
            forms.add(stem + ending);
        }
    }
}
