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

    /**
     * True when {@code a} and {@code b} hold equal keys in the same order, and with {@code values} equal values too;
     * two small maps are compared without an entry made for each.
     *
     * <p>Example: {@code {Ana=2, Bo=1}} and {@code {Ana=3, Bo=1}} are in the same order without values, not with;
     * {@code {Bo=1, Ana=2}} is in another order.
     */
    public static boolean sameOrder(Map<?, ?> a, Map<?, ?> b, boolean values) {
        if (a.size() != b.size()) {
            return false;
        }
        if (a instanceof SmallMap<?, ?> x && b instanceof SmallMap<?, ?> y) {
            return java.util.Arrays.equals(x.keys, y.keys) && (!values || java.util.Arrays.equals(x.values, y.values));
        }
        Iterator<? extends Entry<?, ?>> other = b.entrySet().iterator();
        for (Entry<?, ?> e : a.entrySet()) {
            Entry<?, ?> o = other.next();
            if (!Objects.equals(e.getKey(), o.getKey()) || values && !Objects.equals(e.getValue(), o.getValue())) {
                return false;
            }
        }
        return true;
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
