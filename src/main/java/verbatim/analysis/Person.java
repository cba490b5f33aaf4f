package verbatim.analysis;

import java.util.List;
import verbatim.analysis.reading.Span;

/**
 * A person named in an article.
 *
 * @param name     the canonical name: the longest form of the name used in the article ("Mrinank Sharma")
 * @param gender   'f', 'm' or '?' when unknown
 * @param mentions every place the person is named, by full name, surname or first name
 */
public record Person(String name, char gender, List<Span> mentions) {
    public Person {
        mentions = List.copyOf(mentions);
    }
}
