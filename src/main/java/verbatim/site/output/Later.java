package verbatim.site.output;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * A map made the first time it is read, for records a build may never look into: what makes it is let go once it is
 * made (with what it held, such as the bytes of the file it reads from). Unmodifiable; thread-safe.
 *
 * <p>Example: {@code new Later<>(() -> decode(bytes))} holds {@code bytes} until its first {@code get}, {@code size}
 * or iteration, then the decoded map alone.
 */
public final class Later<K, V> extends AbstractMap<K, V> {
    private Supplier<? extends Map<K, V>> make;
    private Map<K, V> made;

    /** The map {@code make} gives, made when first read. */
    public Later(Supplier<? extends Map<K, V>> make) {
        this.make = make;
    }

    private synchronized Map<K, V> map() {
        if (made == null) {
            made = make.get();
            make = null;
        }
        return made;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return map().entrySet();
    }

    @Override
    public V get(Object key) {
        return map().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return map().containsKey(key);
    }

    @Override
    public int size() {
        return map().size();
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        map().forEach(action);
    }
}
