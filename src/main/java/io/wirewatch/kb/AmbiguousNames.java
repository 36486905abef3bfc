package io.wirewatch.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** Names never matched on their own because they are also common words ({@code kb/ambiguous.txt}). */
final class AmbiguousNames {
    private AmbiguousNames() {
    }

    static Set<String> load() {
        Set<String> names = new HashSet<>();
        InputStream in = AmbiguousNames.class.getResourceAsStream("/kb/ambiguous.txt");
        if (in == null) {
            return names;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read kb/ambiguous.txt", e);
        }
        return names;
    }
}
