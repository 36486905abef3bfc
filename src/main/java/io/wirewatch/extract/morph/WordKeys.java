package io.wirewatch.extract.morph;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.NoSuchElementException;

/**
 * The comparison keys of one text word ({@link TokenKeys#ofText}): a few distinct strings, the
 * lower-cased form first, then its lemmas. Immutable; a final class over an array, so the hot
 * loops of name and trigger matching read it by index ({@link #get}) and iterate it with calls
 * the JIT can always inline, whatever other sets the same JVM iterates.
 */
public final class WordKeys extends AbstractSet<String> {
    private final String[] keys;
    /** Facts other steps worked out for this form, by {@link FormMemo} slot; written at most once each, racily but idempotently. */
    private final Object[] memos = new Object[FormMemo.SLOTS];

    private WordKeys(String[] keys) {
        this.keys = keys;
    }

    Object memo(int slot) {
        return memos[slot];
    }

    void memo(int slot, Object value) {
        memos[slot] = value;
    }

    /** The distinct strings of {@code keys}, in their iteration order. */
    public static WordKeys of(Collection<String> keys) {
        return new WordKeys(new LinkedHashSet<>(keys).toArray(String[]::new));
    }

    /** The {@code i}-th key, {@code 0 <= i < size()}; the first is the word's normalized form. */
    public String get(int i) {
        return keys[i];
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean contains(Object key) {
        for (String own : keys) {
            if (own.equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any of these keys is one of {@code words}. */
    public boolean anyIn(java.util.Set<String> words) {
        for (String own : keys) {
            if (words.contains(own)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Iterator<String> iterator() {
        return new Keys();
    }

    private final class Keys implements Iterator<String> {
        private int next;

        @Override
        public boolean hasNext() {
            return next < keys.length;
        }

        @Override
        public String next() {
            if (next >= keys.length) {
                throw new NoSuchElementException();
            }
            return keys[next++];
        }
    }
}
