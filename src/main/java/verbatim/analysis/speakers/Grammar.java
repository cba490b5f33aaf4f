package verbatim.analysis.speakers;

import java.util.List;
import java.util.Set;
import verbatim.analysis.reading.SetPhrases;
import verbatim.analysis.reading.Word;
import verbatim.analysis.reading.NameRun;

/**
 * The function words and verb forms that the attribution rules read, in French and English: relatives,
 * conjunctions, auxiliaries, participles, passives, infinitives and the locutions of « faire savoir ». Example: the
 * words before {@code "X was said to be “…”"} end in a passive, so X is spoken of, not speaking.
 */
final class Grammar {

    static final Set<String> RELATIVES = Set.of("qui", "who", "which");
    static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or", "et", "mais", "ou", "puis");
    /** Words that open a reported clause: « que », « qu' », "that". */
    static final Set<String> COMPLEMENTISERS = Set.of("que", "qu", "that");
    /** Words that open a contrasting clause after a quotation: "while", « tandis que », « alors que ». */
    static final Set<String> CONTRASTS = Set.of("while", "whereas", "whilst", "tandis", "alors");

    /** Determiners after which a word that may be a reporting verb (« juge », "report") is a noun. */
    static final Set<String> NOUN_DETERMINERS = Set.of("du", "l", "le", "la", "les", "des", "au", "aux", "un",
            "une", "ce", "cette", "sa", "son", "ses", "leur", "leurs", "the", "an", "this", "that", "his", "her",
            "their");

    static final Set<String> INDEFINITE = Set.of("a", "an", "the", "un", "une", "le", "la", "l");

    /**
     * True for a French past participle or inverted verb after a closing mark (« a lancé », « martèle »), whose
     * subject may come after a participle phrase set between commas; English puts the subject first or right after.
     */
    static boolean inverted(Word verb) {
        String k = verb.key();
        return k.endsWith("é") || k.endsWith("ée") || k.endsWith("e") && !k.endsWith("ed");
    }

    /** True when the verb at k is an infinitive or gerund after "de", "to", "before": « avant d'ajouter ». */
    static boolean infinitive(List<Word> words, int k) {
        int j = k - 1;
        while (j >= 0 && NameRun.isApostrophe(words.get(j))) {
            j--;
        }
        if (j >= 0 && words.get(j).is("en") && words.get(k).key().endsWith("ant")) {
            return true; // « …», tout en rappelant que »: a gerund, whose subject is the clause's
        }
        return j >= 0 && NON_FINITE.contains(words.get(j).key());
    }

    /**
     * True for « savoir » after a form of « faire »: « le ministère a fait savoir qu'il serait « … » », and for « voit »
     * after « y » or before « dans » (« y voit », « voit dans l'accord »): reporting locutions whose words are no
     * reporting verbs alone.
     */
    static boolean madeKnown(List<Word> words, int k) {
        return k > 0 && (MADE_KNOWN.contains(words.get(k).key()) && FAIRE.contains(words.get(k - 1).key())
                || SEES.contains(words.get(k).key()) && (words.get(k - 1).is("y") // « Paul X y voit « … » »
                        || k + 1 < words.size() && words.get(k + 1).is("dans"))); // « voit dans l'accord « … » »
    }

    /** Forms of « voir » that give a view in those locutions: « il y voit « un signal fort » ». */
    private static final Set<String> SEES = Set.of("voit", "voient", "voyait", "voyaient", "verra", "vu");

    /**
     * The words that make a reporting locution after a form of « faire »: « fait savoir », « fait part (de) »,
     * « fait remarquer », « fait valoir », « fait état (de) ». Source: compiled by the Verbatim team from French
     * usage; none of them reports speech alone.
     */
    private static final Set<String> MADE_KNOWN = Set.of("savoir", "part", "remarquer", "valoir", "état");

    private static final Set<String> FAIRE = Set.of("fait", "faire", "fera", "ferait", "font", "fit", "faisait",
            "feront", "faisant");

    /**
     * True for a present participle after the closing mark, with no one named between: « … », soulignant que la
     * skippeuse … ; "…", adding that the mayor … . The participle's subject is the sentence's, never the noun after
     * it (the subject of the clause it introduces).
     */
    static boolean participle(List<Word> words, int k) {
        String key = words.get(k).key();
        return key.length() > 5 && (key.endsWith("ant") || key.endsWith("ing"));
    }

    /**
     * True when the infinitive at k hangs on a verb through « à » / « de » (« a tenu à préciser », « s'est contenté
     * de répondre », « tient à rappeler »): the verb's subject may still stand after it, unlike « avant d'ajouter ».
     */
    static boolean governed(List<Word> words, int k) {
        int j = k - 1;
        while (j >= 0 && NameRun.isApostrophe(words.get(j))) {
            j--;
        }
        if (j < 1 || !(words.get(j).is("à") || words.get(j).is("de") || words.get(j).is("d"))) {
            return false;
        }
        Word verb = words.get(j - 1);
        return verb.isWord() && !verb.isCapitalised() && !INFINITIVE_LEADS.contains(verb.key())
                && !COMPLEMENTISERS.contains(verb.key()) // « « … » que de répondre »: a comparison, « que » no participle
                && !NON_FINITE.contains(verb.key()) && (isParticiple(verb) || verb.key().endsWith("t"));
    }

    /** Words that may open a sentence before an infinitive that carries on: « Avant d'ajouter », "And then to add". */
    private static final Set<String> INFINITIVE_LEADS = Set.of("avant", "et", "puis", "before", "and", "then", "de",
            "d", "to");

    /** True when only {@link #INFINITIVE_LEADS} and apostrophes stand before the word at k. */
    static boolean leadsOnly(List<Word> words, int k) {
        for (int j = 0; j < k; j++) {
            Word w = words.get(j);
            if (!NameRun.isApostrophe(w) && !INFINITIVE_LEADS.contains(w.key())) {
                return false;
            }
        }
        return true;
    }

    /** Forms of "to be" / « être » that make a passive with a past participle. */
    static final Set<String> BE = Set.of("is", "was", "were", "are", "be", "been", "being", "est", "était",
            "fut", "sera", "serait", "sont", "étaient", "furent", "seront", "seraient", "été");

    /**
     * True when the verb at k opens a relative clause (« qui », "who", an auxiliary between) and a form of « être » /
     * "to be" follows it before the quotation, the verb of the clause's antecedent: in "Hart said those who called
     * for it are “…”", « a dit que ceux qui ont demandé la session sont « … » », "called" and « demandé » introduce
     * nothing; the reporting verb is further back. Not when « que » / "that" follows the relative's verb (« une femme
     * qui a dit que son fils est « … » » is hers).
     */
    static boolean relativeClauseBeforeItsVerb(List<Word> before, int k) {
        int j = k - 1;
        while (j >= 0 && AUXILIARIES.contains(before.get(j).key())) {
            j--;
        }
        if (j < 0 || !(before.get(j).is("qui") || before.get(j).is("who"))) {
            return false;
        }
        for (int n = k + 1; n < before.size(); n++) {
            if (COMPLEMENTISERS.contains(before.get(n).key())) {
                return false; // « une femme qui a dit que son fils est « … » »: the relative's verb reports the clause
            }
            if (BE.contains(before.get(n).key())) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions that join a passive participle to its complement: "said to", "described as", « condamné à ». */
    private static final Set<String> PASSIVE_LINKS = Set.of("to", "as", "of", "for", "à", "de", "d", "pour", "comme");

    /** English past participles that do not end in -ed. */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("said", "told", "known", "seen", "held", "given",
            "found", "thought", "written", "heard", "sent", "made", "shown", "sentenced");

    /**
     * True when the words before a quotation end in a passive verb and its preposition: "X was said to be “…”",
     * "X was described as “…”", « il est donc condamné à « … » ». The subject of a passive is spoken of, not
     * speaking. A reflexive « s'est dit « … » » is no passive.
     */
    static boolean passive(List<Word> before) {
        int k = before.size() - 1;
        if (k >= 0 && (before.get(k).is("be") || before.get(k).is("être"))) {
            k--;
        }
        if (k >= 0 && NameRun.isApostrophe(before.get(k))) {
            k--;
        }
        if (k < 1 || !PASSIVE_LINKS.contains(before.get(k).key())) {
            return false;
        }
        Word participle = before.get(--k);
        if (!isParticiple(participle)) {
            return false;
        }
        k--;
        for (int skip = 0; skip < 2 && k >= 0 && before.get(k).isWord() && !before.get(k).isCapitalised()
                && !BE.contains(before.get(k).key()); skip++) {
            k--; // "was later sentenced to", « est donc condamné à »
        }
        if (k < 0 || !BE.contains(before.get(k).key())) {
            return false;
        }
        int r = k - 1;
        if (r >= 0 && before.get(r).is("a")) {
            r--; // « a été condamné »
        }
        if (r >= 0 && NameRun.isApostrophe(before.get(r))) {
            r--;
        }
        return r < 0 || !(before.get(r).is("s") || before.get(r).is("se") || before.get(r).is("me")
                || before.get(r).is("nous") || before.get(r).is("vous"));
    }

    static boolean isParticiple(Word w) {
        String k = w.key();
        if (!w.isWord() || w.isCapitalised() || k.length() < 3) {
            return false;
        }
        if (k.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(k)) {
            return true;
        }
        for (String end : FRENCH_PARTICIPLE_ENDINGS) {
            if (k.endsWith(end)) {
                return true;
            }
        }
        return false;
    }

    /** « dit », « écrit », « décrit » and their agreed forms: French participles that do not end in -é. */
    private static final java.util.regex.Pattern SAID_WRITTEN = java.util.regex.Pattern.compile("(dit|.*crit)e?s?");

    /**
     * True for a French past participle that qualifies the noun right before it, with its determiner before that
     * noun: « les mesures annoncées », « le texte adopté », « la lettre écrite ». Such a participle is an adjective
     * of the noun and heads no clause, so a quotation after it is not what it reports; the clause's own verb lies
     * further back (« X a affirmé que les mesures annoncées lundi « vont coûter cher » » is X's). A participle after
     * an auxiliary (« a annoncé », « a de son côté jugé ») is a verb and is not matched.
     */
    static boolean adjectivalParticiple(List<Word> words, int k) {
        String key = words.get(k).key();
        if (k < 2 || !isParticiple(words.get(k)) || !(key.endsWith("é") || key.endsWith("ée") || key.endsWith("és")
                || key.endsWith("ées") || SAID_WRITTEN.matcher(key).matches())) {
            return false; // only French forms: "the company said" is a clause
        }
        Word noun = words.get(k - 1);
        if (!noun.isWord() || noun.isCapitalised() || AUXILIARIES.contains(noun.key()) || BE.contains(noun.key())
                || !NOUN_DETERMINERS.contains(words.get(k - 2).key())) {
            return false;
        }
        for (int j = Math.max(0, k - 5); j < k - 1; j++) {
            if (SetPhrases.end(words, j) == k) {
                return false; // « a par la suite dénoncé une « … » »: a set phrase before the participle
            }
        }
        // « a de son côté jugé la décision « … » »: a set phrase between the auxiliary and its participle
        return k < 4 || !Syntax.PREPOSITIONS.contains(words.get(k - 3).key())
                || !(AUXILIARIES.contains(words.get(k - 4).key()) || BE.contains(words.get(k - 4).key()));
    }

    /** The endings of French past participles: « condamné », « tenu », « pris », « dit ». */
    private static final List<String> FRENCH_PARTICIPLE_ENDINGS = List.of("é", "ée", "és", "ées", "u", "ue", "us",
            "ues", "is", "ise", "ises", "it", "ite", "its", "ites");

    private static final Set<String> NON_FINITE = Set.of("de", "d", "to", "before", "after", "while", "pour", "sans",
            "without");

    /** Auxiliaries and reflexive pronouns that may stand between a closing mark and a reporting verb. */
    static final Set<String> AUXILIARIES = Set.of("a", "avait", "ont", "avaient", "aura", "s", "se", "est",
            "sont", "était", "has", "had", "have", "then", "also", "aussi", "encore", "alors");
}
