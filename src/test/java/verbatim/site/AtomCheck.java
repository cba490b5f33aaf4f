package verbatim.site;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** Reads an Atom document with ROME and lists what RFC 4287 requires that it lacks. */
final class AtomCheck {

    private AtomCheck() {
    }

    /** The feed as ROME reads it; fails on XML that is not an Atom 1.0 feed. */
    static Feed read(String xml) throws Exception {
        WireFeedInput in = new WireFeedInput();
        in.setXmlHealerOn(false);
        Feed feed = (Feed) in.build(new StringReader(xml));
        if (!"atom_1.0".equals(feed.getFeedType())) {
            throw new AssertionError("not Atom 1.0: " + feed.getFeedType());
        }
        return feed;
    }

    /**
     * The problems of a feed against RFC 4287 section 4.1: a feed has an absolute id, a title, an updated date
     * and an author (or every entry has one), a self link; each entry an absolute id, a title, an updated date,
     * and an alternate link or content.
     */
    static List<String> problems(Feed feed) {
        List<String> out = new ArrayList<>();
        if (!absolute(feed.getId())) {
            out.add("feed id is not an absolute IRI: " + feed.getId());
        }
        if (feed.getTitleEx() == null || feed.getTitleEx().getValue().isBlank()) {
            out.add("feed has no title");
        }
        if (feed.getUpdated() == null) {
            out.add("feed has no updated");
        }
        boolean allEntriesHaveAuthors = feed.getEntries().stream().allMatch(e -> !e.getAuthors().isEmpty());
        if (feed.getAuthors().isEmpty() && !allEntriesHaveAuthors) {
            out.add("feed has no author");
        }
        if (feed.getOtherLinks().stream().noneMatch(l -> "self".equals(l.getRel()))) {
            out.add("feed has no rel=self link");
        }
        for (Entry e : feed.getEntries()) {
            if (!absolute(e.getId())) {
                out.add("entry id is not an absolute IRI: " + e.getId());
            }
            if (e.getTitleEx() == null || e.getTitleEx().getValue().isBlank()) {
                out.add("entry " + e.getId() + " has no title");
            }
            if (e.getUpdated() == null) {
                out.add("entry " + e.getId() + " has no updated");
            }
            List<Link> alternates = e.getAlternateLinks();
            if (alternates.isEmpty() && e.getContents().isEmpty()) {
                out.add("entry " + e.getId() + " has neither an alternate link nor content");
            }
            long plain = alternates.stream().filter(l -> l.getHreflang() == null).count();
            if (plain > 1) {
                out.add("entry " + e.getId() + " has two alternate links of the same type and language");
            }
        }
        return out;
    }

    private static boolean absolute(String iri) {
        try {
            return iri != null && URI.create(iri).isAbsolute();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
