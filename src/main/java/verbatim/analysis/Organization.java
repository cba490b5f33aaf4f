package verbatim.analysis;

import java.util.List;
import verbatim.analysis.reading.Span;

/** An organisation named in an article ("Anthropic"), with the places it is named. */
public record Organization(String name, List<Span> mentions) {
    public Organization {
        mentions = List.copyOf(mentions);
    }
}
