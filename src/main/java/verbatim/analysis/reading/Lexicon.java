package verbatim.analysis.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import verbatim.text.WordMemo;

/**
 * The word lists the analyser reads: reporting verbs, given names, titles, role nouns, demonyms, organisation
 * cues and names, non-person names and stop words, loaded once from {@code verbatim/analysis/lexicon/}.
 *
 * <p>Every lookup takes a word as written and folds it with {@link #key(String)}: "Angèle" and "angèle" are
 * the same key. Instances are immutable and safe to share between threads.
 */
public final class Lexicon {

    private static final String DIR = "/verbatim/analysis/lexicon/";

    /**
     * Nouns of the organ through which a company speaks, its management: « la direction de Norvalis » and "the
     * management of Norvalis" speak for Norvalis, which is the speaker.
     */
    public static final Set<String> ORGANS = Set.of("direction", "management");

    /**
     * French demonstrative determiners, lower case: a capitalised word after one is an inhabitant's noun, not a name
     * (« cette Lavalloise », « ce Breton »).
     */
    public static final Set<String> FRENCH_DEMONSTRATIVES = Set.of("ce", "cet", "cette");

    /**
     * Kinship nouns, English and French, as written and in their base forms: "four daughters", « la mère de la
     * victime ». Source: compiled by the Verbatim team.
     */
    public static final Set<String> KIN = Set.of("wife", "husband", "son", "sons", "daughter", "daughters", "child",
            "children", "father", "mother", "brother", "brothers", "sister", "sisters", "widow", "widower", "partner",
            "grandson", "granddaughter", "grandchildren", "grandfather", "grandmother", "parent", "parents", "fiancée",
            "fiancé", "nephew", "niece", "cousin", "uncle", "aunt", "femme", "épouse", "époux", "mari", "fils",
            "fille", "filles", "enfants", "enfant", "père", "mère", "grand-père", "grand-mère", "frère", "frères", "sœur",
            "sœurs", "veuve", "veuf", "compagne", "compagnon", "neveu", "nièce", "cousine", "oncle", "tante");

    /** A title such as "M." (dropped from the name) or "King" (kept), with the gender it implies. */
    public record Title(String text, boolean kept, char gender) {
    }

    /** French then English given names, searched in place: they are sorted and tens of thousands long. */
    private final List<SortedLines> givenNames;
    private final Set<String> reportingVerbs;
    /** The words each phrasal reporting verb form takes after it: "chimed" → [["in"]], « mis » → [["en", "garde"]]. */
    private final Map<String, List<List<String>>> phrasal;
    /** Forms that are nouns as often as verbs ("demande", "comments"): verbs only right after a quotation. */
    private final Set<String> nounVerbs;
    /** Verbs whose object is whom they report on ("praised", "thanked"): a name after them is no subject. */
    private final Set<String> objectVerbs;
    private final Map<String, Title> titles;
    private final Map<String, Character> roles;
    private final Map<String, Character> personNouns;
    /** The feminine forms of the person nouns, made once at load, each with the noun it comes from. */
    private final Map<String, String> feminines;
    /** The person nouns of the English lists alone, heads of closed compounds ({@link #compoundHead}). */
    private final Set<String> englishPersonNouns;
    private final Set<String> descriptors;
    private final Map<String, Set<Integer>> postGroups;
    private final Map<String, Character> demonyms;
    private final Set<String> organizationCues;
    /** Place, prize and event words: true when they never end a person's name, false when they may ("Hall"). */
    private final Map<String, Character> placeCues;
    private final Set<String> englishHomographs;
    private final Set<String> organizations;
    private final Set<String> nonPersons;
    private final Set<String> nationalities;
    /** Countries and large cities, accents stripped ({@code places.txt}). */
    private final Set<String> places;
    /** The stop words that name places ("Ohio", "Bretagne"): no person's name, but an organisation's may begin so. */
    private final Set<String> placeStopWords;
    private final Set<String> stopWords;
    /** {@link #description(String)} and {@link #givenName(String)} of the words already asked: asked for every word. */
    private final WordMemo<Character> descriptions = new WordMemo<>(MEMO_WORDS, this::describe);
    private final WordMemo<Character> givenNameGenders = new WordMemo<>(MEMO_WORDS, this::givenNameGender);

    /** Words each memo holds at most (a few megabytes). */
    private static final int MEMO_WORDS = 50_000;

    private Lexicon() {
        givenNames = List.of(new SortedLines(read("given-names.fr.txt")), new SortedLines(read("given-names.en.txt")));
        reportingVerbs = new HashSet<>();
        phrasal = new HashMap<>();
        nounVerbs = new HashSet<>();
        objectVerbs = new HashSet<>();
        for (String file : List.of("reporting-verbs.fr.txt", "reporting-verbs.en.txt")) {
            rows(file).forEach(row -> {
                int space = row[0].indexOf(' ');
                if (space > 0) { // "chimed in", « mis en garde »: the words the form takes after it
                    phrasal.computeIfAbsent(key(row[0].substring(0, space)), k -> new ArrayList<>())
                            .add(List.of(key(row[0].substring(space + 1)).split(" ")));
                }
                (row.length > 2 && "noun".equals(row[2]) ? nounVerbs : reportingVerbs).add(key(row[0]));
                if (row.length > 2 && "object".equals(row[2])) {
                    objectVerbs.add(key(row[0]));
                }
            });
        }
        titles = new HashMap<>();
        for (String[] row : rows("titles.txt")) {
            titles.put(key(row[0]), new Title(row[0], "keep".equals(row[1]), row[2].charAt(0)));
        }
        roles = genders("roles.fr.txt", "roles.en.txt");
        personNouns = genders("roles.fr.txt", "roles.en.txt", "descriptions.fr.txt", "descriptions.en.txt");
        feminines = feminines(personNouns);
        Map<String, Character> english = genders("roles.en.txt", "descriptions.en.txt");
        englishPersonNouns = new HashSet<>();
        english.keySet().stream().filter(k -> isPersonNoun(english, k)).forEach(englishPersonNouns::add);
        postGroups = new HashMap<>();
        List<String[]> groups = rows("posts.txt");
        for (int g = 0; g < groups.size(); g++) {
            for (String noun : groups.get(g)[0].split(" ")) {
                postGroups.computeIfAbsent(key(noun), k -> new HashSet<>()).add(g);
            }
        }
        descriptors = new HashSet<>();
        for (String file : List.of("roles.fr.txt", "roles.en.txt", "descriptions.fr.txt", "descriptions.en.txt")) {
            rows(file).stream().filter(row -> row.length > 2 && "any".equals(row[2])).forEach(row -> descriptors.add(key(row[0])));
        }
        demonyms = genders("demonyms.fr.txt", "demonyms.en.txt");
        organizationCues = set("organization-cues.txt");
        placeCues = new HashMap<>();
        rows("place-cues.txt").forEach(row -> placeCues.put(key(row[0]), row.length < 2 ? 'w' : row[1].charAt(0)));
        organizations = set("organizations.txt");
        englishHomographs = set("english-homographs.fr.txt");
        nonPersons = set("non-persons.txt");
        nationalities = set("nationalities.en.txt");
        places = new HashSet<>();
        rows("places.txt").forEach(row -> places.add(verbatim.text.Accents.strip(key(row[0]))));
        stopWords = new HashSet<>();
        placeStopWords = new HashSet<>();
        boolean inPlaces = false;
        for (String line : read("stop-words.txt").split("\n")) { // one pass: the "# Places" section is kept apart too
            if (line.startsWith("#")) {
                inPlaces = line.startsWith("# Places");
            } else if (!line.isBlank()) {
                String word = key(line.strip().split("\t")[0]);
                stopWords.add(word);
                if (inPlaces) {
                    placeStopWords.add(word);
                }
            }
        }
    }

    /** The shared lexicon, loaded on first use. */
    public static Lexicon shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Lexicon INSTANCE = new Lexicon();
    }

    /** The lookup key of a word: NFC, lower case (root locale), typographic apostrophe made straight. */
    public static String key(String word) {
        return isKey(word) ? word : KEYS.get(word); // most words of a text are their own key: no copy
    }

    /**
     * The keys of the words that are not their own key (capitalised words, names, curly apostrophes), kept: the rules
     * ask for the key of the same name many times a paragraph. At most 50,000 words, all forgotten when full, so a
     * few megabytes at most.
     */
    private static final WordMemo<String> KEYS = new WordMemo<>(50_000, Lexicon::folded);

    /** The key of a word as {@link #key} gives it, made the long way: NFC, lower case, straight apostrophe. */
    static String folded(String word) {
        boolean composed = true;
        for (int i = 0; i < word.length() && composed; i++) {
            char c = word.charAt(i);
            composed = c < 0x0300 || c > 0x036F; // only combining marks can change under NFC
        }
        String nfc = composed ? word : Normalizer.normalize(word, Normalizer.Form.NFC);
        return nfc.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /**
     * Whether the word is its own key: lower-case letters of ASCII and Latin-1 (which NFC and lower-casing leave as
     * they are), digits, hyphens and straight apostrophes only.
     */
    private static boolean isKey(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '\u00DF' && c <= '\u00FF' && c != '\u00F7' || c >= '0' && c <= '9'
                    || c == '-' || c == '\'')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The gender of a given name as the article's language knows it: "Dominique" is '?' in the French list,
     * whatever the English one says. Falls back on {@link #givenName(String)} for a name the language lacks.
     */
    public char givenName(String word, String lang) {
        int own = "en".equals(lang) ? 1 : 0;
        String g = givenNames.get(own).value(key(word));
        if (g != null) {
            return g.isEmpty() ? '?' : g.charAt(0);
        }
        return givenName(word);
    }

    /** The gender of a given name in any language ('m', 'f', '?'), or 0; "Jean-Rémy" counts, "Saint-Denis" not. */
    public char givenName(String word) {
        return givenNameGenders.get(word);
    }

    private char givenNameGender(String word) {
        int hyphen = word.indexOf('-');
        if (hyphen > 0) {
            char whole = listedGender(word);
            if (whole != 0) {
                return whole;
            }
            String first = word.substring(0, hyphen);
            String second = word.substring(hyphen + 1);
            boolean names = !isStopWord(first) && !isStopWord(second) && listedGender(second) != 0;
            return names ? listedGender(first) : 0; // "Jean-Rémy", but not "Saint-Denis"
        }
        return listedGender(word);
    }

    /**
     * The gender both given-name lists agree on for a word as listed, '?' when they differ, 0 when absent; a word
     * that neither list holds and that is no French word is looked up without its accents when its first letter has
     * one or it has an accent French never writes ("Álvaro" as "alvaro", "Sofía" as "sofia"; not « Écho » as "Echo",
     * nor « Corée » as "Coree").
     */
    private char listedGender(String word) {
        char gender = listedGenderOf(key(word));
        if (gender == 0) {
            String bare = verbatim.text.Accents.strip(key(word));
            if (!bare.equals(key(word)) && !isFrenchWord(word) && (bare.charAt(0) != key(word).charAt(0)
                    || NOT_FRENCH_ACCENTS.matcher(key(word)).find())) {
                gender = listedGenderOf(bare); // not « Écho », a French word that would read as "Echo"
            }
        }
        return gender;
    }

    /** Accented letters of Spanish and Portuguese that French never writes: "Sofía", "João", "Begoña". */
    private static final java.util.regex.Pattern NOT_FRENCH_ACCENTS = java.util.regex.Pattern.compile("[áíóúñãõ]");

    private char listedGenderOf(String key) {
        char gender = 0;
        for (SortedLines names : givenNames) {
            String g = names.value(key);
            if (g != null) {
                char c = g.isEmpty() ? '?' : g.charAt(0);
                gender = gender == 0 || gender == c ? c : (gender == '?' ? c : (c == '?' ? gender : '?'));
            }
        }
        return gender;
    }

    /** True for a form that reports speech wherever it stands: "déclare", "a ajouté", "said". */
    public boolean isReportingVerb(String word) {
        return reportingVerbs.contains(key(word));
    }

    /**
     * The words a verb form takes after it to make a phrasal reporting verb or locution of the reporting-verb lists
     * (for "chimed": ["in"]; for « mis »: ["en", "garde"]), each list as keys, which {@link Reading} reads with the
     * verb as one word; empty for any other word.
     */
    public List<List<String>> phrasalTails(String verb) {
        return phrasal.getOrDefault(key(verb), List.of());
    }

    /** True for a reporting verb whose object is whom it reports on: "praised Ann Lee", never "…,” praised Ann". */
    public boolean takesObject(String word) {
        return objectVerbs.contains(key(word));
    }

    /** True also for the forms that are nouns too, which right after a quotation are verbs: "…», demande X". */
    public boolean isReportingVerbAfterQuote(String word) {
        String key = key(word);
        return (reportingVerbs.contains(key) || nounVerbs.contains(key)) && !objectVerbs.contains(key);
    }

    /** The title written so ("M.", "King"), or null. */
    public Title title(String word) {
        return titles.get(key(word));
    }

    /**
     * The gender of a role noun as written beside names ('m', 'f', '?', 'd' for a document, 'o' for an
     * institution), or 0 when it is none: only the nouns of {@code roles.*.txt}, which also tell names apart
     * ("Health Minister Lena Ford"). See {@link #description(String)} for every noun that may refer to a person.
     */
    public char role(String word) {
        String key = key(word);
        Character g = roles.get(key);
        int hyphen = key.lastIndexOf('-');
        if (g == null && hyphen > 0 && key.length() - hyphen > 4) { // "Secretary-General", "Prime-Minister"
            Character head = roles.get(key.substring(hyphen + 1));
            String first = key.substring(0, key.indexOf('-'));
            boolean modifier = COMPOUND_FIRST.contains(first) || ROLE_PREFIXES.contains(first + "-");
            return head == null || !modifier ? 0 : head == 'm' || head == 'f' ? '?' : head; // a rank tells no gender
        }
        return g == null ? 0 : g;
    }

    /**
     * True when a role or description noun of the English lists is, in an article of language {@code lang}, a
     * word of that language instead: « la justice », « le premier », « l'aide », « le report » in French (see
     * {@code english-homographs.fr.txt}), which name no person there.
     */
    public boolean isForeignNoun(String word, String lang) {
        return "fr".equals(lang) && englishHomographs.contains(key(word));
    }

    /** Words that open a hyphenated role noun without being one: "Prime-Minister", "Attorney-General". */
    private static final Set<String> COMPOUND_FIRST = Set.of("prime", "attorney", "solicitor", "director",
            "governor", "deputy", "chief");

    /**
     * The gender of a noun by which an article may refer back to a person or an institution, as {@link #role}
     * gives it, for the role nouns and the description nouns ("l'éleveur", "the victim"); besides the listed
     * nouns, a feminine form of a listed person noun is 'f' (« l'eurodéputée » from "député", « la skippeuse »
     * from "skipper", "the spokeswoman" from "spokesman"), a prefixed form has its noun's gender
     * (« l'ex-ministre », "the co-founder", « le vice-président »), and an age used as a noun ("the
     * 54-year-old") is '?'. 0 when the word is none of these.
     */
    public char description(String word) {
        return descriptions.get(word);
    }

    private char describe(String word) {
        String key = key(word);
        Character g = personNouns.get(key);
        if (g != null) {
            return g;
        }
        if (isAge(key)) {
            return '?';
        }
        String base = roleBase(key);
        return base == null ? 0 : feminine(key, base) ? 'f' : personNouns.getOrDefault(base, '?');
    }

    /**
     * True for an agent noun by its ending, listed or not: French « -iste » (« le graphiste », « la juriste ») and
     * English "-ist" ("the economist") of at least seven letters, which name a person nearly always when a
     * determiner stands before them; "the twist", « la liste » are too short to count.
     */
    private static boolean agentNoun(String key) {
        // not "Lindqvist", "Blomkvist": Swedish surnames
        return key.length() >= 7 && (key.endsWith("iste") || key.endsWith("ist")) && key.indexOf('-') < 0
                && !key.endsWith("exist") && !key.endsWith("sist") && !key.endsWith("qvist") && !key.endsWith("kvist");
    }

    /**
     * The listed person noun a role word derives from, for telling that two descriptions name the same role:
     * « l'eurodéputée » → "député", « la navigatrice » → "navigateur", « l'ex-ministre » → "ministre", a compound
     * of two person nouns its first (« le président-candidat » → "président"); the word itself when listed; null
     * when it is no role noun or an age.
     */
    public String roleBase(String word) {
        String key = key(word);
        for (String prefix : ROLE_PREFIXES) {
            if (key.startsWith(prefix) && key.length() - prefix.length() >= 4) {
                String base = personNoun(key.substring(prefix.length()));
                if (base != null) {
                    return base;
                }
            }
        }
        String base = personNoun(key);
        if (base == null && agentNoun(key) && givenName(key) == 0) {
            return key;
        }
        if (base == null && givenName(key) == 0) {
            base = compoundHead(key);
        }
        int hyphen = key.indexOf('-');
        if (base == null && hyphen >= 4 && key.length() - hyphen > 4) {
            String head = personNoun(key.substring(0, hyphen)); // « le président-candidat », "the player-coach"
            return head != null && personNoun(key.substring(hyphen + 1)) != null ? head : null;
        }
        return base;
    }

    /**
     * Nouns of those who speak for a body and for nobody else: "a spokesperson for X", « un porte-parole de X »;
     * not "representative", which an agent of a person is too.
     */
    public static final Set<String> SPOKESPEOPLE = Set.of("spokesperson", "spokesman", "spokeswoman",
            "porte-parole");

    /** The least letters of each part of a closed compound ({@link #compoundHead}). */
    private static final int COMPOUND_PART = 4;
    private static final int COMPOUND_HEAD = 5;

    /**
     * The English person noun that a closed compound written as one word ends with, its head: "schoolteacher" →
     * "teacher", "shopkeeper" → "keeper", "firefighter" → "fighter", "landowner" → "owner"; null when there is none.
     * English makes such compounds freely, so no list holds them all, and the head says what the compound is. Both
     * parts have at least {@value #COMPOUND_PART} and {@value #COMPOUND_HEAD} letters ("remember", "administer",
     * "mischief" are not "member", "minister", "chief"), only the English lists' nouns head one, and no French word
     * is one ({@link #isFrenchWord}): French writes its compounds apart or with a hyphen, and its words that end like
     * an English person noun are seldom persons (« maintenant », « transparent », « contaminer », « partagent »).
     * The longest head wins.
     */
    private String compoundHead(String key) {
        if (key.length() < COMPOUND_PART + COMPOUND_HEAD || key.indexOf('-') >= 0) {
            return null;
        }
        for (int i = COMPOUND_PART; i <= key.length() - COMPOUND_HEAD; i++) {
            String head = key.substring(i);
            if (englishPersonNouns.contains(head) && Character.isLetter(key.charAt(i - 1))) {
                return isFrenchWord(key) ? null : head;
            }
        }
        return null;
    }

    /**
     * True for a noun that says what a person is rather than a post they hold, so that it may describe anyone
     * the article is about: « l'homme », "the Democrat", « le Danois », "the 54-year-old", and an agent noun known
     * only by its ending (« la microbiologiste »), whose post the lexicon cannot tell from another.
     */
    public boolean isDescriptor(String word) {
        String key = key(word);
        if (isAge(key) || demonym(key) != 0) {
            return true;
        }
        String base = roleBase(key);
        return base != null && (descriptors.contains(base) || !personNouns.containsKey(base) && agentNoun(base));
    }

    /**
     * True for a courtesy title or a post written before a name ("President", "Secretary", « Président », "MP"),
     * not a title kept in the name ("Prince"), a document or an institution noun.
     */
    public boolean isTitleOrPost(String word) {
        Title t = title(word);
        char g = role(word);
        return t != null && !t.kept() || g == 'm' || g == 'f' || g == '?';
    }

    /**
     * True for a role noun that names a post or a trade, as written beside a name ("le ministre X", "X, avocate
     * au barreau de Lyon"): a person noun that is no descriptor ({@link #isDescriptor}).
     */
    public boolean isPost(String word) {
        char g = role(word);
        return (g == 'm' || g == 'f' || g == '?') && !isDescriptor(word);
    }

    /**
     * True when two role nouns (as {@link #roleBase} gives them) may name the same post, by the groups of
     * {@code posts.txt}: "entraîneur" and "technicien", "ceo" and "boss", "avocat" and "lawyer".
     */
    public boolean samePost(String a, String b) {
        Set<Integer> ga = postGroups.get(key(a));
        Set<Integer> gb = postGroups.get(key(b));
        if (ga == null || gb == null) {
            return false;
        }
        for (int g : ga) {
            if (gb.contains(g)) {
                return true;
            }
        }
        return false;
    }

    /** Prefixes a role noun keeps its sense under: « ex-ministre », « eurodéputé », "co-founder". */
    private static final List<String> ROLE_PREFIXES = List.of("ex-", "euro", "co-", "vice-", "sous-", "former-",
            "pro-", "anti-", "néo-");

    /** Feminine endings and the masculine endings they come from: « -euse » → « -eur », « -rice » → « -eur »... */
    private static final String[][] FEMININE = {{"euse", "eur"}, {"rice", "eur"}, {"enne", "en"}, {"onne", "on"},
            {"ère", "er"}, {"esse", "e"}, {"ve", "f"}, {"ffe", "f"}, {"woman", "man"}, {"e", ""}};

    /** The listed person noun (gender m, f or ?) a word is, or is the feminine of; null when none. */
    private String personNoun(String key) {
        boolean listed = isPersonNoun(personNouns, key);
        if (listed && personNouns.get(key) != 'f' || !listed && givenName(key) != 0) {
            return listed ? key : null; // "Marine" is a woman's name, not the feminine of "marin"
        }
        String base = feminines.get(key); // « députée » → « député », so that both name one post
        return base != null ? base : listed ? key : null;
    }

    /**
     * Every feminine form the endings of {@link #FEMININE} make from a person noun, with that noun: « éleveuse »
     * → « éleveur », « navigatrice » → « navigateur ». Where two endings make one form, the first ending wins.
     */
    private static Map<String, String> feminines(Map<String, Character> nouns) {
        Map<String, String> map = new HashMap<>();
        List<String> sorted = nouns.keySet().stream().filter(k -> isPersonNoun(nouns, k)).sorted().toList();
        for (String[] ending : FEMININE) {
            for (String base : sorted) {
                if (base.endsWith(ending[1])) {
                    String form = base.substring(0, base.length() - ending[1].length()) + ending[0];
                    if (form.length() > ending[0].length() + 2) {
                        map.putIfAbsent(form, base);
                    }
                }
            }
        }
        return map;
    }

    private static boolean isPersonNoun(Map<String, Character> nouns, String key) {
        Character g = nouns.get(key);
        return g != null && (g == 'm' || g == 'f' || g == '?');
    }

    /** True when a word is a feminine form of its base rather than the base with a prefix. */
    private static boolean feminine(String key, String base) {
        int hyphen = key.indexOf('-');
        String head = hyphen > 0 && !key.endsWith(base) && key.length() - hyphen > 4 ? key.substring(0, hyphen) : key;
        return !head.endsWith(base); // « présidente-candidate » is 'f', « président-candidat » 'm'
    }

    /** "54-year-old", "the 30-year-old": an age used as a noun. */
    private static boolean isAge(String key) {
        int dash = key.indexOf("-year-old");
        if (dash <= 0 || dash + 9 != key.length()) {
            return false;
        }
        for (int i = 0; i < dash; i++) {
            if (!Character.isDigit(key.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The gender of a demonym ("Tunisienne" → 'f'), or 0 when it is none. */
    public char demonym(String word) {
        Character g = demonyms.get(key(word));
        return g == null ? 0 : g;
    }

    /**
     * True for the plural of a noun of nationality or origin ({@link #demonym}): "Egyptians", "Englishmen",
     * « Allemands ». A plural names a group, never one person.
     */
    public boolean isPluralDemonym(String word) {
        String k = key(word);
        if (k.length() < 5) {
            return false;
        }
        if (k.endsWith("men")) {
            return demonyms.containsKey(k.substring(0, k.length() - 3) + "man");
        }
        return k.endsWith("s") && demonyms.containsKey(k.substring(0, k.length() - 1));
    }

    public boolean isOrganizationCue(String word) {
        return organizationCues.contains(key(word));
    }

    /**
     * How a word names a place, a prize or an event: 'a' when it always does ("Prize", "Avenue"), 'w' when it
     * may also be a surname ("Hall", "Park"), 'f' when it may be a surname or a given name but names a place
     * when it comes first ("River Thames", "Mount Kenya"), 0 when it is no such word.
     */
    public char placeCue(String word) {
        Character cue = placeCues.get(key(word));
        return cue == null ? 0 : cue;
    }

    public boolean isKnownOrganization(String name) {
        return organizations.contains(key(name));
    }

    public boolean isNonPerson(String name) {
        return nonPersons.contains(key(name));
    }

    /**
     * True for the name of a country (English or French) or of a city of 50,000 people or more, compared in lower
     * case without accents ("Bogota" = « Bogotá », « Dubaï » = "Dubai"). Source: {@code places.txt}, from GeoNames.
     */
    public boolean isPlace(String name) {
        return places.contains(verbatim.text.Accents.strip(key(name)));
    }

    /** True for an English adjective of nationality or a language's name ("English", "Urdu"): alone, no name. */
    public boolean isNationality(String word) {
        return nationalities.contains(key(word));
    }

    /** True for a stop word that names a place ("Ohio", "Bretagne"), listed under "# Places" in stop-words.txt. */
    public boolean isPlaceStopWord(String word) {
        return placeStopWords.contains(key(word));
    }

    public boolean isStopWord(String word) {
        return stopWords.contains(key(word));
    }

    /**
     * True for a lower-case noun that says what an organisation is, before its name: « l'agence », « la
     * compagnie », "the newspaper" (an institution noun of the descriptions, or an organisation cue).
     */
    public boolean isInstitutionNoun(Word w) {
        return w != null && w.isWord() && !w.isCapitalised()
                && (description(w.text()) == 'o' || isOrganizationCue(w.text()));
    }

    /**
     * True when the capitalised word at {@code k} begins a person's name inside a run of capitalised words that
     * names an institution first: a given name after a word that is none, followed by a capitalised word that is
     * no organisation cue nor a French common word. « l'agence RIA Novosti Anna Petrova » names the agency, then
     * Anna Petrova; « l'association Lorient Océan Course » is one name.
     */
    public boolean beginsPersonInName(List<Word> words, int k) {
        if (k < 1 || k + 1 >= words.size()) {
            return false;
        }
        Word w = words.get(k);
        Word before = words.get(k - 1);
        Word next = words.get(k + 1);
        return w.isCapitalised() && givenName(w.text()) != 0 && before.isWord() && givenName(before.text()) == 0
                && next.isWord() && next.isCapitalised() && !isOrganizationCue(next.text()) && !isFrenchWord(next.text());
    }

    /**
     * True when the word, written in lower case, is a French common word of the Grammalecte dictionary
     * ({@link verbatim.text.internal.Lexicon}): « Course » and « Océan » are, « Sapounova » is not. Tells an
     * institution's name that holds a given name (« Lorient Océan Course ») from an institution's name and a
     * person's (« RIA Novosti Anna Petrova »).
     */
    public boolean isFrenchWord(String word) {
        return verbatim.text.internal.Lexicon.french().elisions(word.toLowerCase(Locale.ROOT)) >= 0;
    }

    private static Map<String, Character> genders(String... files) {
        Map<String, Character> map = new HashMap<>();
        for (String file : files) {
            for (String[] row : rows(file)) {
                map.put(key(row[0]), row.length > 1 ? row[1].charAt(0) : '?');
            }
        }
        return map;
    }

    private static Set<String> set(String file) {
        Set<String> set = new HashSet<>();
        rows(file).forEach(row -> set.add(key(row[0])));
        return set;
    }

    /** The tab-separated rows of a lexicon file, without blank lines and {@code #} comments. */
    public static List<String[]> rows(String file) {
        return rowsOf(read(file));
    }

    /**
     * The rows of a lexicon's text, in one pass: each line that is neither blank nor a {@code #} comment, a line
     * ending {@code \n} or {@code \r\n}; a line without a tab is one cell, stripped; a line with tabs its cells
     * as written. Example: "# h\nparis \nlyon\tx\n\na\tb\tc" → [paris], [lyon, x], [a, b, c].
     */
    static List<String[]> rowsOf(String text) {
        List<String[]> rows = new ArrayList<>(text.length() / 10);
        int at = 0;
        while (at < text.length()) {
            int eol = text.indexOf('\n', at);
            if (eol < 0) {
                eol = text.length();
            }
            int end = eol > at && text.charAt(eol - 1) == '\r' ? eol - 1 : eol;
            if (end > at && text.charAt(at) != '#') {
                int tab = tab(text, at, end);
                if (tab < 0) {
                    rows.add(new String[] {text.substring(at, end).strip()});
                } else if (tab(text, tab + 1, end) < 0) {
                    rows.add(new String[] {text.substring(at, tab), text.substring(tab + 1, end)});
                } else {
                    rows.add(text.substring(at, end).split("\t"));
                }
            }
            at = eol + 1;
        }
        return rows;
    }

    /**
     * The first tab of {@code text} in {@code [from, to)}, or -1: searched within the line only, so that a file of
     * lines without tabs ({@code places.txt}) is read in one pass, not each line searched to the file's next tab.
     */
    static int tab(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\t') {
                return i;
            }
        }
        return -1;
    }

    private static String read(String file) {
        try (InputStream in = Lexicon.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing lexicon " + DIR + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read lexicon " + file, e);
        }
    }
}
