package verbatim.content.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import verbatim.text.ElisionRepair;

/**
 * Finds the article's body in a page and walks it block by block: paragraphs, intertitles and quotations are
 * kept, everything {@link Boilerplate} names is dropped and listed.
 *
 * <p>The body is the first of the usual containers ({@code [itemprop=articleBody]}, {@code .entry-content},
 * {@code .field--name-body}, …) that holds paragraphs, all of them when the body is split in several; else
 * the element whose child paragraphs hold the most text, with its siblings that hold a good share too.
 */
final class Extractor {

    private static final String ROOTS = "[itemprop=articleBody], .entry-content, .post-content, .article-body, "
            + ".article__body, .articleBody, .article-content, .article__content, .story-body, .story-content, "
            + ".field--name-body, .field-name-body, .c-article-body, .article-text, .content-body, .post-body, "
            + ".td-post-content, .single-content, .text-body, [data-testid=article-body], .live-content, "
            + ".liveblog, .live-blog, .article-body-wrapper";
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header",
            "footer", "aside", "nav", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "figure", "figcaption", "table", "form", "hr", "pre", "address", "details", "summary",
            "iframe", "amp-img", "amp-ad", "amp-embed", "amp-iframe", "amp-twitter", "amp-instagram",
            "amp-social-share", "amp-carousel", "amp-video", "amp-youtube", "amp-facebook", "img", "picture",
            "video", "audio", "svg", "button");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "link", "meta",
            "head", "title", "object", "param", "source", "track");
    private static final Pattern EMBED = Pattern.compile(
            "(?i).*\\b(twitter-tweet|bluesky-embed|mastodon-embed|instagram-media|tiktok-embed|text-post-media"
                    + "|threads-embed|fb-xfbml-parse-ignore)\\b.*");
    private static final Pattern DASH_AUTHOR = Pattern.compile("[—–]\\s*([^—–]+)$");
    private static final String EMBED_SELECTOR = "blockquote.twitter-tweet, blockquote.bluesky-embed, "
            + "blockquote.mastodon-embed, blockquote.instagram-media, blockquote.tiktok-embed, "
            + "blockquote.text-post-media";
    private static final Pattern SHARED_BY = Pattern.compile(
            "(?i)(?:a post shared by|une publication partagée par|publication partagée par)\\s+([^(@]+?)\\s*\\(?@.*");
    private static final Pattern BYLINE_TEXT = Pattern.compile(
            "(?u)^(?:Par|By|De|Texte)\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|et|and|de|du|van|von|,))*"
                    + "(?:\\s*[,|–—-]\\s*.{0,60})?$");
    private static final String STANDFIRST = "[class*=chapo], [class*=chapeau], [class*=standfirst], "
            + "[class*=subtitle], [class*=subhead], [class*=lede], [class*=excerpt], [class*=__desc], [class*=-desc], "
            + "[class~=(?i)(^|\\s)(dek|desc|description|intro|summary)(\\s|$)], h1 + h2, h1 + p";
    private static final int MIN_SCORED = 25;

    private final ElisionRepair repair;
    private final String headline;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Dropped> dropped = new ArrayList<>();
    private final List<PageArticle.Repair> repairs = new ArrayList<>();
    private final Set<Element> roots = new LinkedHashSet<>();
    private final List<Element> listed = new ArrayList<>();

    /**
     * @param repair   the French elision repair, or null for a language without one
     * @param headline the page's headline, to drop where the body repeats it, or null
     */
    Extractor(ElisionRepair repair, String headline) {
        this.repair = repair;
        this.headline = headline == null ? null : normal(headline);
    }

    /** Reads the article out of the page; the document is changed. */
    Extract extract(Document doc) {
        doc.select("script, style, noscript, template").remove();
        Element body = doc.body();
        roots.addAll(findRoots(body));
        listHeadAndByline(body);
        for (Element root : roots) {
            walk(root);
        }
        dropPullQuotes();
        listOutside(body);
        dropped.addAll(Outside.summary(body, this::outside, listed,
                e -> boilerplateAncestor(e, body).orElse("page")));
        return new Extract(blocks, dropped, repairs);
    }

    /** What one page gave: the kept paragraphs, the dropped blocks and the repairs. */
    record Extract(List<Block> blocks, List<Dropped> dropped, List<PageArticle.Repair> repairs) {
    }

    // ---- finding the body -------------------------------------------------------------------------------

    private List<Element> findRoots(Element body) {
        List<Element> found = new ArrayList<>();
        for (Element e : body.select(ROOTS)) {
            if (found.stream().noneMatch(f -> e.parents().contains(f)) && paragraphText(e) >= 150
                    && boilerplateAncestor(e, body).isEmpty()) {
                found.add(e);
            }
        }
        if (!found.isEmpty()) {
            return found;
        }
        return scored(body);
    }

    private List<Element> scored(Element body) {
        Map<Element, Double> score = new HashMap<>();
        for (Element p : body.select("p, div, span, li")) {
            if (!isParagraph(p)) {
                continue;
            }
            int length = p.text().length();
            if (length < MIN_SCORED || linkDensity(p) > 0.5 || boilerplateAncestor(p, body).isPresent()) {
                continue;
            }
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            score.merge(parent, (double) length, Double::sum);
            if (parent.parent() != null && parent != body) {
                score.merge(parent.parent(), length / 2.0, Double::sum);
            }
        }
        Element top = null;
        for (Map.Entry<Element, Double> e : score.entrySet()) {
            if (top == null || e.getValue() > score.get(top)) {
                top = e.getKey();
            }
        }
        if (top == null) {
            return List.of(body);
        }
        double best = score.get(top);
        // the first paragraphs straight in a container, the rest in a block of it (a "read more" fold): the
        // container is the body
        Element up = top.parent();
        if (up != null && up != body && ownParagraphs(up) >= 0.2 * best && Boilerplate.reason(up).isEmpty()) {
            top = up;
            best = score.getOrDefault(up, best);
        }
        List<Element> out = new ArrayList<>();
        Element parent = top.parent();
        for (Element sibling : parent == null ? List.of(top) : parent.children()) {
            if (sibling == top || score.getOrDefault(sibling, 0.0) >= 0.2 * best
                    && Boilerplate.reason(sibling).isEmpty()) {
                out.add(sibling);
            }
        }
        return out;
    }

    /**
     * The text of the paragraphs that are children of {@code e}, as scored, when there are two at least; a
     * standfirst or a block that reads as boilerplate does not count.
     */
    private static int ownParagraphs(Element e) {
        int sum = 0;
        int count = 0;
        for (Element c : e.children()) {
            if (c.normalName().equals("p") && c.text().length() >= MIN_SCORED && linkDensity(c) <= 0.5
                    && !c.is(STANDFIRST) && Boilerplate.reason(c).isEmpty()) {
                sum += c.text().length();
                count++;
            }
        }
        return count >= 2 ? sum : 0;
    }

    /** A paragraph for scoring: a {@code p}, or an element of text with no block inside. */
    private static boolean isParagraph(Element e) {
        if (e.normalName().equals("p")) {
            return true;
        }
        return e.ownText().length() >= MIN_SCORED && !hasBlocks(e);
    }

    private static int paragraphText(Element e) {
        int sum = 0;
        for (Element p : e.select("p")) {
            sum += p.text().length();
        }
        return Math.max(sum, hasBlocks(e) ? 0 : e.text().length());
    }

    /** The reason of the nearest ancestor that is boilerplate and holds less than half the page's paragraphs. */
    private static Optional<String> boilerplateAncestor(Element e, Element body) {
        int total = -1;
        for (Element a = e; a != null && a != body; a = a.parent()) {
            Optional<String> reason = Boilerplate.reason(a);
            if (reason.isPresent()) {
                if (total < 0) {
                    total = paragraphText(body);
                }
                if (paragraphText(a) * 2 < total) {
                    return reason;
                }
            }
        }
        return Optional.empty();
    }

    private static double linkDensity(Element e) {
        int text = e.text().length();
        if (text == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return (double) links / text;
    }

    private static boolean hasBlocks(Element e) {
        for (Element d : e.getAllElements()) {
            if (d != e && BLOCK_TAGS.contains(d.normalName())) {
                return true;
            }
        }
        return false;
    }

    // ---- walking the body -------------------------------------------------------------------------------

    private void walk(Element container) {
        List<Node> inline = new ArrayList<>();
        for (Node child : container.childNodes()) {
            if (child instanceof TextNode || child instanceof Element e && !SKIPPED.contains(e.normalName())
                    && !BLOCK_TAGS.contains(e.normalName()) && !hasBlocks(e)) {
                inline.add(child);
            } else if (child instanceof Element e && !SKIPPED.contains(e.normalName())) {
                flush(inline);
                block(e, container);
            }
        }
        flush(inline);
    }

    private void block(Element e, Element container) {
        String tag = e.normalName();
        Optional<String> reason = Boilerplate.reason(e);
        Element embed = isEmbed(e) ? e : e.selectFirst(EMBED_SELECTOR);
        if (embed != null && embed != e && e.text().length() > embed.text().length() + 40) {
            embed = null; // a container with more than the embed: walked below
        }
        if (embed != null && reason.map(r -> r.equals("media")).orElse(true)) {
            quotation(embed);
            return;
        }
        if (reason.isPresent() && !holdsMost(e, container)) {
            drop(reason.get(), e);
            return;
        }
        Optional<String> marked = bylineOrTime(e);
        if (marked.isPresent()) {
            drop(marked.get(), e);
            return;
        }
        if (isLinks(e)) {
            drop(Boilerplate.textReason(e.text()).orElse("links"), e);
            return;
        }
        switch (tag) {
            case "h1" -> drop("headline", e);
            case "p", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "pre", "address" -> paragraph(e);
            case "blockquote" -> quotation(e);
            case "ul", "ol" -> list(e);
            case "hr", "br" -> {
            }
            default -> {
                if (EMBED.matcher(e.className()).matches()) {
                    quotation(e);
                } else if (Boilerplate.isTime(e) && e.text().length() < 40) {
                    drop("time", e);
                } else if (hasBlocks(e)) {
                    walk(e);
                } else {
                    paragraph(e);
                }
            }
        }
    }

    /**
     * "byline" for a short block most of whose text is in parts marked as byline or time stamp ({@code <div><span
     * class="byline">By Ana Lima</span> <span class="timestamp">March 18</span></div>}), "time" when they are all
     * time stamps; else empty.
     */
    private static Optional<String> bylineOrTime(Element e) {
        int all = e.text().length();
        if (all == 0 || all > 200) {
            return Optional.empty();
        }
        int marked = 0;
        boolean byline = false;
        for (Element d : e.getAllElements()) {
            if (d != e && isMarked(d) && d.parents().stream().takeWhile(p -> p != e).noneMatch(Extractor::isMarked)) {
                marked += d.text().length();
                byline |= !Boilerplate.isTime(d);
            }
        }
        return marked < 0.6 * all ? Optional.empty() : Optional.of(byline ? "byline" : "time");
    }

    private static boolean isMarked(Element e) {
        return Boilerplate.isTime(e) || Boilerplate.reason(e).filter(r -> r.equals("byline")).isPresent();
    }

    /**
     * A block that is no paragraph and whose every word is a link: a teaser, a widget's links. A paragraph
     * ({@code p}) of one link is the writer's and is kept.
     */
    private static boolean isLinks(Element e) {
        if (e.normalName().matches("p|h[2-6]|blockquote|ul|ol|li|dd|dt|pre|address") || e.text().isBlank()
                || e.text().length() > 200 || e.selectFirst("a") == null) {
            return false;
        }
        if (e.normalName().equals("a")) {
            return true; // a link around an image and its words, standing as a block
        }
        for (TextNode t : e.textNodes()) {
            if (!t.text().matches("[\\s\\p{P}]*")) {
                return false;
            }
        }
        for (Element d : e.getAllElements()) {
            if (d != e && !d.normalName().equals("a") && d.closest("a") == null) {
                for (TextNode t : d.textNodes()) {
                    if (!t.text().matches("[\\s\\p{P}]*")) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean isEmbed(Element e) {
        return EMBED.matcher(e.className()).matches();
    }

    /**
     * True when {@code e} is the body itself under a class that reads as boilerplate: it holds the container's
     * paragraphs, and what the container holds besides is little (a gallery of long captions in a real
     * article holds more text than the article, but the article beside it is no little thing).
     */
    private boolean holdsMost(Element e, Element container) {
        int all = paragraphText(container);
        int own = paragraphText(e);
        return all > 0 && own * 2 > all && own > 400 && all - own < 0.25 * own;
    }

    private void list(Element e) {
        List<Element> items = e.children().stream().filter(c -> c.normalName().equals("li")).toList();
        if (items.isEmpty() || linkDensity(e) > 0.5) {
            drop(linkDensity(e) > 0.5 ? "read also" : "list", e);
            return;
        }
        for (Element li : items) {
            if (hasBlocks(li)) {
                walk(li);
            } else {
                paragraph(li);
            }
        }
    }

    private void flush(List<Node> inline) {
        if (inline.isEmpty()) {
            return;
        }
        // two <br> in a row end a paragraph, as in pages written without <p>
        List<Node> run = new ArrayList<>();
        int breaks = 0;
        for (Node n : inline) {
            if (n instanceof Element br && br.normalName().equals("br")) {
                breaks++;
                if (breaks >= 2) {
                    paragraph(run);
                    run = new ArrayList<>();
                }
                continue;
            }
            if (n instanceof TextNode t && t.isBlank()) {
                run.add(n);
                continue;
            }
            breaks = 0;
            run.add(n);
        }
        paragraph(run);
        inline.clear();
    }

    private void paragraph(Element e) {
        paragraph(e.childNodes());
    }

    private void paragraph(List<Node> nodes) {
        String text = normalSpace(plain(nodes));
        if (text.isEmpty()) {
            return;
        }
        Optional<String> reason = Boilerplate.textReason(text);
        if (reason.isPresent()) {
            dropped.add(Dropped.of(reason.get(), text));
            return;
        }
        if (headline != null && normal(text).equals(headline)) {
            dropped.add(Dropped.of("headline", text));
            return;
        }
        if (blocks.size() < 2 && text.length() <= 120 && BYLINE_TEXT.matcher(text).matches()) {
            dropped.add(Dropped.of("byline", text));
            return;
        }
        String md = markdown(nodes, blocks.size() + 1);
        blocks.add(new Block(md, repaired(text), false, null));
    }

    private void quotation(Element e) {
        String author = null;
        List<Element> parts = new ArrayList<>();
        if (isEmbed(e)) {
            Element quote = e.normalName().equals("blockquote") ? e : e.selectFirst("blockquote");
            Element scope = quote != null ? quote : e;
            String own = normalSpace(scope.ownText() + " " + tail(scope));
            Matcher dash = DASH_AUTHOR.matcher(own);
            Matcher shared = SHARED_BY.matcher(normalSpace(scope.text()));
            if (dash.find()) {
                author = dash.group(1).replaceFirst("\\s*[(@].*$", "").strip();
            } else if (shared.find()) {
                author = shared.group(1).strip();
            }
            for (Element p : scope.select("p")) {
                String t = p.text().strip();
                if (!t.isEmpty() && !SHARED_BY.matcher(t).matches()
                        && !t.matches("(?i)(view this post|voir cette publication|post by|view on).*")) {
                    parts.add(p);
                }
            }
            if (parts.isEmpty()) {
                drop("embed without text", e);
                return;
            }
        } else {
            Element cite = e.selectFirst("footer, cite");
            if (cite != null) {
                author = normalSpace(cite.text()).replaceFirst("^[—–-]\\s*", "");
                cite.remove();
            }
            // its paragraphs, and its other blocks of text (code, list items, headings) in their order
            Elements ps = e.select("p, pre, li, h2, h3, h4, h5, h6, dd");
            ps.removeIf(p -> p.parents().stream().takeWhile(a -> a != e).anyMatch(ps::contains));
            if (ps.isEmpty()) {
                parts.add(e);
            } else {
                parts.addAll(ps);
            }
            if (author == null && parts.size() > 1) {
                Matcher m = Pattern.compile("^[—–]\\s*(.+)$").matcher(parts.get(parts.size() - 1).text().strip());
                if (m.matches()) {
                    author = m.group(1).strip();
                    parts.remove(parts.size() - 1);
                }
            }
        }
        for (Element p : parts) {
            String text = normalSpace(plain(p.childNodes()));
            if (!text.isEmpty()) {
                blocks.add(new Block(markdown(p.childNodes(), blocks.size() + 1), repaired(text), true,
                        author == null || author.isEmpty() ? null : author));
            }
        }
    }

    /** The text after the last paragraph of an embed: "— Name (@handle) date". */
    private static String tail(Element scope) {
        StringBuilder out = new StringBuilder();
        boolean afterP = false;
        for (Node n : scope.childNodes()) {
            if (n instanceof Element e && e.normalName().equals("p")) {
                afterP = true;
                out.setLength(0);
            } else if (afterP) {
                out.append(n instanceof TextNode t ? t.text() : n instanceof Element e ? e.text() : "");
            }
        }
        return out.toString();
    }

    /** Lists {@code e} as dropped for {@code reason}, once: not when it, or a block holding it, is listed already. */
    private void drop(String reason, Element e) {
        if (listed.stream().anyMatch(l -> l == e || e.parents().contains(l))) {
            return;
        }
        listed.add(e);
        String text = spaced(e);
        if (!text.isEmpty()) {
            dropped.add(Dropped.of(reason, text));
        }
    }

    // ---- before and after the body ----------------------------------------------------------------------

    /**
     * Lists the headline, the standfirst and the byline found outside the body: the headline and byline become
     * the title and the credit, the standfirst is the editor's to keep or not.
     */
    private void listHeadAndByline(Element body) {
        Element h1 = body.selectFirst("h1");
        if (h1 != null && outside(h1)) {
            drop("headline", h1);
        }
        Element scope = h1 == null ? body : h1.parent() == null || h1.parent().parent() == null ? body
                : h1.parent().parent();
        for (Element e : scope.select(STANDFIRST)) {
            if (outside(e) && e.text().length() >= 30 && e != h1 && !e.parents().contains(h1) && !byline(e)) {
                drop("standfirst", e);
                break;
            }
        }
        for (Element e : body.select("[class*=byline], [class*=author], [class*=auteur], [rel=author], "
                + "[itemprop=author], [class*=__meta], [class*=-meta], [class~=(?i)(^|\\s)meta(\\s|$)]")) {
            if (outside(e) && e.text().length() <= 120 && !e.text().isBlank()
                    && e.parents().stream().noneMatch(p -> Boilerplate.reason(p).filter(r -> r.equals("comments")
                    || r.equals("read also")).isPresent())) {
                drop("byline", e);
                return;
            }
        }
    }

    /** True for a block marked as a byline, or whose words read as one ("Par Claire Dumontet, le 4 mars"). */
    private static boolean byline(Element e) {
        return Boilerplate.reason(e).filter(r -> r.equals("byline")).isPresent()
                || BYLINE_TEXT.matcher(normalSpace(e.text())).matches();
    }

    /** Lists the paragraphs outside the body that look like article text, so none is lost unseen. */
    private void listOutside(Element body) {
        for (Element p : body.select("p")) {
            if (!outside(p) || p.text().length() < 80 || listed.stream().anyMatch(l -> l == p || p.parents().contains(l))) {
                continue;
            }
            dropped.add(Dropped.of("outside the article (" + boilerplateAncestor(p, body).orElse("page") + ")",
                    normalSpace(p.text())));
            listed.add(p);
        }
    }

    private boolean outside(Element e) {
        for (Element root : roots) {
            if (e == root || e.parents().contains(root) || root.parents().contains(e)) {
                return false;
            }
        }
        return true;
    }

    /** A quotation without author that repeats a kept paragraph is a pull quote: dropped. */
    private void dropPullQuotes() {
        List<Block> kept = new ArrayList<>();
        for (Block b : blocks) {
            String n = normal(b.text());
            boolean repeats = b.embedded() && b.author() == null && n.length() >= 20
                    && blocks.stream().anyMatch(o -> !o.embedded() && normal(o.text()).contains(n));
            if (repeats) {
                dropped.add(Dropped.of("pull quote", b.text()));
            } else {
                kept.add(b);
            }
        }
        blocks.clear();
        blocks.addAll(kept);
    }

    // ---- inline Markdown --------------------------------------------------------------------------------

    private String markdown(List<Node> nodes, int paragraph) {
        StringBuilder out = new StringBuilder();
        for (Node n : nodes) {
            inline(n, out, paragraph);
        }
        String md = out.toString().replaceAll("[ \\t\\n\\r\\f]+", " ").strip();
        if (md.matches("^(#|>|[-+] ).*")) {
            md = "\\" + md;
        }
        return md.replaceFirst("^(\\d+)([.)] )", "$1\\\\$2");
    }

    private void inline(Node n, StringBuilder out, int paragraph) {
        if (n instanceof TextNode t) {
            String text = t.getWholeText();
            if (repair != null) {
                ElisionRepair.Result r = repair.repair(text);
                for (ElisionRepair.Fix fix : r.fixes()) {
                    repairs.add(new PageArticle.Repair(paragraph, fix.before(), fix.after()));
                }
                text = r.text();
            }
            out.append(escape(text));
            return;
        }
        if (!(n instanceof Element e) || SKIPPED.contains(e.normalName())) {
            return;
        }
        switch (e.normalName()) {
            case "br" -> out.append(' ');
            case "img", "picture", "svg", "button", "iframe", "video", "audio" -> {
            }
            case "em", "i", "cite", "dfn", "var" -> wrap(e, "*", out, paragraph);
            case "strong", "b" -> wrap(e, "**", out, paragraph);
            case "a" -> link(e, out, paragraph);
            default -> e.childNodes().forEach(c -> inline(c, out, paragraph));
        }
    }

    private void wrap(Element e, String mark, StringBuilder out, int paragraph) {
        StringBuilder inner = new StringBuilder();
        e.childNodes().forEach(c -> inline(c, inner, paragraph));
        String s = inner.toString();
        String body = s.strip();
        if (body.isEmpty() || body.startsWith(mark.substring(0, 1)) || body.endsWith(mark.substring(0, 1))) {
            out.append(s);
            return;
        }
        out.append(s.startsWith(body) ? "" : " ").append(mark).append(body).append(mark)
                .append(s.endsWith(body) ? "" : " ");
    }

    private void link(Element a, StringBuilder out, int paragraph) {
        StringBuilder inner = new StringBuilder();
        a.childNodes().forEach(c -> inline(c, inner, paragraph));
        String text = inner.toString().strip();
        String url = a.absUrl("href");
        if (text.matches("(?i)pic\\.(twitter|x)\\.com/\\S*")) {
            return;
        }
        if (text.isEmpty() || !url.matches("https?://\\S+")) {
            out.append(inner);
            return;
        }
        String s = inner.toString();
        out.append(s.startsWith(text) ? "" : " ").append('[').append(text).append("](")
                .append(url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")).append(')')
                .append(s.endsWith(text) ? "" : " ");
    }

    /** Escapes what Markdown would read as markup, so the text stays the text. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("`", "\\`").replace("<", "\\<")
                .replace("[", "\\[").replace("]", "\\]").replace("_", "\\_");
    }

    private static String plain(List<Node> nodes) {
        StringBuilder out = new StringBuilder();
        for (Node n : nodes) {
            if (n instanceof TextNode t) {
                out.append(t.getWholeText());
            } else if (n instanceof Element e && !SKIPPED.contains(e.normalName())) {
                if (e.normalName().equals("br")) {
                    out.append(' ');
                } else if (e.normalName().equals("a") && e.text().matches("(?i)pic\\.(twitter|x)\\.com/\\S*")) {
                    continue;
                } else {
                    out.append(plain(e.childNodes()));
                }
            }
        }
        return out.toString();
    }

    private String repaired(String text) {
        return repair == null ? text : repair.repair(text).text();
    }

    /** The text of an element with a space between its parts, as a reader sees them laid out. */
    private static String spaced(Element e) {
        StringBuilder out = new StringBuilder();
        e.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                out.append(t.getWholeText()).append(' ');
            }
        });
        return normalSpace(out.toString()).replaceAll(" ([,.)])", "$1");
    }

    static String normalSpace(String s) {
        return s.replaceAll("[ \\t\\n\\r\\f]+", " ").strip();
    }

    /** Letters and digits only, lower case: for comparing texts whatever their spacing and punctuation. */
    static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
