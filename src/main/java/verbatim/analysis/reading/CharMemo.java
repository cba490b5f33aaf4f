package verbatim.analysis.reading;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

/**
 * The answers of a lookup that gives a character for a word (a gender, a kind), kept so that a word asked again is
 * not looked up again: the lexicon answers the same few thousand words for every paragraph of an archive. The lookup
 * must give the same answer for the same word every time. Safe to share between threads; it holds at most
 * {@code limit} words and forgets them all when full, so its memory stays bounded whatever the archive.
 *
 * <p>Example: {@code new CharMemo(10_000, lexicon::description).get("navigatrice")} is 'f', looked up once.
 */
final class CharMemo {

    private final int limit;
    private final ToIntFunction<String> lookup;
    private final Map<String, Character> answers = new ConcurrentHashMap<>();

    /** A memo of {@code lookup} (a character as an {@code int}) holding at most {@code limit} (1 or more) words. */
    CharMemo(int limit, ToIntFunction<String> lookup) {
        if (limit < 1) {
            throw new IllegalArgumentException("a memo holds at least one word: " + limit);
        }
        this.limit = limit;
        this.lookup = lookup;
    }

    /** The lookup's answer for {@code word}, as it gave it the first time. */
    char get(String word) {
        Character known = answers.get(word);
        if (known != null) {
            return known;
        }
        char answer = (char) lookup.applyAsInt(word);
        if (answers.size() >= limit) {
            answers.clear();
        }
        answers.put(word, answer);
        return answer;
    }

    /** How many words it holds now. */
    int size() {
        return answers.size();
    }
}
