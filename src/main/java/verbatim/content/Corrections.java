package verbatim.content;

import java.util.List;
import java.util.Map;

/**
 * The editor's corrections of what Verbatim found in an article, as written in the original's front matter:
 *
 * <pre>
 * quotes:
 *   - paragraph: 3
 *     text: "devra tenir"        # any unique part of the quotation's text in that paragraph
 *     speaker: Anne Morel        # the speaker to show
 *   - paragraph: 5
 *     text: "durable"
 *     speaker: none              # nobody's words (a term, a title): left out of the quote index
 * people:
 *   aliases: {"la Bretonne": "Anne Morel"}
 *   not: [Saint Martin]
 * </pre>
 *
 * <p>{@code people:} may also be a plain list of names, as Hugo's taxonomies write it ({@code people: [Anne
 * Morel, Paul Rivet]}): the people the article names, each listed as a person even where the analysis missed
 * them.
 *
 * @param quotes  corrections of single quotations, in file order
 * @param aliases descriptions or short forms that name a person, to that person's name, in file order
 * @param notPeople names found as people that are not people
 * @param declared  people the editor lists as named in the article ({@code people:} written as a list)
 * @param line    the file line of the {@code quotes:} key, for messages (0 when absent)
 * @param peopleLine the file line of the {@code people:} key, for messages (0 when absent)
 */
public record Corrections(List<QuoteCorrection> quotes, Map<String, String> aliases, List<String> notPeople,
                          List<String> declared, int line, int peopleLine) {

    /** No correction at all. */
    public static final Corrections NONE = new Corrections(List.of(), Map.of(), List.of(), List.of(), 0, 0);

    public Corrections {
        quotes = List.copyOf(quotes);
        aliases = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(aliases));
        notPeople = List.copyOf(notPeople);
        declared = List.copyOf(declared);
    }

    /** Corrections whose {@code people:} line is not known. */
    public Corrections(List<QuoteCorrection> quotes, Map<String, String> aliases, List<String> notPeople,
                       List<String> declared, int line) {
        this(quotes, aliases, notPeople, declared, line, 0);
    }

    /** Corrections of quotations and people, with no declared list. */
    public Corrections(List<QuoteCorrection> quotes, Map<String, String> aliases, List<String> notPeople, int line) {
        this(quotes, aliases, notPeople, List.of(), line);
    }

    public boolean isEmpty() {
        return quotes.isEmpty() && aliases.isEmpty() && notPeople.isEmpty() && declared.isEmpty();
    }

    /**
     * One quotation's correction.
     *
     * @param paragraph the 1-based paragraph of the quotation
     * @param text      a part of the quotation's text that only it holds in that paragraph
     * @param speaker   the speaker to show, or null for {@code none} (not somebody's words)
     * @param line      the file line of the entry
     */
    public record QuoteCorrection(int paragraph, String text, String speaker, int line) {
    }
}
