package verbatim.analysis.dates;

import verbatim.analysis.reading.Span;

/**
 * A calendar reference: the words that carry it and its ISO value at the precision written.
 *
 * <p>Example: "le 9 février" in an article of 2026-02-12 gives value "2026-02-09"; "En 2019" gives "2019".
 */
public record DateMention(String text, String value, Span span) {
}
