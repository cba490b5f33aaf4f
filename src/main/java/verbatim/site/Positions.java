package verbatim.site;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * Places in the list of a build's articles ({@link Articles#all()}), as an array of ints that grows as they are
 * added: 4 bytes each, where a list of boxed numbers takes 20. What the index step groups by person or speaker refers
 * to articles this way, so that it holds no outline ({@code Articles.all()} may be read from a file).
 *
 * <p>Each value is a long, so that a {@link Indexes.QuoteRef quotation} (article and place in it) fits as well:
 * {@link #quotes()} makes a list of those.
 */
final class Positions extends AbstractList<Long> implements RandomAccess {

    private long[] values = new long[4];
    private int size;

    /** Appends a value. */
    void append(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    /** The last value; the list must not be empty. */
    long last() {
        return values[size - 1];
    }

    /** The value at {@code index}. */
    long at(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        return values[index];
    }

    @Override
    public Long get(int index) {
        return at(index);
    }

    @Override
    public int size() {
        return size;
    }

    /** A list of quotations that holds each as one long ({@link Indexes.QuoteRef#packed}). */
    static final class Quotes extends AbstractList<Indexes.QuoteRef> implements RandomAccess {
        private final Positions packed = new Positions();

        /** Appends a quotation. */
        void append(Indexes.QuoteRef ref) {
            packed.append(ref.packed());
        }

        @Override
        public Indexes.QuoteRef get(int index) {
            return Indexes.QuoteRef.unpack(packed.at(index));
        }

        @Override
        public int size() {
            return packed.size();
        }
    }
}
