package io.wirewatch.extract.ner;

import io.wirewatch.extract.ner.rules.NameWords;
import io.wirewatch.extract.text.Token;
import io.wirewatch.kb.EntityKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A surname alone that repeats a person found in full (Кан after Наото Кан): reads the article's
 * sentences, the knowledge base's matches and the names found; produces the surname's other
 * mentions as names of that person.
 */
final class RepeatedSurnames {
    private RepeatedSurnames() {
    }

    /**
     * Кан сообщил after Премьер-министр Японии Наото Кан: the surname of a person found in full,
     * wherever else the document writes it (any case ending) and the finder did not tag it, even in
     * sentences it did not run on.
     */
    static List<UnknownNames.Name> find(List<List<Token>> sentences, List<boolean[]> known, List<UnknownNames.Name> found, String text) {
        Map<String, String> surnameKeys = new HashMap<>();
        for (UnknownNames.Name name : found) {
            int space = name.key().lastIndexOf(' ');
            if (name.kind() == EntityKind.PERSON && space > 0) {
                String surface = name.surface().substring(name.surface().lastIndexOf(' ') + 1);
                surnameKeys.putIfAbsent(NameWords.stem(surface), name.key().substring(space + 1));
            }
        }
        List<UnknownNames.Name> repeated = new ArrayList<>();
        if (surnameKeys.isEmpty()) {
            return repeated;
        }
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                String key = token.isWord() && token.isCapitalized() && !known.get(s)[i] && token.text().length() >= 3
                        ? surnameKeys.get(NameWords.stem(token.text())) : null;
                if (key != null && found.stream().noneMatch(n -> n.range().overlaps(token.range()))) {
                    repeated.add(new UnknownNames.Name(EntityKind.PERSON, key, token.range().of(text), token.range(), 1.0));
                }
            }
        }
        return repeated;
    }
}
