package verbatim.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether the words around a date speak of the future: the nearest tense cue to the date decides, in
 * its clause first (between commas), else in its sentence (up to ";"); a past cue wins a tie. French future
 * cues are future verb endings ("sera", "partiront"), "va"/"vont" or "doit"/"devrait" before an infinitive,
 * "d'ici" and words such as "prochain"; English ones are "will", "shall", "'ll", "going to", "next". Past cues
 * are auxiliaries, the imperfect, participles, common irregular English pasts and words such as "dernier" or
 * "last"; a participle right after a future cue is future ("seront fixés"); the French conditional
 * ("pourrait") is neither.
 *
 * <p>Example: in "Elle partira en mars." the date is in the future; in "En mars, il a dit qu'il partira."
 * it is not ("a" is nearer than "partira"); in "Le texte, adopté en mars, entrera en vigueur." it is not
 * ("adopté" is in its clause).
 */
final class TenseCues {

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

    /** Whether the words around [start, end) of {@code text} put that range in the future. */
    boolean future(String text, int start, int end) {
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
        int clause = nearestCue(text, clauseFrom, clauseTo, start, end);
        return (clause != 0 ? clause : nearestCue(text, sentenceFrom, sentenceTo, start, end)) > 0;
    }

    /** 1 when the nearest tense cue in [from, to) is a future one, -1 when a past one, 0 when there is none. */
    private int nearestCue(String text, int from, int to, int start, int end) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        int nearestFuture = Integer.MAX_VALUE;
        int nearestPast = Integer.MAX_VALUE;
        int futureReach = 0; // a participle soon after a future cue stays in the future: "seront fixés"
        for (int i = 0; i < words.size(); i++) {
            int[] w = words.get(i);
            String word = text.substring(w[0], w[1]);
            String previous = i > 0 ? text.substring(words.get(i - 1)[0], words.get(i - 1)[1]) : "";
            String next = i + 1 < words.size() ? text.substring(words.get(i + 1)[0], words.get(i + 1)[1]) : "";
            String afterNext = i + 2 < words.size()
                    ? text.substring(words.get(i + 2)[0], words.get(i + 2)[1]) : "";
            boolean future = isFuture(previous, word, next, afterNext);
            boolean past = !future && isPast(word);
            if (past && futureReach > 0) {
                future = true;
                past = false;
            }
            futureReach = future ? 3 : Math.max(0, futureReach - 1);
            if (w[1] > start && w[0] < end) {
                continue; // the date's own words
            }
            int distance = w[1] <= start ? start - w[1] : w[0] - end;
            if (future) {
                nearestFuture = Math.min(nearestFuture, distance);
            } else if (past) {
                nearestPast = Math.min(nearestPast, distance);
            }
        }
        if (nearestFuture == Integer.MAX_VALUE && nearestPast == Integer.MAX_VALUE) {
            return 0;
        }
        return nearestFuture < nearestPast ? 1 : -1;
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
                    || w.equals("devraient");
            return goes && (INFINITIVE.matcher(next).matches()
                    || (next.length() <= 2 && INFINITIVE.matcher(afterNext).matches()));
        }
        return w.equals("going") && next.equals("to");
    }

    private boolean isPast(String word) {
        String w = DateLexicon.fold(word);
        if (lexicon.is("past", w)) {
            return true;
        }
        if (!word.equals(w) || lexicon.is("not-past", w)) {
            return false; // a capitalised word is a name more often than a verb
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
