package verbatim.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The compiled lexicon agrees with Hunspell reading the dictionary it was compiled from. */
class LexiconTest {

    private static final Pattern ELIDABLE = Pattern.compile("^[aàâeéèêiîoôuyœh]", Pattern.CASE_INSENSITIVE);

    private static Lexicon lexicon;
    private static Hunspell hunspell;

    /** Words of every kind: nouns, verb forms, adjectives, acronyms, proper nouns, and words that are none. */
    private static final List<String> WORDS = List.of("humanité", "humanités", "IA", "ONU", "Europe", "Paris",
            "agit", "agissaient", "une", "on", "il", "elle", "est", "ai", "éducation", "éthique", "authenticité",
            "impact", "interdiction", "appel", "hasard", "haricot", "homme", "dune", "quelle", "lest", "sais", "mur",
            "sil", "aujourd'hui", "presqu'île", "superintelligente", "réglementation", "lIA", "quon", "sagit",
            "lhumanité", "Lappel", "limpact", "Anthropic", "xyzzy", "à", "y", "en", "un", "œuvre", "aient");

    @BeforeAll
    static void load() throws IOException, java.text.ParseException {
        lexicon = Lexicon.french();
        try (InputStream aff = Lexicon.class.getResourceAsStream("/verbatim/text/dictionary/fr.aff");
                InputStream dic = Lexicon.class.getResourceAsStream("/verbatim/text/dictionary/fr.dic")) {
            hunspell = new Hunspell(new Dictionary(new ByteBuffersDirectory(), "hunspell", aff, dic));
        }
    }

    @Test
    void lexiconKnowsTheWordsHunspellKnows() {
        for (String word : WORDS) {
            assertEquals(hunspell.spell(word), lexicon.contains(word), word);
        }
    }

    @Test
    void lexiconKnowsTheElisionsHunspellAccepts() {
        for (String word : WORDS) {
            if (!lexicon.contains(word) || !ELIDABLE.matcher(word).find()) {
                continue; // Hunspell also takes "l'Paris"; French elides only before a vowel or an h
            }
            for (Elision elision : Elision.values()) {
                boolean expected = hunspell.spell(elision.prefix() + "'" + word);
                boolean actual = (lexicon.elisions(word) & elision.bit()) != 0;
                assertEquals(expected, actual, elision.prefix() + "'" + word);
            }
        }
    }

    @Test
    void consonantWordsAdmitNoElision() {
        assertEquals(0, lexicon.elisions("mur"));
    }

    @Test
    void humanityAdmitsTheArticle() {
        assertTrue((lexicon.elisions("humanité") & Elision.L.bit()) != 0);
        assertFalse((lexicon.elisions("humanité") & Elision.J.bit()) != 0);
    }

    @Test
    void wordWithLostApostropheIsNoWord() {
        assertEquals(-1, lexicon.elisions("lhumanité"));
    }
}
