package io.wirewatch.extract.ner.model;

import io.wirewatch.extract.morph.RussianMorphology;
import java.util.List;

/**
 * Name-finder features from Russian morphology: the token's first lemma and its morphological
 * class (first name, surname, patronymic, other known word, unknown Cyrillic word), whether the
 * spelling dictionary writes it capitalized (a proper noun), and its neighbours' classes and
 * lemmas. The dictionary marks given names and surnames, which generalises far beyond the names
 * seen in training; neighbours' lemmas (губернатор, компания) generalise over their cases.
 */
public final class RussianMorphFeatureGenerator extends SentenceFeatureGenerator {
    private String[] classes;
    private String[] lemmas;
    private boolean[] known;
    private boolean[] properNouns;

    @Override
    void make(List<String> features, String[] tokens, int index) {
        if (known[index]) {
            features.add("lem=" + lemmas[index]);
        }
        String own = classes[index];
        features.add("mc=" + own);
        if (properNouns[index]) {
            features.add("pn");
            features.add("pn+mc=" + own);
        }
        String previous = index > 0 ? classes[index - 1] : "BOS";
        String next = index + 1 < tokens.length ? classes[index + 1] : "EOS";
        features.add("mcp=" + previous);
        features.add("mcn=" + next);
        features.add("mcpn=" + previous + "," + own + "," + next);
        features.add("lp=" + (index > 0 ? lemmas[index - 1] : "BOS"));
        features.add("lp2=" + (index > 1 ? lemmas[index - 2] : "BOS"));
        features.add("ln=" + (index + 1 < tokens.length ? lemmas[index + 1] : "EOS"));
    }

    /** Each word's class, first lemma and spelling, once per sentence rather than per window position. */
    @Override
    void describe(String[] tokens) {
        classes = new String[tokens.length];
        lemmas = new String[tokens.length];
        known = new boolean[tokens.length];
        properNouns = new boolean[tokens.length];
        RussianMorphology morphology = RussianMorphology.get();
        for (int i = 0; i < tokens.length; i++) {
            List<RussianMorphology.Reading> readings = morphology.readings(tokens[i]);
            known[i] = !readings.isEmpty();
            classes[i] = morphClass(tokens[i], readings);
            lemmas[i] = RussianMorphology.normalize(known[i] ? readings.get(0).lemma() : tokens[i]);
            properNouns[i] = morphology.isProperNoun(tokens[i]);
        }
    }

    static String morphClass(String token, List<RussianMorphology.Reading> readings) {
        if (readings.isEmpty()) {
            return isCyrillic(token) ? "oov" : Character.isLetter(token.codePointAt(0)) ? "latin" : "other";
        }
        boolean name = false;
        boolean surname = false;
        boolean patronymic = false;
        for (RussianMorphology.Reading reading : readings) {
            String tag = reading.tag();
            name |= tag.contains(":Name");
            surname |= tag.contains(":Fam");
            patronymic |= tag.contains(":Patr");
        }
        return name ? "name" : surname ? "fam" : patronymic ? "patr" : readings.get(0).tag().split(":", 2)[0];
    }

    private static boolean isCyrillic(String token) {
        char c = token.charAt(0);
        return c >= 'Ѐ' && c <= 'ӿ';
    }
}
