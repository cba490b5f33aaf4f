package verbatim.analysis.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import verbatim.text.Accents;

/**
 * A run of capitalised words that may be a name, with the particles that may join such words ("Alexandre de
 * Juniac", "Future of Life Institute") and initials ("Steven E. Zipperstein").
 *
 * <p>Example: in "selon M. Diallo, le 11 octobre" the runs are "M. Diallo" (words 1 to 3).
 *
 * @param paragraph 1-based paragraph
 * @param words     all words of the paragraph
 * @param from      index of the first word of the run
 * @param to        index after the last word of the run
 */
public record NameRun(int paragraph, List<Word> words, String text, int from, int to) {

    private static final Set<String> PARTICLES = Set.of("de", "du", "des", "van", "von", "der", "den", "da", "di",
            "del", "della", "dos", "das", "bin", "binti", "bint", "ben", "ibn", "abu", "al", "el", "la", "le", "ten", "ter",
            "zu", "of", "and", "&",
            "the", "for", "y");

    /** Words that open place names and are given names too: « l'université de Santa Barbara » is one name. */
    private static final Set<String> PLACE_OPENERS = Set.of("san", "santa", "santo", "são", "saint", "sainte", "rio",
            "port", "porto", "puerto", "fort", "mount", "lake", "cape", "new", "isla", "villa");

    /** Articles before a capitalised noun that make it a thing's name, not a person's: « la Côte d'Ivoire ». */
    private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l", "du", "des", "au", "aux", "the");

    /** The particles of French names, which never join an organisation to a whole name (English "of" may). */
    private static final Set<String> FRENCH_PARTICLES = Set.of("de", "du", "des");

    /** Abbreviations written with a dot that open a name: "St. Agnes Hospital", "Mt. Kenya", "No. 10". */
    private static final Set<String> NAME_OPENERS = Set.of("St", "Ste", "Mt", "Ft", "No");

    /** Suffixes written with a dot that end a name: "Martin Luther King Jr.", "Ken Griffey Sr.". */
    private static final Set<String> NAME_SUFFIXES = Set.of("Jr", "Sr", "Jnr", "Snr");

    /** True for an abbreviation whose dot ends no sentence: an opener ("St.") or a suffix ("Jr.") of a name. */
    public static boolean isAbbreviation(Word w) {
        return NAME_OPENERS.contains(w.text()) || NAME_SUFFIXES.contains(w.text());
    }

    /**
     * True when the capital letter before the dot at {@code dot} is a label after a common noun, not an initial,
     * and an article or a subject pronoun opens the next sentence: « la bombe H. La Corée du Sud a … », "plan B.
     * The board …". An initial follows a name, a title or a particle ("John F. Kennedy", « selon J. Dupont »).
     */
    static boolean isLabel(List<Word> words, int dot) {
        Word noun = dot >= 2 ? words.get(dot - 2) : null;
        Word next = dot + 1 < words.size() ? words.get(dot + 1) : null;
        return noun != null && noun.isWord() && !noun.isCapitalised() && !isParticle(noun)
                && next != null && SENTENCE_OPENERS.contains(next.key());
    }

    /** Articles and subject pronouns that open a sentence, never a surname after an initial. */
    private static final Set<String> SENTENCE_OPENERS = Set.of("le", "la", "les", "un", "une",
            "des", "il", "elle", "ils", "elles", "on", "ce", "cette", "ces", "the", "a", "an", "he", "she", "they",
            "it", "this", "these", "we", "nous");

    /** The runs of one paragraph. */
    public static List<NameRun> find(int paragraph, String text, List<Word> words) {
        List<NameRun> runs = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!startsName(words, i)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < words.size()) {
                int next = extend(text, words, end);
                if (next < 0) {
                    break;
                }
                end = next;
            }
            while (end > i + 1 && !words.get(end - 1).isCapitalised() && !isPrefixedName(words.get(end - 1))
                    && !(end > i + 2 && words.get(end - 1).text().startsWith("h") && (isApostrophe(words.get(end - 2))
                            || words.get(end - 2).is("´"))) // « Le Cléac'h » ends with its « c'h »
                    && !(end > i + 2 && words.get(end - 1).is(".") && words.get(end - 2).text().length() == 1)) {
                end--;
            }
            runs.add(new NameRun(paragraph, words, text, i, end));
            i = end;
        }
        return runs;
    }

    private static boolean startsName(List<Word> words, int i) {
        Word w = words.get(i);
        if (!w.isWord() || !(w.isCapitalised() || w.isCamelCase()) || Character.isDigit(w.text().charAt(0))) {
            return false;
        }
        // "L'Equipe", "D'autres": an elided article is not part of the name
        return !(w.text().length() <= 2 && i + 1 < words.size() && isApostrophe(words.get(i + 1)));
    }

    /** The index after the word that continues the run at {@code end}, or -1. */
    private static int extend(String text, List<Word> words, int end) {
        Word prev = words.get(end - 1);
        Word w = words.get(end);
        if (w.is(".") && (NAME_OPENERS.contains(prev.text())
                || prev.text().length() == 1 && Character.isUpperCase(prev.text().charAt(0)) && !isLabel(words, end))
                && end + 1 < words.size() && adjacent(text, w, words.get(end + 1))
                && (words.get(end + 1).isCapitalised() || PARTICLES.contains(words.get(end + 1).key())
                && end + 2 < words.size() && words.get(end + 2).isCapitalised()
                && adjacent(text, words.get(end + 1), words.get(end + 2)))) {
            return end + 1; // an initial: "E. Zipperstein", "M. Diallo", "M. de Villepin"
        }
        if (w.is(".") && w.start() == prev.end() && prev.text().length() == 1
                && Character.isUpperCase(prev.text().charAt(0)) && end >= 2 && adjacent(text, words.get(end - 2), prev)
                && Lexicon.shared().givenName(words.get(end - 2).text()) != 0) {
            return end + 1; // a surname cut to its initial: « Nolan L. », as the press names a suspect or a minor
        }
        if (isApostrophe(w) && prev.isCapitalised() && prev.text().endsWith("s") && w.start() == prev.end()
                && end + 1 < words.size() && words.get(end + 1).isCapitalised() && !words.get(end + 1).isAcronym()
                && adjacent(text, w, words.get(end + 1)) && text.charAt(w.end()) == ' ') {
            return end + 2; // a plural possessive inside a name: "Transport Workers' Union"
        }
        if ((isApostrophe(w) || w.is("´")) && prev.isCapitalised() && prev.text().length() >= 3
                && (prev.text().endsWith("c") || prev.text().endsWith("C")) && w.start() == prev.end()
                && end + 1 < words.size() && words.get(end + 1).text().startsWith("h")
                && words.get(end + 1).start() == w.end()) {
            return end + 2; // the Breton letter « c'h » inside a name: « Armel Le Cléac'h », « Kerc'hove », no elision
        }
        if (w.is("D") && w.text().equals("D") && end + 2 < words.size() && isApostrophe(words.get(end + 1))
                && words.get(end + 1).start() == w.end() && words.get(end + 2).start() == words.get(end + 1).end()
                && words.get(end + 2).isCapitalised() && adjacent(text, prev, w)) {
            return end + 3; // "Francis D'Souza": a capital D and an apostrophe inside a name, no French elision
        }
        if (w.text().equals("d") && prev.isCapitalised() && end + 2 < words.size() && isApostrophe(words.get(end + 1))
                && words.get(end + 1).start() == w.end() && words.get(end + 2).start() == words.get(end + 1).end()
                && words.get(end + 2).isCapitalised() && adjacent(text, prev, w)
                && !(end >= 2 && ARTICLES.contains(words.get(end - 2).key()))) {
            // the elided particle of a name: « Valéry Giscard d'Estaing », « Jean d'Ormesson »; not a thing's name
            return end + 3; // after an article: « la Plume d'Estuaire », « la Côte d'Ivoire »
        }
        if (!adjacent(text, prev, w) || !w.isWord()) {
            return -1;
        }
        if (w.isCapitalised() || w.isCamelCase() || isPrefixedName(w)) {
            return end + 1;
        }
        if (PARTICLES.contains(w.key())) {
            for (int k = end + 1; k < Math.min(words.size(), end + 3); k++) {
                Word after = words.get(k);
                if (!adjacent(text, words.get(k - 1), after) || !after.isWord()) {
                    return -1;
                }
                if (after.isCapitalised() && !after.isAcronym()) {
                    return FRENCH_PARTICLES.contains(w.key()) && startsFullName(text, words, k) ? -1 : k;
                }
                if (!PARTICLES.contains(after.key())) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /**
     * True where a given name and another capitalised word stand at {@code k}: a particle leads to a surname, never
     * to a whole name, so « le compte Twitter de Marine Le Pen » ends its run before « de » and the person's name
     * is a run of its own, while « Charles de Gaulle » and « Ordre de Malte » stay one run. Only for the French
     * particles: the given-name list holds place names too ("Texas", "Washington"), and "University of Texas
     * Arlington" is one name.
     */
    private static boolean startsFullName(String text, List<Word> words, int k) {
        return k + 1 < words.size() && !PARTICLES.contains(words.get(k).key()) && !PLACE_OPENERS.contains(words.get(k).key())
                && Lexicon.shared().givenName(words.get(k).text()) != 0
                && words.get(k + 1).isCapitalised() && words.get(k + 1).isWord() && !words.get(k + 1).isAcronym()
                && adjacent(text, words.get(k), words.get(k + 1));
    }

    private static boolean adjacent(String text, Word a, Word b) {
        return text.substring(a.end(), b.start()).isBlank() && b.start() - a.end() <= 2;
    }

    /** True for a particle of a name written with a capital: "Le" of "Marine Le Pen", "Van" of "Van Gogh". */
    public static boolean isParticle(Word w) {
        return PARTICLES.contains(w.key()) && w.text().length() <= 5;
    }

    private static final Set<String> NAME_PREFIXES = Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "ben",
            "bin", "ibn", "abu", "ould");

    /** True for a surname joined to its particle by a hyphen: "al-Assad", "el-Sisi", "ben-Yahia". */
    public static boolean isPrefixedName(Word w) {
        String text = w.text();
        int hyphen = text.indexOf('-');
        return hyphen > 0 && hyphen + 1 < text.length() && Character.isUpperCase(text.codePointAt(hyphen + 1))
                && NAME_PREFIXES.contains(Lexicon.key(text.substring(0, hyphen)));
    }

    /**
     * The key of a name word without a hyphenated particle and without accents: "assad" for "al-Assad",
     * "penelope" for « Pénélope », so that both forms merge.
     */
    public static String nameKey(Word w) {
        return Accents.strip(isPrefixedName(w) ? Lexicon.key(w.text().substring(w.text().indexOf('-') + 1)) : w.key());
    }

    public static boolean isApostrophe(Word w) {
        return w.is("'") || w.is("’");
    }

    public int start() {
        return words.get(from).start();
    }

    public int end() {
        return words.get(to - 1).end();
    }

    public String name() {
        return text.substring(start(), end());
    }

    public int size() {
        return to - from;
    }

    public Word word(int k) {
        return words.get(from + k);
    }

    /** The capitalised words of the run, without particles and dots. */
    public List<Word> nameWords() {
        List<Word> list = new ArrayList<>();
        for (int k = from; k < to; k++) {
            Word w = words.get(k);
            if (w.isWord() && (w.isCapitalised() || w.isCamelCase() || isPrefixedName(w))) {
                list.add(w);
            }
        }
        return list;
    }

    public NameRun sub(int fromIndex, int toIndex) {
        return new NameRun(paragraph, words, text, fromIndex, toIndex);
    }

    /** The word before the run, or null. */
    public Word before(int back) {
        int k = from - back;
        return k >= 0 ? words.get(k) : null;
    }

    /** The word after the run, or null. */
    public Word after(int ahead) {
        int k = to - 1 + ahead;
        return k < words.size() ? words.get(k) : null;
    }
}
