package verbatim.site;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import verbatim.analysis.Analysis;
import verbatim.analysis.ArticleText;
import verbatim.analysis.speakers.Attribution;
import verbatim.analysis.dates.DateMention;
import verbatim.analysis.Person;
import verbatim.analysis.Quote;
import verbatim.analysis.reading.Span;
import verbatim.content.Article;
import verbatim.content.ContentFile;
import verbatim.content.Corrections;
import verbatim.content.Fingerprint;
import verbatim.content.FrontMatter;
import verbatim.content.InputException;
import verbatim.content.Paragraph;
import verbatim.render.Markdown;
import verbatim.render.Markup;
import verbatim.render.Markup.Mark;
import verbatim.site.cache.AnalysisCache;
import verbatim.site.cache.Analysed;
import verbatim.text.ElisionRepair;
import verbatim.text.Slug;

/**
 * Renders one article's pages, one per site language, with both texts aligned paragraph by paragraph, and
 * returns what the indexes need of it.
 *
 * <p>Each language's text is analysed on its own; a quotation of the translation takes the speaker of the
 * original's quotation it is aligned with ({@link QuoteAlignment}).
 */
final class ArticlePages {

    /** One language of the article, rendered and analysed. */
    private record Version(String lang, ContentFile file, List<String> html, Analysis analysis, String key) {
    }

    /**
     * One cell of the aligned table: a paragraph in one language; {@code outdated} when it is a translation whose
     * original paragraph changed since the translation was accepted.
     */
    record Cell(String lang, String html, boolean embedded, String author, boolean outdated) {
    }

    /** One aligned row: the anchor, the page language's paragraph, the other one, and who is quoted. */
    record Row(String id, int number, Cell main, Cell side, List<Page.Link> speakers) {
    }

    private final SiteConfig config;
    /** The version of {@link #read}'s own steps (repair, then Markdown), for the cache: raise it when they change. */
    static final String READING = "reading 1";

    private final Function<ArticleText, Analysis> analyzer;
    private final AnalysisCache cache;

    /**
     * Pages of articles, each text analysed by {@code analyzer}; a file read by an earlier build is taken from
     * {@code cache} (when it is not null).
     */
    ArticlePages(SiteConfig config, Function<ArticleText, Analysis> analyzer, AnalysisCache cache) {
        this.config = config;
        this.analyzer = analyzer;
        this.cache = cache;
    }

    /**
     * Analyses the article and renders its pages; {@code write} receives each page's path and HTML and returns the
     * id of the file written.
     */
    BuiltArticle render(Article article, verbatim.render.Templates templates, PageWriter write) {
        Map<String, Version> versions = new LinkedHashMap<>();
        for (String lang : article.languages()) {
            versions.put(lang, version(article.in(lang)));
        }
        Version original = versions.get(article.original().lang());
        for (String lang : article.languages()) {
            ContentFile f = article.in(lang);
            Corrections own = f.front().corrections();
            if (f != article.original() && !(own.quotes().isEmpty() && own.aliases().isEmpty()
                    && own.notPeople().isEmpty())) { // a plain people list (a Hugo taxonomy) may stay
                throw new InputException(f.path(), own.line(),
                        "corrections ('quotes:', 'people:') are read from the original only",
                        "Move them to the front matter of " + article.original().path().getFileName()
                                + "; the translation follows it.");
            }
        }
        Corrections corrections = article.original().front().corrections();
        if (!corrections.isEmpty()) {
            for (Map.Entry<String, Version> e : versions.entrySet()) {
                Version v = e.getValue();
                Analysis corrected = v == original ? Corrector.apply(v.analysis(), corrections, v.file().path())
                        : Corrector.people(v.analysis(), corrections);
                e.setValue(new Version(v.lang(), v.file(), v.html(), corrected, v.key()));
            }
            original = versions.get(article.original().lang());
        }
        Set<String> personSlugs = new LinkedHashSet<>();
        Map<String, Integer> people = new LinkedHashMap<>();
        for (Person p : original.analysis().people()) {
            personSlugs.add(Slug.of(p.name()));
            people.merge(p.name(), p.mentions().size(), Integer::sum);
        }
        Map<String, Character> genders = genders(versions.values(), original, people.keySet());
        Map<String, QuoteAlignment> alignments = new LinkedHashMap<>();
        for (Version v : versions.values()) {
            if (v != original) {
                alignments.put(v.lang(), QuoteAlignment.of(original.analysis(), v.analysis()));
            }
        }
        Map<String, List<String>> speakers = speakersByLang(versions, original, alignments);
        List<ArticleSummary.QuoteEntry> quotes = quoteEntries(versions, original, alignments, personSlugs);
        Map<String, byte[]> pages = new LinkedHashMap<>();
        List<BuiltArticle.SearchText> searched = new ArrayList<>();

        for (String lang : config.languages()) {
            String path = Urls.article(lang, article.slug());
            Version main = versions.getOrDefault(lang, original);
            Version side = main == original ? firstOther(versions, original, lang) : original;
            boolean untranslated = !versions.containsKey(lang);
            Map<String, String> translations = new LinkedHashMap<>();
            for (String l : versions.keySet()) {
                translations.put(l, Urls.article(l, article.slug()));
            }
            Map<String, Object> c = Page.context(config, path, lang, main.file().front().title(), translations);
            if (untranslated) {
                String originalPath = Urls.article(original.lang(), article.slug());
                c.put("canonical", config.addresses().url(path, originalPath));
            }
            if (c.get("other") == null || untranslated) {
                String otherLang = config.languages().stream().filter(l -> !l.equals(lang)).findFirst().orElseThrow();
                c.put("other", new Page.Link(Labels.of(otherLang).get("language.name"),
                        config.addresses().href(path, Urls.article(otherLang, article.slug())), otherLang));
                c.put("otherIsTranslation", versions.containsKey(otherLang) && !untranslated);
            }
            c.put("article", new ArticleView(article, main.lang(), side == null ? null : side.lang(),
                    Page.date(article.original().front().date(), lang), untranslated));
            c.put("rows", rows(path, lang, main, side, speakers, personSlugs, original));
            c.put("description", lead(main.analysis().paragraphs()));
            c.put("descriptionLang", main.lang().equals(lang) ? null : main.lang());
            c.put("ogType", "article");
            c.put("ogLocale", Page.ogLocale(main.lang()));
            c.put("jsonLd", StructuredData.article(config, path, main.lang(), original.lang(), article.languages(),
                    l -> Urls.article(l, article.slug()), main.file().front().title(),
                    article.original().front().published(), article.original().front().sources(),
                    article.original().front().credit(), said(main, original, alignments, speakers.get(main.lang()),
                            personSlugs)));
            c.put("sources", article.original().front().sources());
            c.put("credit", article.original().front().credit());
            c.put("sourcesLang", article.original().lang());
            ContentFile translation = side == null ? null : main == original ? side.file() : main.file();
            c.put("translator", translation == null ? null : translation.front().translator());
            c.put("translationCredit", translation == null ? null : translation.front().credit());
            c.put("translationLang", translation == null ? null : translation.lang());
            pages.put(path, write.page(path, templates.render("article.peb", c)));
            searched.add(Search.text(lang, main.file().front().title(), main.lang(),
                    lead(main.analysis().paragraphs()), main.analysis().paragraphs()));
        }
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> leads = new LinkedHashMap<>();
        for (Version v : versions.values()) {
            titles.put(v.lang(), v.file().front().title());
            leads.put(v.lang(), lead(v.analysis().paragraphs()));
        }
        Map<String, List<ArticleSummary.DateEntry>> dates = new LinkedHashMap<>();
        for (Version v : versions.values()) {
            dates.put(v.lang(), dateEntries(v));
        }
        List<String> warnings = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (String lang : article.languages()) {
            warnings.addAll(article.in(lang).front().warnings());
            warnings.addAll(unpairedMarks(versions.get(lang)));
        }
        warnings.addAll(article.warnings()); // a translation dated otherwise
        for (Version v : versions.values()) {
            if (v.key() != null) {
                keys.add(v.key());
            }
        }
        FrontMatter front = article.original().front();
        return new BuiltArticle(article.slug(), article.original().path().toString(), versions.size(), warnings, keys,
                pages, new ArticleSummary(article.slug(), front.date(), front.time() == null ? null : front.instant(),
                original.lang(), titles, leads, front.sources(), quotes, people, dates, genders), searched);
    }

    /**
     * The gender the article gives each of {@code named} ('f' or 'm'), from the original's analysis, else from a
     * translation's ("Ms Morel" where the original says « Anne Morel »); a person no text genders is left out.
     */
    private static Map<String, Character> genders(java.util.Collection<Version> versions, Version original,
                                                  Set<String> named) {
        Map<String, Character> out = new LinkedHashMap<>();
        List<Version> order = new ArrayList<>(List.of(original));
        versions.stream().filter(v -> v != original).forEach(order::add);
        for (Version v : order) {
            for (Person p : v.analysis().people()) {
                if (named.contains(p.name()) && (p.gender() == 'f' || p.gender() == 'm')) {
                    out.putIfAbsent(p.name(), p.gender());
                }
            }
        }
        return out;
    }

    /**
     * The warnings of the quotation marks of {@code v} that do not pair, each as {@code file:line: paragraph N: …}
     * at its paragraph's line ({@link QuotationMarks}).
     */
    private static List<String> unpairedMarks(Version v) {
        List<String> out = new ArrayList<>();
        String file = v.file().path().toString().replace('\\', '/');
        List<Paragraph> paragraphs = v.file().paragraphs();
        for (QuotationMarks.Unpaired u : QuotationMarks.of(v.analysis().warnings(), v.analysis().paragraphs())) {
            int n = u.paragraph();
            out.add(file + (n >= 1 && n <= paragraphs.size() ? ":" + paragraphs.get(n - 1).line() : "") + ": "
                    + u.message());
        }
        return out;
    }

    /**
     * What the article template shows above the text; {@code lang} is the language of the text shown, and
     * {@code untranslated} is true on a page whose language the article does not have (it shows the original).
     */
    record ArticleView(String slug, String title, String lang, String sideLang, String date, String dateText,
                       boolean translated, boolean untranslated) {
        ArticleView(Article a, String lang, String sideLang, String dateText, boolean untranslated) {
            this(a.slug(), a.in(lang).front().title(), lang, sideLang, a.original().front().date().toString(),
                    dateText, !lang.equals(a.original().lang()), untranslated);
        }
    }

    private Version version(ContentFile file) {
        if (cache == null) {
            Analysed read = read(file);
            return new Version(file.lang(), file, read.html(), read.analysis(), null);
        }
        List<String> markdown = file.paragraphs().stream().map(Paragraph::markdown).toList();
        String date = file.front().date().toString();
        String key = cache.key(file.lang(), date, markdown);
        Analysed read = cache.get(key, () -> read(file));
        return new Version(file.lang(), file, read.html(), read.analysis(), key);
    }

    /** The file's paragraphs as HTML and their analysis. */
    private Analysed read(ContentFile file) {
        List<Markdown.Inline> inline = inline(file);
        List<String> html = inline.stream().map(Markdown.Inline::html).toList();
        List<String> plain = inline.stream().map(Markdown.Inline::text).toList();
        return new Analysed(html, analyzer.apply(new ArticleText(file.lang(), file.front().date().toString(), plain)));
    }

    /** The paragraphs of a content file rendered, French elisions repaired. */
    private static List<Markdown.Inline> inline(ContentFile file) {
        ElisionRepair repair = file.lang().equals("fr") ? ElisionRepair.french() : null;
        List<Markdown.Inline> out = new ArrayList<>();
        for (Paragraph p : file.paragraphs()) {
            String md = repair == null ? p.markdown() : repair.repair(p.markdown()).text();
            out.add(Markdown.render(md));
        }
        return out;
    }

    /** A content file's text as the analyser reads it on the site: paragraphs in plain text, elisions repaired. */
    static ArticleText text(ContentFile file) {
        return new ArticleText(file.lang(), file.front().date().toString(),
                inline(file).stream().map(Markdown.Inline::text).toList());
    }

    private static Version firstOther(Map<String, Version> versions, Version original, String lang) {
        return versions.values().stream().filter(v -> v != original && !v.lang().equals(lang)).findFirst()
                .orElse(null);
    }

    /** The speaker of each quotation of each version, aligned on the original where possible. */
    private static Map<String, List<String>> speakersByLang(Map<String, Version> versions, Version original,
                                                         Map<String, QuoteAlignment> alignments) {
        Map<String, List<String>> out = new HashMap<>();
        for (Version v : versions.values()) {
            List<String> names = new ArrayList<>();
            for (Quote q : v.analysis().quotes()) {
                Quote aligned = v == original ? q : alignments.get(v.lang()).original(q).orElse(null);
                names.add(aligned != null ? aligned.speaker() : q.speaker());
            }
            out.put(v.lang(), names);
        }
        return out;
    }

    private static List<ArticleSummary.QuoteEntry> quoteEntries(Map<String, Version> versions, Version original,
                                                               Map<String, QuoteAlignment> alignments,
                                                               Set<String> personSlugs) {
        List<ArticleSummary.QuoteEntry> out = new ArrayList<>();
        for (Quote q : original.analysis().quotes()) {
            if (q.speaker() == null && q.attribution() == Attribution.EDITOR) {
                continue; // the editor says these are nobody's words
            }
            Map<String, String> texts = new LinkedHashMap<>();
            texts.put(original.lang(), q.text());
            for (Version v : versions.values()) {
                if (v == original) {
                    continue;
                }
                List<Quote> translated = alignments.get(v.lang()).translations(q);
                if (!translated.isEmpty()) {
                    texts.put(v.lang(), QuoteAlignment.joined(translated));
                }
            }
            boolean person = q.speaker() != null && personSlugs.contains(Slug.of(q.speaker()));
            out.add(new ArticleSummary.QuoteEntry(q.paragraph(), q.speaker(), person, texts));
        }
        for (Map.Entry<String, QuoteAlignment> a : alignments.entrySet()) { // what only a translation quotes
            for (Quote q : a.getValue().unaligned()) {
                boolean person = q.speaker() != null && personSlugs.contains(Slug.of(q.speaker()));
                out.add(new ArticleSummary.QuoteEntry(q.paragraph(), q.speaker(), person,
                        Map.of(a.getKey(), q.text())));
            }
        }
        out.sort(Comparator.comparingInt(ArticleSummary.QuoteEntry::paragraph)); // stable: reading order
        return out;
    }

    private List<Row> rows(String path, String pageLang, Version main, Version side,
                           Map<String, List<String>> speakers, Set<String> personSlugs, Version original) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < main.html().size(); i++) {
            int n = i + 1;
            Set<String> quoted = new LinkedHashSet<>();
            List<Quote> oq = original.analysis().quotes();
            for (Quote q : oq) {
                if (q.paragraph() == n && q.speaker() != null) {
                    quoted.add(q.speaker());
                }
            }
            List<Page.Link> links = new ArrayList<>();
            for (String name : quoted) {
                String slug = Slug.of(name);
                boolean person = personSlugs.contains(slug);
                // an organisation's name is as the original writes it: « Agence régionale de santé » in English
                String nameLang = person || original.lang().equals(pageLang) ? null : original.lang();
                links.add(new Page.Link(name, person ? config.addresses().href(path, Urls.person(pageLang, slug))
                        : null, nameLang));
            }
            rows.add(new Row("p" + n, n, cell(path, pageLang, main, i, speakers, personSlugs, original),
                    side == null ? null : cell(path, pageLang, side, i, speakers, personSlugs, original), links));
        }
        return rows;
    }

    private Cell cell(String path, String pageLang, Version v, int i, Map<String, List<String>> speakers,
                             Set<String> personSlugs, Version original) {
        int n = i + 1;
        List<Mark> marks = new ArrayList<>();
        List<Quote> quotes = v.analysis().quotes();
        List<String> names = speakers.get(v.lang());
        for (int k = 0; k < quotes.size(); k++) {
            Quote q = quotes.get(k);
            if (q.paragraph() == n) {
                Map<String, String> attrs = new LinkedHashMap<>();
                attrs.put("class", "quote");
                if (names.get(k) != null) {
                    attrs.put("data-speaker", names.get(k));
                }
                marks.add(new Mark(q.span().start(), q.span().end(), "q", attrs));
            }
        }
        for (Person p : v.analysis().people()) {
            String slug = Slug.of(p.name());
            if (!personSlugs.contains(slug)) {
                continue;
            }
            for (Span s : p.mentions()) {
                if (s.paragraph() == n) {
                    Map<String, String> attrs = new LinkedHashMap<>();
                    attrs.put("class", "person");
                    attrs.put("href", config.addresses().href(path, Urls.person(pageLang, slug)));
                    marks.add(new Mark(s.start(), s.end(), "a", attrs));
                }
            }
        }
        Set<Span> timed = new HashSet<>();
        for (DateMention d : v.analysis().dates()) {
            // a range (« du 18 au 22 décembre ») is two dates over one text: one <time>, of its first day, not two nested
            if (d.span().paragraph() == n && timed.add(d.span())) {
                marks.add(new Mark(d.span().start(), d.span().end(), "time", Map.of("datetime", d.value())));
            }
        }
        Paragraph p = v.file().paragraphs().get(i);
        return new Cell(v.lang(), Markup.apply(v.html().get(i), marks), p.embedded(), p.embedAuthor(),
                outdated(v, original, i));
    }

    /**
     * True when {@code v} is a translation that records what it was translated from, and paragraph {@code i}
     * (0-based) of the original changed since.
     */
    private static boolean outdated(Version v, Version original, int i) {
        List<String> record = v.file().front().translatedFrom();
        if (v == original || record.isEmpty()) {
            return false;
        }
        return i >= record.size() || !record.get(i).equals(Fingerprint.of(original.file().paragraphs().get(i)
                .markdown()));
    }

    /**
     * The quotations of a version with their speakers, aligned on the original, for the structured data; those the
     * editor says are nobody's words ({@code speaker: none}) are left out, as from the quote index.
     */
    private static List<StructuredData.Said> said(Version v, Version original, Map<String, QuoteAlignment> alignments,
                                                  List<String> names, Set<String> personSlugs) {
        List<StructuredData.Said> out = new ArrayList<>();
        List<Quote> quotes = v.analysis().quotes();
        for (int k = 0; k < quotes.size(); k++) {
            Quote decided = v == original ? quotes.get(k) : alignments.get(v.lang()).original(quotes.get(k))
                    .orElse(quotes.get(k));
            if (decided.speaker() == null && decided.attribution() == Attribution.EDITOR) {
                continue;
            }
            String name = names.get(k);
            out.add(new StructuredData.Said(Indexes.shown(quotes.get(k).text()), name,
                    name != null && personSlugs.contains(Slug.of(name)), quotes.get(k).paragraph()));
        }
        return out;
    }

    /** The dates of a version, each with its sentence. */
    private static List<ArticleSummary.DateEntry> dateEntries(Version v) {
        List<ArticleSummary.DateEntry> out = new ArrayList<>();
        for (DateMention d : v.analysis().dates()) {
            String paragraph = v.analysis().paragraphs().get(d.span().paragraph() - 1);
            out.add(new ArticleSummary.DateEntry(d.value(), d.text(),
                    sentence(paragraph, d.span().start(), d.span().end(), v.lang()), d.span().paragraph()));
        }
        return out;
    }

    /** Longest sentence shown in the timeline, in characters. */
    static final int SENTENCE_MAX = 300;

    /**
     * A sentence iterator of each language for each thread, set to each text in turn: the JDK keeps one made
     * iterator, of the last language asked, so that one asked for French then English then French again was made
     * again from its rules each time.
     */
    private static final ThreadLocal<Map<String, BreakIterator>> SENTENCES = ThreadLocal.withInitial(HashMap::new);

    /**
     * The sentence of {@code text} that holds [start, end), by the sentence rules of the language's
     * {@link BreakIterator}, cut at words to about {@value #SENTENCE_MAX} characters around the range.
     *
     * <p>Example: in "Il est parti. Le 9 janvier, il a quitté Lyon. Puis rien.", the range of "Le 9 janvier"
     * gives "Le 9 janvier, il a quitté Lyon."
     */
    static String sentence(String text, int start, int end, String lang) {
        BreakIterator it = SENTENCES.get().computeIfAbsent(lang,
                l -> BreakIterator.getSentenceInstance(Locale.forLanguageTag(l)));
        it.setText(text);
        int from = it.isBoundary(start) ? start : it.preceding(start);
        int to = it.following(Math.max(start, end - 1));
        from = Math.max(0, from);
        to = to == BreakIterator.DONE ? text.length() : to;
        String prefix = "";
        String suffix = "";
        if (to - from > SENTENCE_MAX) {
            int a = Math.max(from, start - SENTENCE_MAX / 2);
            int b = Math.min(to, a + SENTENCE_MAX);
            if (a > from) {
                int space = text.indexOf(' ', a);
                a = space >= 0 && space < start ? space + 1 : a;
                prefix = "…";
            }
            if (b < to) {
                int space = text.lastIndexOf(' ', b);
                b = space > end ? space : b;
                suffix = "…";
            }
            from = a;
            to = b;
        }
        return prefix + text.substring(from, to).strip() + suffix;
    }

    private static String lead(List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return "";
        }
        String p = paragraphs.get(0);
        if (p.length() <= 240) {
            return p;
        }
        int cut = p.lastIndexOf(' ', 240);
        return p.substring(0, cut > 0 ? cut : 240) + "…";
    }

    /** Writes the rendered pages of articles. */
    interface PageWriter {
        /**
         * Writes the page at site path {@code path}; returns the id of its file
         * ({@link verbatim.site.output.Manifest.File#id}).
         */
        byte[] page(String path, String html);
    }
}
