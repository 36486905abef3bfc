package io.wirewatch.extract.events;

import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.morph.RussianMorphology;
import io.wirewatch.extract.morph.TokenKeys;
import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.text.Token;
import io.wirewatch.kb.EntityKind;
import io.wirewatch.kb.KbEntity;
import io.wirewatch.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Российско-американские переговоры, американо-китайский саммит: a Russian compound adjective names
 * every country it joins, each a side of the contact. Reads the knowledge base's Russian country
 * adjectives once; produces, for an article's tokens, one side mention per country of each compound
 * (the whole word is the mention). A part is a country's adjective (американский) or its joining
 * form (российско-, американо-), as Russian forms them from the adjective.
 */
final class RussianCompoundSides {
    private final Map<String, KbEntity> countryByAdjective = new HashMap<>();

    RussianCompoundSides(KnowledgeBase kb) {
        for (KbEntity entity : kb.entities()) {
            if (entity.kind() == EntityKind.COUNTRY && entity.country() != null) {
                for (String adjective : kb.countryAdjectives(entity.country(), "ru")) {
                    countryByAdjective.putIfAbsent(adjective.toLowerCase(Locale.ROOT), entity);
                }
            }
        }
    }

    /** The side mentions the tokens' compound adjectives make, in text order. */
    List<SideMentions.Mention> in(List<Token> tokens) {
        List<SideMentions.Mention> found = new ArrayList<>();
        for (Token token : tokens) {
            String word = token.text();
            if (word.indexOf('-') > 0 && TokenKeys.isCyrillic(word)) {
                addCountries(token, word.toLowerCase(Locale.ROOT).split("-"), found);
            }
        }
        return found;
    }

    private void addCountries(Token token, String[] parts, List<SideMentions.Mention> found) {
        List<KbEntity> countries = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            KbEntity country = i + 1 < parts.length ? joiningForm(parts[i]) : lastPart(parts[i]);
            if (country == null) {
                return;
            }
            countries.add(country);
        }
        TextRange range = token.range();
        for (KbEntity country : countries) {
            LinkedEntity entity = new LinkedEntity(country.id(), EntityKind.COUNTRY, country.nameEn(), country.nameRu(),
                    country.wikidata(), country.country(), null, List.of(range));
            found.add(new SideMentions.Mention(range, entity, country.country()));
        }
    }

    /** российско → российский, американо → американский, франко- stays unknown unless the KB lists it. */
    private KbEntity joiningForm(String part) {
        if (!part.endsWith("о") || part.length() < 4) {
            return null;
        }
        String stem = part.substring(0, part.length() - 1);
        KbEntity country = countryByAdjective.get(stem + "ий");
        return country != null ? country : countryByAdjective.get(stem + "ский");
    }

    private KbEntity lastPart(String part) {
        for (String lemma : RussianMorphology.get().lemmas(part)) {
            KbEntity country = countryByAdjective.get(lemma);
            if (country != null) {
                return country;
            }
        }
        return countryByAdjective.get(part);
    }
}
