package verbatim.analysis.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which way the words around a date without a year lean: the nearest tense cue to the date decides, in
 * its clause first (between commas), else in its sentence (up to ";"); a past cue wins a tie. French future
 * cues are future verb endings ("sera", "partiront"), "va"/"vont", "doit"/"devrait" or "compte"/"entend" before
 * an infinitive, "d'ici" and words such as "prochain" or "prévoit"; English ones are "will", "shall", "'ll",
 * "going to", "would" (not "would have"), "next" and phrases such as "is due", "is set to", "plans to". Past
 * cues are auxiliaries, the imperfect, participles, common irregular English pasts and words such as "dernier"
 * or "last"; a participle or a scheduled event right after a future cue is future ("seront fixés", "would go on
 * sale"); the French conditional ("pourrait") is neither. A scheduled event told in the present ("entre en
 * vigueur", "a lieu", "takes effect", "opens", the present passive "est publié", "is published") or a date set
 * for or bounding something ("une grève pour le 12 janvier", "à partir du 5 décembre", "until January 31") takes
 * the occurrence nearer to the article date. A sentence without any cue takes the past occurrence unless the
 * coming one is less than half as far ({@link DateAnchor.Direction#LIKELY}). A word after a determiner is a noun,
 * not a participle ("le musée", "la société"); "s'est", "se sont" and the participles of the verbs that take
 * "être" ("est arrivé") are past.
 *
 * <p>Example: in "Elle partira en mars." the date is ahead; in "En mars, il a dit qu'il partira." it is not
 * ("a" is nearer than "partira"); in "Le texte, adopté en mars, entrera en vigueur." it is not ("adopté" is in
 * its clause). In an article of 2025-12-20, "La loi entre en vigueur le 1er janvier" and "The law takes effect
 * on January 1" both lean {@link DateAnchor.Direction#NEAREST}: 1 January 2026.
 */
public final class TenseCues {

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    /** Marks that close a clause: the clause around a date is read first, then its whole sentence. */
    private static final String CLAUSE_MARKS = ",;:()«»\"“”";
    /** French past participle ("adopté", "lancées"), read as a past cue. */
    private static final Pattern FRENCH_PARTICIPLE = Pattern.compile("\\p{Ll}{3,}(?:é|ée|és|ées)");
    /** French simple future (and "aura", "saura"): the endings of nearly every verb, rarely of other words. */
    private static final Pattern FRENCH_FUTURE = Pattern.compile(
            "\\p{Ll}*(?:e|i|r|d|t|v|clu)(?:rai|ras|ra|rons|rez|ront)|s?aur(?:ai|as|a|ons|ez|ont)");
    /** French conditional ("pourrait", "serait"): neither past nor future. */
    private static final Pattern FRENCH_CONDITIONAL = Pattern.compile(
            "\\p{Ll}*(?:e|i|r|d|t|v|clu)(?:rait|raient)|s?aur(?:ait|aient)");
    private static final Pattern FRENCH_IMPERFECT = Pattern.compile("\\p{Ll}{2,}(?:ait|aient)");
    private static final Pattern INFINITIVE = Pattern.compile("\\p{Ll}{2,}(?:er|ir|re|oir)");
    private static final Pattern ENGLISH_PAST = Pattern.compile("\\p{Ll}{3,}ed");

    private final DateLexicon lexicon;
    private final boolean french;

    TenseCues(DateLexicon lexicon) {
        this.lexicon = lexicon;
        this.french = lexicon.lang().equals("fr");
    }

    /** How the words around a date lean: the nearest cue's kind. */
    private enum Lean {
        NONE, PAST, FUTURE, SCHEDULED
    }

    /** The lexicon kinds whose phrases are tense cues, and the lean each gives. */
    private static final Lean[] PHRASE_LEANS = {Lean.FUTURE, Lean.SCHEDULED, Lean.PAST};
    private static final String[] PHRASE_KINDS = {"future", "scheduled", "past"};

    /**
     * How the words around [start, end) of {@code text} place a date without a year: {@link
     * DateAnchor.Direction#AHEAD} under a future cue, {@link DateAnchor.Direction#NEAREST} under a scheduled event
     * in the present ("takes effect", "s'ouvre") or after a word of kind "target-before" ("une grève pour le 12
     * janvier", "a strike for January 12"), else {@link DateAnchor.Direction#BACK}.
     */
    DateAnchor.Direction direction(String text, int start, int end) {
        String lead = text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
        if (lead.startsWith("depuis ") || lead.startsWith("since ")) {
            return DateAnchor.Direction.BACK; // « depuis novembre », "since March": a time gone by, whatever follows
        }
        int sentenceFrom = sentenceStart(text, start);
        int sentenceTo = sentenceEnd(text, end);
        int clauseFrom = start;
        while (clauseFrom > sentenceFrom && CLAUSE_MARKS.indexOf(text.charAt(clauseFrom - 1)) < 0) {
            clauseFrom--;
        }
        int clauseTo = end;
        while (clauseTo < sentenceTo && CLAUSE_MARKS.indexOf(text.charAt(clauseTo)) < 0) {
            clauseTo++;
        }
        Lean lean = nearestCue(text, clauseFrom, clauseTo, start, end);
        if (lean == Lean.NONE) {
            lean = nearestCue(text, sentenceFrom, sentenceTo, start, end);
        }
        if (lean == Lean.FUTURE) {
            return DateAnchor.Direction.AHEAD;
        }
        if (lean == Lean.SCHEDULED || targeted(text, start)) {
            return DateAnchor.Direction.NEAREST;
        }
        return lean == Lean.PAST ? DateAnchor.Direction.BACK : DateAnchor.Direction.LIKELY;
    }

    /** « le mois de », « au mois d' » right before a month name. */
    private static final Pattern MONTH_OF = Pattern.compile("(?:le|du|au) mois d(?:e |['’])$");

    /** Whether {@link #direction} puts the range ahead of the article (a future cue is nearest). */
    public boolean future(String text, int start, int end) {
        return direction(text, start, end) == DateAnchor.Direction.AHEAD;
    }

    /**
     * Whether the date is named as the day something is set for or bounded by: a word of kind "target-before"
     * right before it or as its own first word ("une grève pour le 12 janvier", "à partir du 5 décembre",
     * "jusqu'au 12 janvier", "dès le 3 mars", "until January 31").
     */
    private boolean targeted(String text, int start) {
        java.util.regex.Matcher month = MONTH_OF.matcher(text.substring(Math.max(0, start - 16), start));
        if (month.find()) {
            start = Math.max(0, start - 16) + month.start(); // « dès le mois de mars »: the lead before « le mois de »
        }
        int i = start;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        int end = i;
        if (i > 0 && (text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '\u2019')) {
            i--; // "jusqu'au"
        }
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        if (i < end && lexicon.is("target-before", text.substring(i, end))) {
            return true;
        }
        int first = start;
        while (first < text.length() && Character.isLetter(text.charAt(first))) {
            first++;
        }
        return first > start && lexicon.is("target-before", text.substring(start, first));
    }

    /** The kind of the tense cue nearest to [start, end) in [from, to); a past cue wins a tie. */
    private Lean nearestCue(String text, int from, int to, int start, int end) {
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            words.add(m.group());
        }
        Lean[] leans = new Lean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            // a phrase ("takes effect", "a lieu", "is due") gives its kind to all its words
            int n = 0;
            Lean phraseLean = Lean.NONE;
            for (int k = 0; k < PHRASE_KINDS.length; k++) {
                int length = lexicon.phrase(PHRASE_KINDS[k], words, i);
                if (length > n) {
                    n = length;
                    phraseLean = PHRASE_LEANS[k];
                }
            }
            for (int k = 0; k < n; k++) {
                leans[i + k] = phraseLean;
            }
            if (leans[i] == null) {
                String previous = i > 0 ? words.get(i - 1) : "";
                String next = i + 1 < words.size() ? words.get(i + 1) : "";
                String afterNext = i + 2 < words.size() ? words.get(i + 2) : "";
                leans[i] = isFuture(previous, words.get(i), next, afterNext) ? Lean.FUTURE
                        : isPast(previous, words.get(i)) ? Lean.PAST
                        : lexicon.is("scheduled", words.get(i)) ? Lean.SCHEDULED : Lean.NONE;
                String beforePrevious = i > 1 ? DateLexicon.fold(words.get(i - 2)) : "";
                if (leans[i] == Lean.PAST && !lexicon.is("past", words.get(i))
                        && lexicon.is("passive-before", previous)
                        && !beforePrevious.equals("s") && !beforePrevious.equals("se")) {
                    // the present passive: "the report is published on May 4", "le rapport est publié le 4 mai";
                    // not "s'est réuni" nor the verbs that take "être" in the past (listed as "past": "est né")
                    leans[i] = Lean.SCHEDULED;
                }
            }
        }
        // a participle or a scheduled event soon after a future cue stays in the future: "seront fixés",
        // "would go on sale", "va entrer en vigueur"
        int futureReach = 0;
        for (int i = 0; i < leans.length; i++) {
            if ((leans[i] == Lean.PAST || leans[i] == Lean.SCHEDULED) && futureReach > 0) {
                leans[i] = Lean.FUTURE;
            }
            futureReach = leans[i] == Lean.FUTURE ? 3 : Math.max(0, futureReach - 1);
        }
        Lean nearest = Lean.NONE;
        int nearestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < leans.length; i++) {
            int[] w = spans.get(i);
            if (leans[i] == Lean.NONE || (w[1] > start && w[0] < end)) {
                continue; // no cue, or the date's own words
            }
            int distance = w[1] <= start ? start - w[1] : w[0] - end;
            if (distance < nearestDistance || (distance == nearestDistance && rank(leans[i]) > rank(nearest))) {
                nearest = leans[i];
                nearestDistance = distance;
            }
        }
        return nearest;
    }

    /** Which cue wins a tie: past, then future, then a scheduled event. */
    private static int rank(Lean lean) {
        return switch (lean) {
            case PAST -> 3;
            case FUTURE -> 2;
            case SCHEDULED -> 1;
            case NONE -> 0;
        };
    }

    private boolean isFuture(String previous, String word, String next, String afterNext) {
        String w = DateLexicon.fold(word);
        if (lexicon.is("future", w)) {
            return true;
        }
        if (french) {
            if (w.equals("ici") && DateLexicon.fold(previous).equals("d")) {
                return true; // "d'ici mars"
            }
            if (word.equals(w) && !lexicon.is("not-future", w) && FRENCH_FUTURE.matcher(w).matches()) {
                return true;
            }
            boolean goes = w.equals("va") || w.equals("vont") || w.equals("vais") || w.equals("allons")
                    || w.equals("allez") || w.equals("doit") || w.equals("doivent") || w.equals("devrait")
                    || w.equals("devraient") || w.equals("compte") || w.equals("comptent") || w.equals("entend")
                    || w.equals("entendent");
            return goes && (INFINITIVE.matcher(next).matches()
                    || (next.length() <= 2 && INFINITIVE.matcher(afterNext).matches()));
        }
        // "would" looks ahead from a past statement ("said it would vote in March"), "should" from now, unless
        // followed by "have" ("would have turned 90")
        return (w.equals("going") && next.equals("to"))
                || ((w.equals("would") || w.equals("should")) && !DateLexicon.fold(next).equals("have"));
    }

    private boolean isPast(String previous, String word) {
        String w = DateLexicon.fold(word);
        if (lexicon.is("past", w)) {
            return true;
        }
        if (!word.equals(w) || lexicon.is("not-past", w)) {
            return false; // a capitalised word is a name more often than a verb
        }
        if (lexicon.is("determiner", previous)) {
            return false; // a noun: "le musée", "la société", "l'assemblée", "the seed"
        }
        if (french) {
            return (FRENCH_IMPERFECT.matcher(w).matches() && !FRENCH_CONDITIONAL.matcher(w).matches())
                    || FRENCH_PARTICIPLE.matcher(w).matches();
        }
        return ENGLISH_PAST.matcher(w).matches();
    }

    private static int sentenceStart(String text, int pos) {
        for (int i = pos - 1; i > 0; i--) {
            if (isStop(text, i)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int sentenceEnd(String text, int pos) {
        for (int i = pos; i < text.length(); i++) {
            if (isStop(text, i)) {
                return i;
            }
        }
        return text.length();
    }

    /**
     * A sentence stop: ";", or ".", "!", "?" or "…" followed by a space and not after a single letter
     * ("M. Diallo").
     */
    private static boolean isStop(String text, int i) {
        char c = text.charAt(i);
        if (c == ';') {
            return true;
        }
        if (c != '.' && c != '!' && c != '?' && c != '…') {
            return false;
        }
        boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
        boolean initial = c == '.' && i >= 1 && Character.isUpperCase(text.charAt(i - 1))
                && (i == 1 || !Character.isLetter(text.charAt(i - 2)));
        return spaceAfter && !initial;
    }
}
