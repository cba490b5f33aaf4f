package verbatim.text.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.PositiveIntOutputs;
import org.apache.lucene.util.fst.Util;

/**
 * Every French word form of the Grammalecte dictionary, each with the elisions it admits, compiled by
 * {@link LexiconCompiler} into a finite-state transducer that loads in a few milliseconds.
 *
 * <p>Example: {@code elisions("humanité")} has the bit of {@link Elision#L}; {@code elisions("lhumanité")}
 * is -1 because that is no word; {@code elisions("haricot")} is 0 (h aspiré: "le haricot").
 */
public final class Lexicon {

    /** Where {@link LexiconCompiler} writes the French transducer, on the class path. */
    public static final String FRENCH_RESOURCE = "/verbatim/text/dictionary/fr.fst";

    /** The most forms remembered: words repeat, so a few hundred thousand answer nearly every lookup. */
    private static final int MEMO_MAX = 200_000;

    private final FST<Long> fst;
    /** The answers already read, by form: the same words are looked up again and again. */
    private final Map<String, Integer> memo = new ConcurrentHashMap<>();

    private Lexicon(FST<Long> fst) {
        this.fst = fst;
    }

    /**
     * The French lexicon, loaded from the class path on first use and shared (its memo is safe between threads):
     * the elision repair and the analyser's name rules read the same one.
     */
    public static Lexicon french() {
        return French.SHARED;
    }

    private static final class French {
        static final Lexicon SHARED = load();
    }

    private static Lexicon load() {
        try (InputStream in = Lexicon.class.getResourceAsStream(FRENCH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(FRENCH_RESOURCE + " is missing: run the Maven build, which compiles it");
            }
            ByteArrayDataInput data = new ByteArrayDataInput(in.readAllBytes());
            PositiveIntOutputs outputs = PositiveIntOutputs.getSingleton();
            return new Lexicon(new FST<>(FST.readMetadata(data, outputs), data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The mask of {@link Elision} bits admitted before this exact form (case-sensitive), 0 when it admits
     * none, -1 when the form is not in the lexicon.
     */
    public int elisions(String form) {
        Integer known = memo.get(form);
        if (known != null) {
            return known;
        }
        int found = lookUp(form);
        if (memo.size() < MEMO_MAX) {
            memo.put(form, found);
        }
        return found;
    }

    /** {@link #elisions} read from the transducer. */
    private int lookUp(String form) {
        IntsRefBuilder key = new IntsRefBuilder();
        for (int i = 0; i < form.length(); i++) {
            key.append(form.charAt(i));
        }
        try {
            Long out = Util.get(fst, key.get());
            return out == null ? -1 : (int) (long) out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the exact form (case-sensitive) is a word. */
    public boolean contains(String form) {
        return elisions(form) >= 0;
    }
}
