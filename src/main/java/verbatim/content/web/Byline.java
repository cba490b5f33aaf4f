package verbatim.content.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The author's name as the page shows it in its byline, for pages whose metadata names none: the schema.org
 * microdata {@code itemprop=author} (its {@code itemprop=name} when it has one), else a {@code rel=author}
 * link, else an element whose class says byline or author.
 *
 * <p>Example: {@code <p class="byline">By <a rel="author">Dan Goodin</a> - Apr 16, 2015 8:02 pm UTC</p>} →
 * "Dan Goodin"; {@code <cite class="byline">By ANA LIMA March 11, 2015</cite>} → "Ana Lima";
 * {@code <span class="auteur">Léa Bon (avec Paul Roy)</span>} → "Léa Bon".
 */
final class Byline {

    private static final String PLACES = "[itemprop=author], a[rel=author], [class~=(?i)(^|[\\s_-])(byline|author"
            + "|authors|auteur|auteurs|signature)([\\s_-]|$)]";
    private static final Pattern LEAD = Pattern.compile(
            "(?iu)^(?:(?:written|posted|reported|story)\\s+)?(?:by|par|de|texte|text)\\s*:?\\s+");
    private static final Pattern NAME_WORD = Pattern.compile("(?u)\\p{Lu}[\\p{L}'’-]*\\.?|\\p{Lu}\\.(?:-?\\p{Lu}\\.)*");
    private static final Set<String> PARTICLES = Set.of("de", "du", "des", "d'", "van", "von", "der", "den", "la",
            "le", "da", "di", "del", "dos", "bin", "al", "el", "ben", "ter", "mc");
    private static final Set<String> JOINS = Set.of("and", "et", "&", ",");
    private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
            "sept.", "sep.", "oct.", "nov.", "dec.", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
            "dimanche", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
            "octobre", "novembre", "décembre", "updated", "published", "posted", "mis", "publié", "staff",
            "follow", "suivre", "email", "share", "the", "le", "la", "les", "associated", "reuters", "afp", "editor",
            "correspondent", "reporter", "writer", "contributor", "columnist", "photographer", "journaliste",
            "rédacteur", "rédactrice", "envoyé", "envoyée", "chief", "senior");

    private Byline() {
    }

    /** The author the page's byline names, or null when it names none that reads as a person's name. */
    static String author(Document doc) {
        for (Element e : doc.select(PLACES)) {
            if (e.parents().stream().anyMatch(p -> Boilerplate.reason(p)
                    .filter(r -> r.equals("comments") || r.equals("read also")).isPresent())) {
                continue;
            }
            // the name the byline marks (microdata, a link to the author's page), else its whole text
            List<String> texts = new ArrayList<>();
            for (Element named : e.select("[itemprop=name], a")) {
                texts.add(named.hasAttr("content") ? named.attr("content") : named.text());
            }
            texts.add(e.text());
            for (String raw : texts) {
                String name = name(raw);
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /**
     * The name a byline's text begins with, its leading "By" and everything after the name left out, or null.
     * Example: "By Nelson D. Schwartz and Ana Lima Sept. 25, 2018" → "Nelson D. Schwartz and Ana Lima".
     */
    static String name(String byline) {
        String text = LEAD.matcher(byline.replaceAll("[\\s\\u00A0]+", " ").strip()).replaceFirst("");
        if (text.isEmpty() || text.length() > 200) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        int names = 0;
        for (String word : text.replace(",", " , ").split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (NAME_WORD.matcher(word).matches() && !NOT_NAMES.contains(lower)) {
                kept.add(word);
                names++;
            } else if (PARTICLES.contains(lower) && !kept.isEmpty() || JOINS.contains(lower) && names > 0) {
                kept.add(word);
            } else {
                break;
            }
        }
        while (!kept.isEmpty() && (JOINS.contains(kept.get(kept.size() - 1).toLowerCase(Locale.ROOT))
                || PARTICLES.contains(kept.get(kept.size() - 1).toLowerCase(Locale.ROOT)))) {
            kept.remove(kept.size() - 1);
        }
        long capitals = kept.stream().filter(w -> NAME_WORD.matcher(w).matches()).count();
        if (capitals < 2 || kept.size() > 12) {
            return null;
        }
        String name = String.join(" ", kept).replace(" ,", ",");
        return name.equals(name.toUpperCase(Locale.ROOT)) ? title(name) : name;
    }

    /** "ANA LIMA-ROY" → "Ana Lima-Roy". */
    private static String title(String upper) {
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char c : upper.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'' && c != '’';
        }
        return out.toString();
    }
}
