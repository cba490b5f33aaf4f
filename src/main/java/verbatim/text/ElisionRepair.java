package verbatim.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import verbatim.text.internal.Elision;
import verbatim.text.internal.Lexicon;

/**
 * Restores French apostrophes lost in scraped text, only where a dictionary makes the repair unambiguous.
 *
 * <p>A word is repaired when it is not a French word but splits into an elided word (l, d, j, m, n, s, t, c, qu,
 * jusqu, lorsqu, puisqu, quoiqu) and a word that admits that elision: "lIA est" → "l'IA est", "quon devrait"
 * → "qu'on devrait", "Lappel" at the start of a sentence → "L'appel". Real words stay ("lest", "sais", "mur"),
 * except in a few contexts that rule their own reading out: "dune intelligence" → "d'une intelligence" while
 * "une dune" stays; "plus puissante quelle ?" → "plus puissante qu'elle ?" while "quelle est" stays; "sil
 * vous plaît", "il na pas" (more in {@code lexicon/elision-rules-fr.txt}). A word next to an English stop word,
 * part of a URL, or after a hyphen is left alone. The apostrophe added is the one the paragraph already uses
 * most, straight (') by default, curly (’) if it uses more of those.
 */
public final class ElisionRepair {

    /** One repair: the word as found, as repaired, and its offset in the input. */
    public record Fix(int offset, String before, String after) {
    }

    /** The repaired text and the list of fixes made. */
    public record Result(String text, List<Fix> fixes) {
    }

    private static final class French {
        static final ElisionRepair INSTANCE = new ElisionRepair(Lexicon.french(),
                WordList.load("elision-noun-context-fr.txt"), WordList.load("elision-comparatives-fr.txt"),
                WordList.load("stopwords-fr.txt"), WordList.load("stopwords-en.txt"),
                ContextRule.load("elision-rules-fr.txt"));
    }

    private static final String VOWELS = "AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆ";

    private final Lexicon lexicon;
    private final Set<String> nounContext;
    private final Set<String> comparatives;
    private final Set<String> french;
    private final Set<String> english;
    private final Map<String, ContextRule> rules;
    /** The words {@link #repairRealWord} has a rule of its own for. */
    private static final Set<String> REAL_WORDS = Set.of("dune", "sil", "sils", "quelle", "quelles");
    /** The most words {@link #mayRepair} keeps its answer for (a few megabytes at most). */
    private static final int MAY_REPAIR = 50_000;
    private final WordMemo<Boolean> mayRepair = new WordMemo<>(MAY_REPAIR, this::repairable);

    private ElisionRepair(Lexicon lexicon, Set<String> nounContext, Set<String> comparatives, Set<String> french,
            Set<String> english, Map<String, ContextRule> rules) {
        this.lexicon = lexicon;
        this.nounContext = nounContext;
        this.comparatives = comparatives;
        this.french = french;
        this.english = english;
        this.rules = rules;
    }

    /** The shared instance for French; loads its dictionary once, on first use. */
    public static ElisionRepair french() {
        return French.INSTANCE;
    }

    /** Repairs one paragraph of French text (or several, one a line). */
    public Result repair(String text) {
        List<Token> tokens = Token.split(text);
        List<Fix> fixes = new ArrayList<>();
        StringBuilder out = new StringBuilder(text.length() + 16);
        int copied = 0;
        for (int k = 0; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if (!mayRepair(token.word())) {
                continue; // no context repairs it
            }
            String repaired = repair(text, tokens, k);
            if (repaired == null) {
                continue;
            }
            String after = repaired.replace('\'', apostropheOf(text, token.start()));
            fixes.add(new Fix(token.start(), token.word(), after));
            out.append(text, copied, token.start()).append(after);
            copied = token.end();
        }
        if (fixes.isEmpty()) {
            return new Result(text, List.of());
        }
        out.append(text, copied, text.length());
        return new Result(out.toString(), List.copyOf(fixes));
    }

    /**
     * Whether some context may repair the word, as {@link #repair(String, List, int)} would: a French word only by a
     * context rule ("dune", "sil", "quelle", those of {@code elision-rules-fr.txt}), any other word only when it splits
     * into an elision and a word that admits it, at the start of a sentence or not. False for nearly every word, and
     * then the word's context is not looked at. Depends on the word alone, so the answer is kept ({@link #MAY_REPAIR}
     * words at most, all forgotten when full): a text repeats the same few thousand words.
     */
    private boolean mayRepair(String word) {
        return word.length() >= 2 && mayRepair.get(word);
    }

    /** What {@link #mayRepair} answers for a word of two letters or more, looked up the long way. */
    private boolean repairable(String word) {
        if (isWord(word)) {
            return REAL_WORDS.contains(word) || rules.containsKey(word);
        }
        for (Elision elision : Elision.LONGEST_FIRST) {
            if (split(word, elision, false) != null || split(word, elision, true) != null) {
                return true;
            }
        }
        return false;
    }

    /** The repaired word with a straight apostrophe, or null to leave it. */
    private String repair(String text, List<Token> tokens, int k) {
        Token token = tokens.get(k);
        String word = token.word();
        if (word.length() < 2 || !token.standsAlone(text) || insideAddress(text, token)) {
            return null;
        }
        Token previous = k > 0 && tokens.get(k - 1).adjacentTo(text, token) ? tokens.get(k - 1) : null;
        Token next = k + 1 < tokens.size() && token.adjacentTo(text, tokens.get(k + 1)) ? tokens.get(k + 1) : null;
        if (isEnglish(previous) || isEnglish(next)) {
            return null;
        }
        if (isWord(word)) {
            return repairRealWord(text, tokens, k, previous, next);
        }
        boolean sentenceStart = startsSentence(text, token.start());
        String found = null;
        for (Elision elision : Elision.LONGEST_FIRST) {
            String candidate = split(word, elision, sentenceStart);
            if (candidate != null) {
                if (found != null) {
                    return null; // two readings: ambiguous
                }
                found = candidate;
            }
        }
        return found;
    }

    /** "lIA" → "l'IA" when the elision fits, else null. */
    private String split(String word, Elision elision, boolean sentenceStart) {
        String prefix = elision.prefix();
        if (word.length() <= prefix.length()) {
            return null;
        }
        String head = word.substring(0, prefix.length());
        String rest = word.substring(prefix.length());
        boolean lower = head.equals(prefix);
        boolean capital = sentenceStart && head.equals(capitalized(prefix));
        if (!lower && !capital) {
            return null;
        }
        if (capital && !Character.isLowerCase(rest.charAt(0))) {
            return null; // "LIA", "DAnthropic": too unsure
        }
        if (elision == Elision.C && rest.length() == 1) {
            return null; // "ca" is "ça" without its cedilla, or "ç'a", never "c'a"
        }
        int mask = lexicon.elisions(rest);
        if (mask < 0 && lower && rest.equals(capitalized(lower(rest)))) {
            mask = lexicon.elisions(lower(rest)); // "lAcadémie": a capitalised common noun
        }
        boolean fits = mask > 0 && (mask & elision.bit()) != 0;
        if (!fits && lower && isAcronym(rest)) {
            fits = elision == Elision.L || elision == Elision.D || elision == Elision.QU;
        }
        return fits ? head + "'" + rest : null;
    }

    /** The context rules for real words that hide an elision: dune, quelle(s), sil(s). */
    private String repairRealWord(String text, List<Token> tokens, int k, Token previous, Token next) {
        String word = tokens.get(k).word();
        switch (word) {
            case "dune" -> {
                // "d'une" starts a noun phrase: "dune intelligence"; "une dune", "dune et plage" stay.
                boolean startsNounPhrase = next != null && isLowerCaseWord(next.word())
                        && !french.contains(next.word()) && !nounContext.contains(next.word());
                return startsNounPhrase && !isNounContext(previous) ? "d'une" : null;
            }
            case "sil", "sils" -> {
                // "s'il" comes before a verb or a pronoun: "sil vous plaît", "sil faut"; "le sil de la roche" stays.
                boolean startsClause = next != null && isLowerCaseWord(next.word())
                        && !nounContext.contains(next.word()) && !next.word().equals("et");
                return startsClause && !isNounContext(previous) ? "s'" + word.substring(1) : null;
            }
            case "quelle", "quelles" -> {
                if (!beforePunctuation(text, tokens.get(k).end()) || !afterComparative(text, tokens, k)) {
                    return null;
                }
                return "qu'" + word.substring(2);
            }
            default -> {
                ContextRule rule = rules.get(word);
                if (rule == null || isNounContext(previous)) {
                    return null;
                }
                return rule.matches(previous == null ? null : lower(previous.word()),
                        next == null ? null : lower(next.word())) ? rule.repair() : null;
            }
        }
    }

    private boolean isNounContext(Token previous) {
        return previous != null && nounContext.contains(lower(previous.word()));
    }

    private boolean isLowerCaseWord(String word) {
        return Character.isLowerCase(word.charAt(0)) && isWord(word);
    }

    private boolean afterComparative(String text, List<Token> tokens, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            if (!tokens.get(j).adjacentTo(text, tokens.get(j + 1))) {
                return false;
            }
            if (comparatives.contains(lower(tokens.get(j).word()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean beforePunctuation(String text, int end) {
        int i = end;
        while (i < text.length() && Character.isSpaceChar(text.charAt(i))) {
            i++;
        }
        return i == text.length() || "?!.,;:…»)\n".indexOf(text.charAt(i)) >= 0;
    }

    /** Whether Hunspell would accept the word: as it is, or in lower case when capitalised or all capitals. */
    private boolean isWord(String word) {
        if (lexicon.contains(word)) {
            return true;
        }
        String lower = lower(word);
        if (word.equals(word.toUpperCase(Locale.ROOT))) {
            return lexicon.contains(lower) || lexicon.contains(capitalized(lower));
        }
        return word.equals(capitalized(lower)) && lexicon.contains(lower);
    }

    private boolean isEnglish(Token token) {
        return token != null && english.contains(lower(token.word()));
    }

    private static boolean isAcronym(String rest) {
        return rest.length() >= 2 && rest.length() <= 6 && VOWELS.indexOf(rest.charAt(0)) >= 0
                && rest.equals(rest.toUpperCase(Locale.ROOT));
    }

    /** Whether the word at this offset begins a paragraph, a sentence or a quotation. */
    private static boolean startsSentence(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && (Character.isSpaceChar(text.charAt(i)) || "\"“(".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?…«\n\r".indexOf(text.charAt(i)) >= 0;
    }

    /** Whether the word is part of a URL, an e-mail address or a file name. */
    private static boolean insideAddress(String text, Token token) {
        int start = token.start();
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = token.end();
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        String chunk = text.substring(start, end);
        return chunk.contains("/") || chunk.contains("@") || chunk.contains("_") || chunk.contains("www.")
                || token.end() + 1 < text.length() && text.charAt(token.end()) == '.'
                        && Character.isLetter(text.charAt(token.end() + 1));
    }

    /** The apostrophe of the line holding this offset: curly if it has more curly than straight ones. */
    private static char apostropheOf(String text, int offset) {
        int start = text.lastIndexOf('\n', offset) + 1;
        int end = text.indexOf('\n', offset);
        end = end < 0 ? text.length() : end;
        int straight = 0;
        int curly = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                straight++;
            } else if (c == '’') {
                curly++;
            }
        }
        return curly > straight ? '’' : '\'';
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    /** A run of letters in the text. */
    private record Token(String word, int start, int end) {

        static List<Token> split(String text) {
            List<LetterRun> runs = LetterRun.in(text);
            Token[] tokens = new Token[runs.size()];
            for (int i = 0; i < tokens.length; i++) {
                LetterRun run = runs.get(i);
                tokens[i] = new Token(run.word(), run.start(), run.end());
            }
            return List.of(tokens);
        }

        /**
         * Not glued to an apostrophe, a digit or a combining mark, nor after a hyphen: "aujourd'hui", "B2B" and
         * the "Luc" of "Jean-Luc" are not words of their own; "nest" in "nest-ce" is.
         */
        boolean standsAlone(String text) {
            boolean afterHyphen = start > 0 && "-‐".indexOf(text.charAt(start - 1)) >= 0;
            return !afterHyphen && !gluing(text, start - 1) && !gluing(text, end);
        }

        private static boolean gluing(String text, int i) {
            return i >= 0 && i < text.length() && ("'’ʼ_".indexOf(text.charAt(i)) >= 0
                    || Character.isDigit(text.charAt(i)) || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK);
        }

        /** Whether only spaces separate this token from the next one. */
        boolean adjacentTo(String text, Token next) {
            for (int i = end; i < next.start; i++) {
                if (!Character.isSpaceChar(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
