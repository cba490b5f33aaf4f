package verbatim.render;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A SHA-256 of a template's name and the variables it is rendered with, so that a page whose digest is the one of
 * the previous build need not be rendered again: the same template (and the same template files, code and
 * settings, which the caller adds to the key) given equal variables writes the same bytes.
 *
 * <p>The variables are read as values, in a canonical order: strings, numbers, booleans, dates, enums, null, lists
 * (in order), maps (by sorted key) and records (component by component, with the record's class name). Anything
 * else cannot be told apart by value, and gives no digest: such a page is always rendered.
 *
 * <p>Example: {@code of("home.peb", Map.of("page", 2, "articles", List.of(link)))} is the same 32 bytes for every
 * map with those entries, whatever its class or order; another {@code page} gives another digest.
 */
public final class ContextDigest {

    private static final Map<Class<?>, MethodHandle[]> COMPONENTS = new ConcurrentHashMap<>();
    /** Large immutable maps (the interface labels) shared by every page, digested once. */
    private static final Map<Identity, byte[]> SHARED = new ConcurrentHashMap<>();
    private static final int SHARED_SIZE = 64;
    private static final int SHARED_MAX = 256;

    private final MessageDigest sha;
    private final byte[] buffer = new byte[8];

    private ContextDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The digest of rendering {@code template} with {@code context}: 32 bytes, or null when a variable is of a type
     * that cannot be read as a value.
     */
    public static byte[] of(String template, Map<String, Object> context) {
        ContextDigest d = new ContextDigest();
        try {
            d.string(template);
            d.value(context);
        } catch (Unreadable e) {
            return null;
        }
        return d.sha.digest();
    }

    private void value(Object v) {
        if (v == null) {
            tag('0');
        } else if (v instanceof String s) {
            tag('s');
            string(s);
        } else if (v instanceof Boolean b) {
            tag(b ? 'T' : 'F');
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            tag('i');
            number(((Number) v).longValue());
        } else if (v instanceof Character c) {
            tag('c');
            number(c);
        } else if (v instanceof LocalDate date) {
            tag('d');
            string(date.toString());
        } else if (v instanceof Enum<?> e) {
            tag('e');
            string(e.getDeclaringClass().getName());
            string(e.name());
        } else if (v instanceof List<?> list) {
            tag('l');
            number(list.size());
            for (Object o : list) {
                value(o);
            }
        } else if (v instanceof Map<?, ?> map) {
            map(map);
        } else if (v instanceof Record r) {
            tag('r');
            string(r.getClass().getName());
            for (MethodHandle accessor : components(r.getClass())) {
                try {
                    value(accessor.invoke(r));
                } catch (Throwable t) {
                    throw new Unreadable();
                }
            }
        } else if (v instanceof Collection<?>) {
            throw new Unreadable(); // a set's order is not its value's
        } else {
            throw new Unreadable();
        }
    }

    private void map(Map<?, ?> map) {
        if (map.size() >= SHARED_SIZE && isImmutable(map) && SHARED.size() < SHARED_MAX) {
            byte[] digest = SHARED.computeIfAbsent(new Identity(map), k -> {
                ContextDigest inner = new ContextDigest();
                inner.entries(map);
                return inner.sha.digest();
            });
            tag('M');
            sha.update(digest);
            return;
        }
        entries(map);
    }

    private void entries(Map<?, ?> map) {
        List<String> keys = new ArrayList<>(map.size());
        for (Object k : map.keySet()) {
            if (!(k instanceof String s)) {
                throw new Unreadable();
            }
            keys.add(s);
        }
        keys.sort(null);
        tag('m');
        number(keys.size());
        for (String k : keys) {
            string(k);
            value(map.get(k));
        }
    }

    private static boolean isImmutable(Map<?, ?> map) {
        return map.getClass().getName().startsWith("java.util.ImmutableCollections$");
    }

    private static MethodHandle[] components(Class<?> type) {
        return COMPONENTS.computeIfAbsent(type, t -> {
            RecordComponent[] parts = t.getRecordComponents();
            MethodHandle[] out = new MethodHandle[parts.length];
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            for (int i = 0; i < parts.length; i++) {
                try {
                    var accessor = parts[i].getAccessor();
                    accessor.setAccessible(true);
                    out[i] = lookup.unreflect(accessor);
                } catch (IllegalAccessException | RuntimeException e) {
                    throw new Unreadable();
                }
            }
            return out;
        });
    }

    private void tag(char c) {
        sha.update((byte) c);
    }

    private void number(long n) {
        for (int i = 0; i < 8; i++) {
            buffer[i] = (byte) (n >>> (56 - 8 * i));
        }
        sha.update(buffer, 0, 8);
    }

    private void string(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        number(bytes.length);
        sha.update(bytes);
    }

    /** A key that is equal only to itself: the same object, not an equal one. */
    private record Identity(Object value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity other && other.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    /** A variable that cannot be read as a value. */
    private static final class Unreadable extends RuntimeException {
        Unreadable() {
            super(null, null, false, false);
        }
    }
}
