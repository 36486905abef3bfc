package io.wirewatch.topology;

import io.wirewatch.schema.Actor;
import io.wirewatch.schema.ContactEvent;
import java.util.stream.Collectors;

/** The key of a contact event: its actor codes, sorted and joined by {@code |} ({@code FRA|RUS}). */
public final class DyadKey {
    private DyadKey() {
    }

    public static String of(ContactEvent event) {
        return event.getActors().stream()
                .map(Actor::getCode)
                .distinct()
                .sorted()
                .collect(Collectors.joining("|"));
    }
}
