package verbatim.analysis.speakers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import verbatim.analysis.reading.Mention;
import verbatim.analysis.reading.Reading;

/**
 * The person an interview-style story is about, to whom its unattributed quotations belong.
 *
 * <p>A story is about one person when at least three quarters of the quotations attributed in it, and three
 * or more, are theirs, that person is the most named one in the article, and the first paragraph names them. A press-conference
 * story about a skipper, with « Son meilleur souvenir ? « La dernière nuit. » », gives that quotation to the
 * skipper; a story quoting a minister, then a union leader, then a mayor has no focus, and its unattributed
 * quotations stay without a speaker.
 */
public final class Focus {

    private final References refs;

    Focus(References refs) {
        this.refs = refs;
    }

    /** The person in focus given the speakers found so far, or null when the story is not about one person. */
    public String person(List<SpeakerResolver.Found> speakers) {
        Map<String, Integer> said = new HashMap<>();
        int total = 0;
        for (SpeakerResolver.Found f : speakers) {
            if (f.name() != null && f.how() != Attribution.FOCUS) {
                total++;
                said.merge(f.name(), 1, Integer::sum);
            }
        }
        String top = null;
        for (Map.Entry<String, Integer> e : said.entrySet()) {
            if (top == null || e.getValue() > said.get(top)
                    || e.getValue().equals(said.get(top)) && e.getKey().compareTo(top) < 0) {
                top = e.getKey();
            }
        }
        if (top == null || !refs.isPerson(top)) {
            return null;
        }
        int n = said.get(top);
        boolean mostly = n >= 3 && 4 * n >= 3 * total;
        return mostly && mostNamed(top) && namedInTheLead(top) ? top : null;
    }

    /**
     * The person an interview is with when its quotations that say nothing of their speaker each stand alone in their
     * paragraph, after an intertitle or a question (« Sur la finale… ¶ « … » »), and outnumber those the story
     * attributes itself (a closing « Son mari confirme : « … » »): the subject of the first paragraph, when a person,
     * not in a prepositional phrase, and the most named one. Null otherwise.
     */
    String interviewee(List<SpeakerResolver.Found> speakers, Syntax syntax, Reading reading, int answers) {
        if (speakers.stream().filter(f -> f.name() != null).count() >= answers) {
            return null; // a story that attributes as many quotations itself is no interview
        }
        for (Mention m : refs.in(1)) {
            if (m.quoted() || m.kind() == Mention.Kind.PRONOUN || m.kind() == Mention.Kind.DESCRIPTION) {
                continue;
            }
            if (syntax.inPrepositionalPhrase(reading.words(1), m)) {
                continue; // « aux dépens de Simona X »
            }
            return m.kind() == Mention.Kind.PERSON && mostNamed(m.name()) ? m.name() : null;
        }
        return null;
    }

    /** True when the person is named in the first paragraph, where a story says whom it is about. */
    private boolean namedInTheLead(String person) {
        return refs.in(1).stream().anyMatch(m -> m.kind() == Mention.Kind.PERSON && m.name().equals(person));
    }

    private boolean mostNamed(String person) {
        int own = refs.mentionsOf(person);
        for (Mention m : refs.all()) {
            if (m.kind() == Mention.Kind.PERSON && !m.name().equals(person) && refs.mentionsOf(m.name()) > own) {
                return false;
            }
        }
        return own > 0;
    }
}
