package verbatim.text;

import java.util.Locale;
import java.util.Set;

/**
 * Guesses the language of a text among those Verbatim knows ("fr", "en") by counting stop words.
 *
 * <p>Example: "Le monde est en péril, écrit-il dans sa lettre" → "fr"; "The world is in peril, he wrote" → "en".
 * A tie, including a text with no stop word at all, gives "fr".
 */
public final class Language {

    private static final Set<String> FRENCH = WordList.load("stopwords-fr.txt");
    private static final Set<String> ENGLISH = WordList.load("stopwords-en.txt");

    private Language() {
    }

    /** Returns "fr" or "en" for the given text. */
    public static String detect(String text) {
        int french = 0;
        int english = 0;
        for (LetterRun run : LetterRun.in(text)) {
            String word = run.word().toLowerCase(Locale.ROOT);
            if (FRENCH.contains(word)) {
                french++;
            } else if (ENGLISH.contains(word)) {
                english++;
            }
        }
        return english > french ? "en" : "fr";
    }
}
