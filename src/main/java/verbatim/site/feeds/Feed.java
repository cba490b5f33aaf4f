package verbatim.site.feeds;

import java.time.Instant;
import java.util.List;

/**
 * An Atom 1.0 feed (RFC 4287, section 4.1.1) before it is written: the required {@code id}, {@code title},
 * {@code updated} and {@code author}, the feed's own address and the page it belongs to, then its entries.
 *
 * <p>Links are written as given: absolute when the site has a base URL, otherwise relative to the feed file
 * (RFC 4287 allows relative references, resolved against the feed's address). Ids are always absolute IRIs.
 *
 * @param id        a permanent absolute IRI ({@code tag:archive.example.org,2026:fr})
 * @param title     the feed title, in {@code lang}
 * @param lang      the feed's language, written as {@code xml:lang}
 * @param updated   when the newest entry was published; never the clock
 * @param author    the name credited for the feed (the site title)
 * @param self      the feed's own address ({@code rel="self"})
 * @param page      the HTML page the feed follows ({@code rel="alternate"})
 * @param entries   newest first
 */
public record Feed(String id, String title, String lang, Instant updated, String author, String self, String page,
                   List<Entry> entries) {

    public Feed {
        entries = List.copyOf(entries);
    }

    /**
     * One entry (RFC 4287, section 4.1.2).
     *
     * @param id           a permanent absolute IRI
     * @param title        the entry title, in {@code lang}
     * @param lang         the language of the title and text, written as {@code xml:lang}
     * @param published    when it was published (midnight UTC of its date when no time is known)
     * @param link         its page ({@code rel="alternate"})
     * @param translations the same entry in other languages, each a {@code rel="alternate"} link with its
     *                     {@code hreflang}; only real translations
     * @param summary      a short text, or null
     * @param summaryLang  the summary's language when it differs from {@code lang} (a quotation's article
     *                     title), or null
     * @param content      the full text (plain text), or null
     * @param categories   what the entry is filed under ({@code <category>}), such as an article of the feed that
     *                     is not in the feed's language
     */
    public record Entry(String id, String title, String lang, Instant published, String link,
                        List<Alternate> translations, String summary, String summaryLang, String content,
                        List<Category> categories) {
        public Entry {
            translations = List.copyOf(translations);
            categories = List.copyOf(categories);
        }
    }

    /**
     * A category of an entry (RFC 4287, section 4.2.2): {@code term} for programs, {@code label} for readers, in
     * {@code labelLang} (written as {@code xml:lang} when it is not the entry's language).
     */
    public record Category(String term, String label, String labelLang) {
    }

    /** A link to the same thing in another language. */
    public record Alternate(String lang, String href) {
    }
}
