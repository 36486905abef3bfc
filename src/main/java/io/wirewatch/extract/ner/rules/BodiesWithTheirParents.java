package io.wirewatch.extract.ner.rules;

import io.wirewatch.extract.morph.RussianMorphology;
import io.wirewatch.extract.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * What an organisation belongs to is part of its name: a place in the genitive right after it
 * (ВВС США, Госдумы России, Министерству торговли КНР, правительства Китая), the place of a
 * mission after в (российского посольства в Токио, постоянного представительства в Германии), and
 * an organisation right after it (Свердловского обкома КПСС, ГУ МЧС России). factRuEval's devset
 * marks a country so placed as part of the organisation 56 times of 57, and has two organisations
 * side by side only twice. Reads one sentence's words and names; returns them with each such
 * organisation and what it belongs to as one ORG.
 */
public final class BodiesWithTheirParents implements NameRule {
    private static final Set<String> MISSIONS = Set.of("посольство", "представительство", "консульство", "миссия", "дипмиссия");
    private static final int LONGEST_PLACE = 2;

    public BodiesWithTheirParents() {
    }

    @Override
    public List<Found> apply(String[] words, List<Found> found) {
        if (IntStream.range(1, found.size()).noneMatch(n -> isParentOf(words, found.get(n - 1), found.get(n)))) {
            return found;
        }
        List<Found> names = new ArrayList<>(found.size());
        for (Found name : found) {
            Found body = names.isEmpty() ? null : names.get(names.size() - 1);
            if (body != null && isParentOf(words, body, name)) {
                names.set(names.size() - 1, new Found(body.start(), name.end(), "ORG", body.probability()));
            } else {
                names.add(name);
            }
        }
        return names;
    }

    private static boolean isParentOf(String[] words, Found body, Found place) {
        if (body.type().equals("ORG") && place.type().equals("ORG") && place.start() == body.end()) {
            return true;
        }
        if (!body.type().equals("ORG") || !place.type().equals("LOC") || place.end() - place.start() > LONGEST_PLACE) {
            return false;
        }
        boolean genitive = place.start() == body.end() && isGenitive(words[place.end() - 1]);
        boolean missionIn = place.start() == body.end() + 1 && words[body.end()].equals("в")
                && RussianMorphology.get().hasLemmaIn(words[body.end() - 1], MISSIONS);
        return genitive || missionIn;
    }

    /** России, Китая, США, КНР: a place that can be genitive, or an acronym, which does not inflect. */
    private static boolean isGenitive(String word) {
        return Token.isAcronym(word) || RussianMorphology.get().readings(word).stream().anyMatch(RussianMorphology.Reading::isGenitive);
    }
}
