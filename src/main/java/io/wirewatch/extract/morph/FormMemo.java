package io.wirewatch.extract.morph;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A fact about word forms (what a form means for event coding, whether it is a verb of saying)
 * worked out once per form and kept on the form's {@link WordKeys}, which every token of the form
 * shares ({@link TokenKeys#ofText} caches them): reading it back is a field access, not a hash
 * lookup. The first {@value #SLOTS} memos created in a JVM get a slot on the keys; any later one
 * keeps its facts in a {@link FormCache} instead, with the same results. Create memos once (as
 * static fields). Thread-safe: the facts must be immutable; two threads may both work one out.
 */
public final class FormMemo<V> {
    static final int SLOTS = 4;
    private static final AtomicInteger NEXT_SLOT = new AtomicInteger();
    private final Function<WordKeys, V> compute;
    private final int slot;
    private final FormCache<V> overflow;

    /** @param compute the fact about a form, from its keys (the normalized form first, then its lemmas); never null */
    public FormMemo(Function<WordKeys, V> compute) {
        this.compute = compute;
        this.slot = NEXT_SLOT.getAndIncrement();
        this.overflow = slot < SLOTS ? null : new FormCache<>(form -> compute.apply(TokenKeys.ofText(form)));
    }

    /** The fact about the form with these keys. */
    @SuppressWarnings("unchecked")
    public V of(WordKeys keys) {
        if (overflow != null) {
            return overflow.get(keys.get(0));
        }
        Object known = keys.memo(slot);
        if (known != null) {
            return (V) known;
        }
        V value = compute.apply(keys);
        keys.memo(slot, value);
        return value;
    }
}
