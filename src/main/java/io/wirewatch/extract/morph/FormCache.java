package io.wirewatch.extract.morph;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe cache of what was worked out for a word form, bounded so that a stream of unusual
 * words cannot grow it without limit: once full, new forms are computed but not kept.
 */
public final class FormCache<V> {
    private static final int LIMIT = 200_000;
    private final Map<String, V> values = new ConcurrentHashMap<>();
    private final Function<String, V> compute;

    public FormCache(Function<String, V> compute) {
        this.compute = compute;
    }

    public V get(String form) {
        V known = values.get(form);
        if (known != null) {
            return known;
        }
        V value = compute.apply(form);
        if (values.size() < LIMIT) {
            values.put(form, value);
        }
        return value;
    }
}
