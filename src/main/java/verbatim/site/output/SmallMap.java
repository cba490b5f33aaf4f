package verbatim.site.output;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An unmodifiable map of a few entries, in the order they were given, held as two arrays: for the small maps a build
 * keeps per article or per page until its end (the people an article names, the digests of its parts, a page's
 * alternates), where a {@code LinkedHashMap} takes about 40 bytes more per entry and 60 per map. Looking a key up
 * reads the keys one by one.
 *
 * <p>Example: {@code SmallMap.of(linked)} of {@code {fr=a, en=b}} iterates {@code fr=a} then {@code en=b}, and equals
 * any map of the same entries.
 */
public final class SmallMap<K, V> extends AbstractMap<K, V> {

    private final Object[] keys;
    private final Object[] values;

    private SmallMap(Object[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** The entries of {@code map}, in its order; {@code map} itself when it is one already. */
    @SuppressWarnings("unchecked")
    public static <K, V> Map<K, V> of(Map<? extends K, ? extends V> map) {
        if (map instanceof SmallMap<?, ?> small) {
            return (Map<K, V>) small;
        }
        Object[] keys = new Object[map.size()];
        Object[] values = new Object[map.size()];
        int i = 0;
        for (Map.Entry<? extends K, ? extends V> e : map.entrySet()) {
            keys[i] = e.getKey();
            values[i] = e.getValue();
            i++;
        }
        return new SmallMap<>(keys, values);
    }

    @Override
    public int size() {
        return keys.length;
    }

    private int indexOf(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (Objects.equals(keys[i], key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : (V) values[i];
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Entry<K, V> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>((K) keys[i], (V) values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}
