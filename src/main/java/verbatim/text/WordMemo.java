package verbatim.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The answers of a lookup by word, kept so that a word asked again is not looked up again: the lexicons and the
 * elision repair answer the same few thousand words for every paragraph of an archive. The lookup must give the same
 * answer for the same word every time, and never null. Safe to share between threads; it holds at most {@code limit}
 * words and forgets them all when full, so its memory stays bounded whatever the archive.
 *
 * <p>Example: {@code new WordMemo<>(10_000, lexicon::description).get("navigatrice")} is 'f', looked up once.
 *
 * @param <V> the answer's type
 */
public final class WordMemo<V> {

    private final int limit;
    private final Function<String, V> lookup;
    private final Map<String, V> answers = new ConcurrentHashMap<>();

    /**
     * A memo of {@code lookup} holding at most {@code limit} words.
     *
     * @throws IllegalArgumentException when {@code limit} is below 1
     */
    public WordMemo(int limit, Function<String, V> lookup) {
        if (limit < 1) {
            throw new IllegalArgumentException("a memo holds at least one word: " + limit);
        }
        this.limit = limit;
        this.lookup = lookup;
    }

    /** The lookup's answer for {@code word}, as it gave it the first time. */
    public V get(String word) {
        V known = answers.get(word);
        if (known != null) {
            return known;
        }
        V answer = lookup.apply(word);
        if (answers.size() >= limit) {
            answers.clear();
        }
        answers.put(word, answer);
        return answer;
    }

    /** How many words it holds now. */
    public int size() {
        return answers.size();
    }
}
