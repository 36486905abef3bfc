package io.wirewatch.extract.ner;

import io.wirewatch.extract.RussianMorphology;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Name-finder features from Russian morphology: the token's first lemma and its morphological
 * class (first name, surname, patronymic, other known word, unknown Cyrillic word), whether the
 * spelling dictionary writes it capitalized (a proper noun), and its neighbours' classes and
 * lemmas. The dictionary marks given names and surnames, which generalises far beyond the names
 * seen in training; neighbours' lemmas (губернатор, компания) generalise over their cases.
 */
public final class RussianMorphFeatureGenerator implements AdaptiveFeatureGenerator {
    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String token = tokens[index];
        List<RussianMorphology.Reading> readings = RussianMorphology.get().readings(token);
        if (!readings.isEmpty()) {
            features.add("lem=" + RussianMorphology.normalize(readings.get(0).lemma()));
        }
        String own = morphClass(token, readings);
        features.add("mc=" + own);
        if (RussianMorphology.get().isProperNoun(token)) {
            features.add("pn");
            features.add("pn+mc=" + own);
        }
        String previous = index > 0 ? morphClass(tokens[index - 1], RussianMorphology.get().readings(tokens[index - 1])) : "BOS";
        String next = index + 1 < tokens.length ? morphClass(tokens[index + 1], RussianMorphology.get().readings(tokens[index + 1])) : "EOS";
        features.add("mcp=" + previous);
        features.add("mcn=" + next);
        features.add("mcpn=" + previous + "," + own + "," + next);
        features.add("lp=" + (index > 0 ? lemma(tokens[index - 1]) : "BOS"));
        features.add("lp2=" + (index > 1 ? lemma(tokens[index - 2]) : "BOS"));
        features.add("ln=" + (index + 1 < tokens.length ? lemma(tokens[index + 1]) : "EOS"));
    }

    private static String lemma(String token) {
        return RussianMorphology.get().firstLemma(token);
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
