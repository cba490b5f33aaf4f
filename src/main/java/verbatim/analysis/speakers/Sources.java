package verbatim.analysis.speakers;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import verbatim.analysis.reading.Word;
import verbatim.analysis.reading.NameRun;
import verbatim.analysis.reading.Quotation;
import verbatim.analysis.reading.Mention;
import verbatim.analysis.reading.Lexicon;

/**
 * The sources a quotation is attributed to by « selon » and its kin: « selon X », « d'après X », "according to X",
 * « pour X », a document and its author, the spokesperson of a body. Example: in {@code Selon un porte-parole de
 * Météo-France, « … »} the source is Météo-France.
 */
final class Sources {

    private final Lexicon lexicon;
    private final Syntax syntax;

    Sources(Lexicon lexicon, Syntax syntax) {
        this.lexicon = lexicon;
        this.syntax = syntax;
    }

    /** Determiners that open a source the article does not name: « selon une source », "according to a witness". */
    static final Set<String> UNNAMED_SOURCES = Set.of("un", "une", "des", "plusieurs", "a", "an", "several",
            "some", "certains", "certaines");

    /**
     * Nouns of those who speak for a body: "a spokesperson for X", « un porte-parole de X » ({@link
     * Lexicon#SPOKESPEOPLE}), and its representatives.
     */
    static final Set<String> SPOKESPEOPLE = Stream.concat(Lexicon.SPOKESPEOPLE.stream(),
            Stream.of("representative", "représentant", "représentante")).collect(Collectors.toUnmodifiableSet());

    /**
     * The organisation whose unnamed spokesperson is a « selon » source: "According to a spokesperson for Harwick
     * Police", « Selon un porte-parole de Météo-France » — the body speaks through its spokesperson, as in "A
     * spokesperson for X said". Null when the source is no spokesperson of an organisation named within the next
     * six words.
     */
    static Mention spokespersonSource(References refs, List<Word> before, int p) {
        for (int k = 0; k < Math.min(before.size(), 5); k++) {
            if (!SPOKESPEOPLE.contains(before.get(k).key())) {
                continue;
            }
            return Syntax.organizationAfter(refs, before, k + 1, k + 6, p);
        }
        return null;
    }

    /** True when a spokesperson noun stands among the four words before an organisation's mention. */
    static boolean spokespersonOf(List<Word> words, Mention org) {
        int i = Word.indexAt(words, org.start());
        for (int k = i - 1; k >= 0 && i - k <= 4; k--) {
            Word w = words.get(k);
            if (!w.isWord() && !NameRun.isApostrophe(w)) {
                return false;
            }
            if (SPOKESPEOPLE.contains(w.key())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The source a sentence names at its end, after a comma: « Il faisait partie du groupe « … » et attendait en
     * bas, d'après le maire, Jean Vidal. » gives Jean Vidal for every quotation of the sentence that no verb of
     * its own attributes; null when the sentence does not end so.
     */
    Mention closingSource(References refs, List<Word> words, int p, int[] sentence, Quotation q) {
        List<Word> after = Syntax.within(words, q.close(), sentence[1]);
        for (int k = after.size() - 1; k > 0; k--) {
            Word w = after.get(k);
            if (!w.isWord() && ("«»\"“”".contains(w.text()) || ";:".contains(w.text()))) {
                return null; // a quotation or another clause comes after the source: it is not the sentence's end
            }
            if (!isSelon(after, k)) {
                continue;
            }
            int lead = w.is("après") ? k - 2 : k;
            if (lead < 1 || !after.get(lead - 1).is(",")) {
                return null;
            }
            return selon(refs, after.subList(lead, after.size()), p, sentence[1]);
        }
        return null;
    }

    /** Nouns of one's own words or view after a possessive: « selon ses termes », « à ses yeux », « à son avis ». */
    private static final Set<String> VIEW_NOUNS = Set.of("termes", "mots", "propos", "dires", "avis", "yeux",
            "analyse", "estimation", "estimations", "calculs");

    /**
     * A possessive of the source right after « selon », « pour » or « à » and before a noun of its own words or
     * view ({@link #VIEW_NOUNS}): « selon ses termes », « à ses yeux » are the current person's; not « selon son
     * entraîneur ». Null otherwise.
     */
    private static Mention inOwnView(List<Word> list, int k, int p) {
        if (k + 2 >= list.size()) {
            return null;
        }
        Word own = list.get(k + 1);
        if (!(own.is("ses") || own.is("son") || own.is("sa")) || !VIEW_NOUNS.contains(list.get(k + 2).key())) {
            return null;
        }
        return new Mention(Mention.Kind.PRONOUN, p, own.start(), own.end(), null, '?', false);
    }

    /** Nouns of somebody's spoken words, whose author « selon » names: « selon les propos de X », "remarks by X". */
    private static final Set<String> SPEECH_NOUNS = Set.of("propos", "dires", "paroles", "déclarations", "remarks",
            "comments", "words");

    /**
     * The person or body whose words « selon » / "according to" at {@code k} names: « selon des propos de Paul X »,
     * « selon les dires du ministère », "according to remarks by Ann Lee"; null when no speech noun follows with
     * « de » / "of" / "by" and a name.
     */
    private static Mention speechAuthor(References refs, List<Word> list, int k, int p) {
        int j = k + (list.get(k).is("according") ? 2 : 1);
        if (j < list.size() && THE_OR_SOME.contains(list.get(j).key())) {
            j++;
        }
        if (j + 1 >= list.size() || !SPEECH_NOUNS.contains(list.get(j).key())) {
            return null;
        }
        j++;
        if (!(list.get(j).is("de") || list.get(j).is("du") || list.get(j).is("d") || list.get(j).is("of")
                || list.get(j).is("by"))) {
            return null;
        }
        for (int m = j + 1; m < list.size() && m <= j + 3; m++) {
            Mention found = Syntax.mentionAt(refs, p, list.get(m));
            if (found != null) {
                return found.isName() ? found : null;
            }
        }
        return null;
    }

    /** Articles before a « selon » source's noun: « selon les propos », « selon des dires », "according to the words". */
    private static final Set<String> THE_OR_SOME = Set.of("les", "des", "ses", "leurs", "the", "his", "her", "their");

    /**
     * The person named in apposition to an indefinite « selon » source: « Selon un officier de sécurité, Abdulahi
     * Ahmed, « … » », "According to a police officer, Ann Lee, …". The article does name that source. Null when no
     * person's name stands between two commas after the source's noun phrase.
     */
    static Mention apposedToSource(References refs, List<Word> list, int p) {
        int comma = -1;
        for (int k = 0; k < list.size(); k++) {
            if (list.get(k).is(",")) {
                comma = k;
                break;
            }
        }
        if (comma < 0 || comma + 2 >= list.size()) {
            return null;
        }
        Mention m = Syntax.mentionAt(refs, p, list.get(comma + 1));
        if (m == null || m.kind() != Mention.Kind.PERSON) {
            return null;
        }
        int after = Word.indexAt(list, m.end());
        return after < list.size() && list.get(after).is(",") ? m : null;
    }

    /**
     * True when a sentence opens with « selon » / "according to" and an indefinite source (« selon un conseiller de
     * X », "according to a friend of X", « d'après des proches »): the words are somebody's the article does not
     * name, not those of the person the source is close to. An indefinite document is no such source: its author
     * follows it.
     */
    boolean unnamedSource(List<Word> list) {
        for (int k = 0; k < Math.min(list.size(), 3); k++) {
            if (isSelon(list, k) && !list.get(k).is("à")) {
                int next = k + (list.get(k).is("according") ? 2 : 1);
                return next + 1 < list.size() && UNNAMED_SOURCES.contains(list.get(next).key())
                        && !SPEECH_NOUNS.contains(list.get(next + 1).key()) // « selon des propos de X »
                        && lexicon.description(list.get(next + 1).text()) != 'd' // but « selon un communiqué de X »,
                        && !(next + 2 < list.size() && lexicon.description(list.get(next + 2).text()) == 'd'); // "a press release"
            }
        }
        return false;
    }

    /**
     * True when a person named or described in the words before a quotation is the subject of a reporting verb
     * there (« Paul X a déclaré », « Paul X aurait confié à ses proches », « le suspect aurait crié »): the quotation
     * is theirs, whatever outlet a « selon » names. When the « selon » source is a person ({@code afterSource}),
     * only a reporter after it counts: « Selon Claire Y, Paul X aurait qualifié le plan d'« … » » is X's, "Ann Lee
     * said that, according to Tom Hart, …" Hart's.
     */
    boolean personReports(References refs, List<Word> before, int p, boolean afterSource) {
        int selon = 0;
        while (afterSource && selon < before.size() && !isSelon(before, selon)) {
            selon++;
        }
        for (int j = selon + 1; j < before.size(); j++) { // a person source: not "X said that, according to Y, …"
            Word w = before.get(j);
            if (!w.isWord() || !lexicon.isReportingVerb(w.text()) || lexicon.takesObject(w.text())) {
                continue;
            }
            for (int k = j - 1; k >= 0 && j - k <= 3; k--) {
                Mention m = Syntax.mentionAt(refs, p, before.get(k));
                if (m != null) {
                    if ((m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.DESCRIPTION)
                            && !syntax.inPrepositionalPhrase(before, m)) {
                        return true; // « Selon l'AFP, le suspect aurait crié « … » »: the suspect's words
                    }
                    break;
                }
                if (!Grammar.AUXILIARIES.contains(before.get(k).key()) && !before.get(k).is("aurait")
                        && !before.get(k).is("avait")) {
                    break;
                }
            }
        }
        return false;
    }

    /** Conjunctions and adverbs that may open a sentence before « pour X, » and "for X,". */
    private static final Set<String> LEADS = Set.of("mais", "et", "or", "donc", "ainsi", "alors", "but", "and", "yet",
            "so");

    /** Nouns of "in the … of X" that give X's view: "in the words of X", "in the view of X". */
    private static final Set<String> VIEW_OF = Set.of("words", "view", "opinion", "eyes", "estimation");

    /**
     * True when the word at k is "selon", the "après" of "d'après", the "according" of "according to", or the last
     * word of a locution of view (« à ses yeux », « aux yeux de », « de l'avis de », "in the words of").
     */
    static boolean isSelon(List<Word> list, int k) {
        Word w = list.get(k);
        if (w.is("à") && k + 2 < list.size() && (list.get(k + 2).is("yeux") || list.get(k + 2).is("avis"))
                && (list.get(k + 1).is("ses") || list.get(k + 1).is("son"))) {
            return true; // « À ses yeux, c'est « … » », « à son avis »: the possessor's view
        }
        if ((w.is("de") || w.is("d")) && k >= 2 && (list.get(k - 1).is("yeux") && list.get(k - 2).is("aux")
                || list.get(k - 1).is("avis") && NameRun.isApostrophe(list.get(k - 2)))) {
            return true; // « Aux yeux de X, … », « de l'avis de X »: X's view, as « selon X »
        }
        if (w.is("of") && k >= 3 && VIEW_OF.contains(list.get(k - 1).key()) && list.get(k - 2).is("the")
                && list.get(k - 3).is("in")) {
            return true; // "In the words of X", "in the view of X"
        }
        return w.is("selon") || (w.is("après") && k > 1 && NameRun.isApostrophe(list.get(k - 1))
                && list.get(k - 2).is("d")) || (w.is("according") && k + 1 < list.size() && list.get(k + 1).is("to"));
    }

    /**
     * True when the word at k follows a short phrase fronted with a comma at the start of the list: « À l'inverse,
     * pour X, « … » », "In contrast, for X, “…”" (at most four words before the comma).
     */
    private static boolean afterFrontedPhrase(List<Word> list, int k) {
        if (k < 2 || !list.get(k - 1).is(",")) {
            return false;
        }
        int words = 0;
        for (int j = 0; j < k - 1; j++) {
            Word w = list.get(j);
            if (!w.isWord() && !NameRun.isApostrophe(w)) {
                return false;
            }
            words += w.isWord() ? 1 : 0;
        }
        return words <= 4;
    }

    /** The source named by "selon X" / "d'après X" / "according to X" in a list of words, or null. */
    Mention selon(References refs, List<Word> list, int p, int limit) {
        for (int k = 0; k < list.size(); k++) {
            boolean opinion = (k == 0 || k == 1 && LEADS.contains(list.get(0).key()) || afterFrontedPhrase(list, k))
                    && (list.get(k).is("pour") || list.get(k).is("for")); // « Mais pour Obama, « … » »
            if (!isSelon(list, k) && !opinion) {
                continue;
            }
            if (k >= 2 && list.get(k - 1).is(",") && list.get(k - 2).isWord()
                    && lexicon.isReportingVerb(list.get(k - 2).text())) {
                continue; // "X said, according to Reuters, that …": the agency passed X's words on
            }
            int from = list.get(k).end();
            Mention speaker = speechAuthor(refs, list, k, p);
            if (speaker != null) {
                return speaker; // « selon des propos de Paul X rapportés par l'AFP », "according to remarks by Ann Lee"
            }
            Mention own = inOwnView(list, k, p);
            if (own != null) {
                return own;
            }
            for (int j = k + 1; j < Math.min(list.size(), k + 4); j++) {
                Word w = list.get(j);
                if (w.is("lui") || w.is("him") || w.is("eux") || w.is("them")) {
                    return new Mention(Mention.Kind.PRONOUN, p, w.start(), w.end(), null,
                            w.is("lui") || w.is("him") ? 'm' : 'n', false);
                }
            }
            int words = 0;
            int until = limit;
            for (int j = k + 1; j < list.size(); j++) {
                if (list.get(j).isWord() && ++words > 4) {
                    until = list.get(j).start();
                    break;
                }
            }
            int comma = Integer.MAX_VALUE;
            for (int j = k + 2; j < list.size(); j++) {
                if (list.get(j).is(",")) {
                    comma = list.get(j).start(); // "According to agency reports, Saddam …": the source ends there
                    break;
                }
            }
            Mention body = bodyDocument(refs, p, from, limit);
            if (body != null) {
                return body; // « selon un communiqué du gouvernement camerounais », « selon l'annonce du parquet »
            }
            Mention first = null;
            for (Mention m : refs.in(p, from, limit)) {
                if (m.paragraph() != p || m.quoted() || m.start() < from || m.end() > limit) {
                    continue;
                }
                boolean complement = m.kind() == Mention.Kind.ORGANIZATION && syntax.inPrepositionalPhrase(list, m);
                if (first == null) {
                    if (m.isName() && authorOfDocument(refs.reading().text(p).substring(from, m.start()))) {
                        return m; // "according to a statement from Paul X": the statement's author
                    }
                    if (m.start() >= until || m.start() - from > 30 || m.start() > comma) {
                        return null;
                    }
                    first = m;
                    if (m.kind() != Mention.Kind.DESCRIPTION && m.kind() != Mention.Kind.DOCUMENT && !complement) {
                        return m; // a description or an institution noun may have its name in apposition, and so
                        // may a description whose complement names an institution: « selon le président du
                        // conseil du CERN, Michel Spiro, »
                    }
                } else if (m.isName() && !(complement && first.kind() == Mention.Kind.DESCRIPTION)
                        && refs.apposed(first, m)) { // but « selon le rapport annuel d'Air Océane »: its owner
                    return m;
                } else if (m.isName() && first.kind() == Mention.Kind.DOCUMENT && !refs.isInstitution(first)
                        && References.authorLink(refs.reading().text(p).substring(first.end(), m.start()))) {
                    return m; // "according to a statement from Paul X", « selon un communiqué de la préfecture »
                }
            }
            return first;
        }
        return null;
    }

    /** A complement that names the institution after its noun: « du ministère de l'Intérieur », "of the Interior". */
    private static final java.util.regex.Pattern NAMED_COMPLEMENT = java.util.regex.Pattern.compile(
            "\\s+(?:de|du|des|d['’]|of|for)\\s*(?:la\\s+|l['’]\\s*|the\\s+)?\\p{Lu}");

    /** A document, its link, then an institution noun and an optional adjective (« un communiqué du gouvernement »). */
    private static final java.util.regex.Pattern BODY_DOCUMENT = java.util.regex.Pattern.compile(
            "\\s*(?:to\\s+)?(?:un|une|le|la|l['’]|a|an|the)\\s*(\\p{Ll}+)\\s+(?:du|des|de la|de l['’]|of the|from the)\\s*"
                    + "(\\p{Ll}+)(?:\\s+(\\p{Ll}+))?");

    /**
     * The institution whose document « selon » names when no name follows: « selon un communiqué du gouvernement
     * camerounais » gives « gouvernement camerounais », "according to a statement from the ministry" « ministry ».
     * The institution is an 'o' noun of the roles lists, with a demonym after it kept; null when a name follows
     * (that name is the author) or otherwise.
     */
    private Mention bodyDocument(References refs, int p, int from, int limit) {
        String text = refs.reading().text(p);
        java.util.regex.Matcher m = BODY_DOCUMENT.matcher(text);
        m.region(from, Math.min(limit, text.length()));
        if (!m.lookingAt() || lexicon.description(m.group(1)) != 'd' || lexicon.description(m.group(2)) != 'o') {
            return null;
        }
        boolean adjective = m.group(3) != null && lexicon.demonym(m.group(3)) != 0;
        int end = adjective ? m.end(3) : m.end(2);
        if (NAMED_COMPLEMENT.matcher(text).region(end, text.length()).lookingAt()) {
            return null; // « le communiqué du ministère de l'Intérieur »: the name that follows is the author
        }
        return new Mention(Mention.Kind.ORGANIZATION, p, m.start(2), end, text.substring(m.start(2), end), 'n', false);
    }

    /** The author named after a document right after the verb at k ("read a statement from Mayor X"), or null. */
    Mention documentAuthorAfter(References refs, List<Word> after, int k, int p, int to) {
        for (Mention m : refs.in(p, after.get(k).end(), to)) {
            if (m.start() >= after.get(k).end() && m.isName() && !m.quoted()) {
                if (m.kind() == Mention.Kind.ORGANIZATION && namesDocument(refs, after.get(k).end(), m, p)) {
                    return m; // "“…,” reads an AEW press release": the organisation's own document
                }
                int end = m.start();
                List<Word> between = Syntax.within(refs.reading().words(p), after.get(k).end(), m.start());
                for (int j = between.size() - 1; j >= 0; j--) {
                    Word w = between.get(j);
                    if (!(w.is(".") || w.isCapitalised() && (lexicon.title(w.text()) != null
                            || lexicon.isPost(w.text())))) {
                        break;
                    }
                    end = w.start(); // "from Mayor Paul X": the title before the name
                }
                return authorOfDocument(refs.reading().text(p).substring(after.get(k).end(), end) + " ") ? m : null;
            }
        }
        return null;
    }

    /**
     * True when an organisation's name right after an article modifies a document noun one or two words later: "an
     * AEW press release", "a Coles statement" (English puts the author before the document).
     */
    private boolean namesDocument(References refs, int from, Mention org, int p) {
        String lead = refs.reading().text(p).substring(from, org.start()).strip();
        if (!(lead.equalsIgnoreCase("a") || lead.equalsIgnoreCase("an") || lead.equalsIgnoreCase("the"))) {
            return false;
        }
        List<Word> words = refs.reading().words(p);
        int i = Word.indexAt(words, org.end());
        for (int j = i; j < words.size() && j < i + 2; j++) {
            Word w = words.get(j);
            if (!w.isWord() || w.isCapitalised()) {
                return false;
            }
            if (lexicon.description(w.text()) == 'd') {
                return true;
            }
        }
        return false;
    }

    /** "to a statement from ", « un communiqué de »: an indefinite document, then its author's link. */
    private static final java.util.regex.Pattern DOCUMENT_OF = java.util.regex.Pattern.compile(
            "\\s*(?:to\\s+)?(?:a|an|the|un|une|le|la|l['’]|his|her|its|their|son|sa|leur)\\s*(\\p{L}+)(.*)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    boolean authorOfDocument(String between) {
        java.util.regex.Matcher m = DOCUMENT_OF.matcher(between);
        if (m.matches() && lexicon.description(m.group(1)) != 'd' && !m.group(1).isEmpty()
                && Character.isLowerCase(m.group(1).charAt(0))) {
            // "a press release from": the modifier before the document noun left out
            m = DOCUMENT_OF.matcher(between.substring(0, m.start(1)) + between.substring(m.end(1)).stripLeading());
        }
        return m.matches() && lexicon.description(m.group(1)) == 'd' && References.authorLink(m.group(2));
    }

    /**
     * Participles of seeing or obtaining a document: the agent after them passed the words on and did not write
     * them ("a letter seen by Sky News", « un courrier consulté par l'AFP », « une note obtenue par Le Monde »).
     */
    static final Set<String> CONDUITS = Set.of("seen", "obtained", "viewed", "reviewed", "consulted",
            "quoted", "cited", "cité", "citée", "cités", "citées", "acquired", "consulté", "consultée", "consultés", "consultées", "obtenu", "obtenue", "obtenus", "obtenues",
            "procuré", "procurée", "révélé", "révélée", "revealed");

    /** The {@link #CONDUITS} participles that quote a person: "X was quoted by the Times as saying" is X's. */
    static final Set<String> QUOTING = Set.of("quoted", "cited", "cité", "citée", "cités", "citées");

    /** True for the agent of a {@link #CONDUITS} participle: "seen by X", « consulté par X ». */
    private static boolean conduit(List<Word> words, Mention m) {
        return conduitVerb(words, m) != null;
    }

    /** The {@link #CONDUITS} participle whose agent a mention is ("seen" of "seen by X"), or null. */
    static String conduitVerb(List<Word> words, Mention m) {
        int i = Word.indexAt(words, m.start()) - 1;
        while (i > 0 && (NameRun.isApostrophe(words.get(i)) || Grammar.INDEFINITE.contains(words.get(i).key())
                || words.get(i).is("les"))) {
            i--; // "by the Daily Courier", « par l'AFP »
        }
        return i > 0 && (words.get(i).is("by") || words.get(i).is("par"))
                && CONDUITS.contains(words.get(i - 1).key()) ? words.get(i - 1).key() : null;
    }
}
