package verbatim.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import verbatim.content.Source;
import verbatim.text.Slug;

/**
 * The pages made from every article at once: the language chooser, the archive home of each language
 * (newest first, paginated), the quote index (grouped by speaker) and the people pages.
 *
 * <p>They read only {@link ArticleSummary summaries}, so their cost grows with the number of quotations and
 * names, not with the text of the archive.
 */
final class Indexes {

    /** Articles per page of the archive home. */
    static final int PAGE_SIZE = 50;

    private static final Pattern TRAILING_COMMAS = Pattern.compile("[,;]+$");

    /** A quotation as the indexes show it. */
    record QuoteView(String text, String textLang, String other, String otherLang, String articleTitle,
                     String articleLang, String articleHref, String paragraphHref, int paragraph, String date,
                     String dateText, List<Source> sources) {
    }

    /** A speaker and their quotations; {@code href} is their page, or null for an organisation. */
    record SpeakerGroup(String name, String id, String href, List<QuoteView> quotes) {
    }

    /** An article in a list; {@code untranslated} when it is not in the list's language (shown in {@code titleLang}). */
    record ArticleLink(String title, String titleLang, String href, String date, String dateText, String lead,
                       String leadLang, int quotes, boolean untranslated) {
    }

    /** A person in the people list. */
    record PersonLink(String name, String href, int quotes, int articles) {
    }

    private final SiteConfig config;
    private final ArticlePages.PageSink sink;

    Indexes(SiteConfig config, ArticlePages.PageSink sink) {
        this.config = config;
        this.sink = sink;
    }

    /** Writes every index page; {@code articles} are newest first. */
    void write(List<ArticleSummary> articles) {
        List<Runnable> pages = new ArrayList<>();
        pages.add(this::writeRoot);
        pages.add(this::writeNotFound);
        for (String lang : config.languages()) {
            writeHome(lang, articles, pages);
            writeQuotes(lang, articles, pages);
            writePeople(lang, articles, pages);
        }
        Site.inParallel(pages);
    }

    private void writeRoot() {
        Map<String, Object> c = Page.context(config, Urls.root(), config.languages().get(0),
                config.title(config.languages().get(0)), Page.everyLanguage(config, Urls::home));
        List<Map<String, String>> choices = new ArrayList<>();
        for (String l : config.languages()) {
            choices.add(Map.of("lang", l, "name", Labels.of(l).get("language.name"), "href", Urls.home(l),
                    "title", config.title(l), "intro", Labels.of(l).get("index.intro")));
        }
        c.put("choices", choices);
        c.put("description", Labels.of(config.languages().get(0)).get("index.intro"));
        List<Page.Link> feeds = new ArrayList<>();
        for (String l : config.languages()) {
            feeds.addAll(Feeds.announced(Urls.root(), l, null, null));
        }
        c.put("feeds", feeds);
        sink.page(Urls.root(), "root.peb", c);
    }

    /**
     * The 404 pages: one per language and one at the root in every language, kept out of search engines. With a
     * base URL they carry {@code <base href>}, so that their links hold at whatever address they are shown.
     */
    private void writeNotFound() {
        for (String lang : config.languages()) {
            String path = Urls.notFound(lang);
            Map<String, Object> c = Page.context(config, path, lang, Labels.of(lang).get("notfound.title"),
                    Page.everyLanguage(config, Urls::notFound));
            notFound(c, path);
            sink.page(path, "not-found.peb", c);
        }
        String path = Urls.notFound(null);
        String first = config.languages().get(0);
        Map<String, Object> c = Page.context(config, path, first, Labels.of(first).get("notfound.title"),
                Page.everyLanguage(config, Urls::notFound));
        notFound(c, path);
        List<Map<String, String>> choices = new ArrayList<>();
        for (String l : config.languages()) {
            Map<String, String> t = Labels.of(l);
            choices.add(Map.of("lang", l, "name", t.get("language.name"), "href", Urls.home(l), "title",
                    config.title(l), "intro", t.get("index.intro"), "notFoundTitle", t.get("notfound.title"),
                    "notFoundText", t.get("notfound.text")));
        }
        c.put("choices", choices);
        c.put("feeds", List.of());
        sink.page(path, "root.peb", c);
    }

    private void notFound(Map<String, Object> c, String path) {
        c.put("robots", "noindex");
        c.put("notFound", true);
        c.put("canonical", null);
        c.put("description", Labels.of(c.get("lang").toString()).get("notfound.text"));
        c.put("baseHref", config.base().isEmpty() ? null : config.base() + path);
    }

    private void writeHome(String lang, List<ArticleSummary> articles, List<Runnable> jobs) {
        int pages = Math.max(1, (articles.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        for (int k = 1; k <= pages; k++) {
            final int n = k;
            jobs.add(() -> {
                String path = Urls.homePage(lang, n);
                Map<String, Object> c = Page.context(config, path, lang, Labels.of(lang).get("archive"),
                        Page.everyLanguage(config, l -> Urls.homePage(l, n)));
                List<ArticleLink> list = new ArrayList<>();
                int last = Math.min(articles.size(), n * PAGE_SIZE);
                for (ArticleSummary a : articles.subList((n - 1) * PAGE_SIZE, last)) {
                    String tl = a.textLang(lang);
                    list.add(new ArticleLink(a.title(lang), tl, Urls.href(path, Urls.article(lang, a.slug())),
                            a.date().toString(), Page.date(a.date(), lang), a.leads().get(tl), tl,
                            a.quotes().size(), !tl.equals(lang)));
                }
                c.put("articles", list);
                c.put("description", Labels.of(lang).get("index.intro"));
                c.put("page", n);
                c.put("pages", pages);
                c.put("prev", n > 1 ? Urls.href(path, Urls.homePage(lang, n - 1)) : null);
                c.put("next", n < pages ? Urls.href(path, Urls.homePage(lang, n + 1)) : null);
                sink.page(path, "home.peb", c);
            });
        }
    }

    /** A quotation and its article, before it is placed on a page. */
    private record Quoted(ArticleSummary article, ArticleSummary.QuoteEntry quote) {
    }

    /** The key of the unattributed group: sorts after every slug. */
    private static final String NONE = "\uFFFF";

    /** Quotations per page of the quote index; a speaker's quotations stay on one page. */
    static final int QUOTES_PER_PAGE = 200;

    /** A speaker in the list at the top of the quote index: name, link to their group, count. */
    record SpeakerLink(String name, String href, int quotes) {
    }

    /**
     * The quote index: speakers in alphabetical order (the unattributed last), their quotations grouped, split
     * into pages of about {@link #QUOTES_PER_PAGE} quotations; the first page lists every speaker.
     */
    private void writeQuotes(String lang, List<ArticleSummary> articles, List<Runnable> jobs) {
        Map<String, List<Quoted>> bySpeaker = new TreeMap<>();
        for (ArticleSummary a : articles) {
            for (ArticleSummary.QuoteEntry q : a.quotes()) {
                bySpeaker.computeIfAbsent(q.speaker() == null ? NONE : Slug.of(q.speaker()), k -> new ArrayList<>())
                        .add(new Quoted(a, q));
            }
        }
        Comparator<String> bySurname = SortName.order(k -> speaker(bySpeaker.get(k)));
        List<String> keys = new ArrayList<>(bySpeaker.keySet());
        keys.sort((x, y) -> {
            if (x.equals(NONE) || y.equals(NONE)) {
                return x.equals(y) ? 0 : x.equals(NONE) ? 1 : -1;
            }
            int byName = bySurname.compare(x, y);
            return byName != 0 ? byName : x.compareTo(y);
        });
        List<List<String>> pages = new ArrayList<>();
        Map<String, Integer> pageOf = new TreeMap<>();
        int count = QUOTES_PER_PAGE;
        for (String key : keys) {
            int size = bySpeaker.get(key).size();
            if (count + size > QUOTES_PER_PAGE && count > 0) {
                pages.add(new ArrayList<>());
                count = 0;
            }
            pages.get(pages.size() - 1).add(key);
            pageOf.put(key, pages.size());
            count += size;
        }
        if (pages.isEmpty()) {
            pages.add(List.of());
        }
        for (int k = 1; k <= pages.size(); k++) {
            final int n = k;
            jobs.add(() -> {
                String path = Urls.quotesPage(lang, n);
                Map<String, Object> c = Page.context(config, path, lang, Labels.of(lang).get("quotes"),
                        Page.everyLanguage(config, l -> Urls.quotesPage(l, n)));
                List<SpeakerLink> index = new ArrayList<>();
                if (n == 1) {
                    for (String key : keys) {
                        String target = pageOf.get(key) == 1 ? "" : Urls.href(path, Urls.quotesPage(lang, pageOf.get(key)));
                        index.add(new SpeakerLink(name(lang, key, bySpeaker.get(key)), target + "#" + groupId(key),
                                bySpeaker.get(key).size()));
                    }
                }
                List<SpeakerGroup> groups = new ArrayList<>();
                for (String key : pages.get(n - 1)) {
                    List<Quoted> quoted = bySpeaker.get(key);
                    boolean person = !key.equals(NONE) && quoted.stream().anyMatch(x -> x.quote().person());
                    groups.add(new SpeakerGroup(name(lang, key, quoted), groupId(key),
                            person ? Urls.href(path, Urls.person(lang, key)) : null, views(path, lang, quoted)));
                }
                SpeakerLink unattributed = !index.isEmpty() && keys.get(keys.size() - 1).equals(NONE)
                        ? index.remove(index.size() - 1) : null;
                List<Letter<SpeakerLink>> letters = byLetter(index, SpeakerLink::name);
                c.put("speakers", index);
                c.put("speakerLetters", letters);
                c.put("unattributedLink", unattributed);
                c.put("jump", jumpBar(letters));
                c.put("description", Labels.of(lang).get("quotes.intro"));
                c.put("groups", groups);
                c.put("page", n);
                c.put("pages", pages.size());
                c.put("prev", n > 1 ? Urls.href(path, Urls.quotesPage(lang, n - 1)) : null);
                c.put("next", n < pages.size() ? Urls.href(path, Urls.quotesPage(lang, n + 1)) : null);
                sink.page(path, "quotes.peb", c);
            });
        }
    }

    /**
     * A quotation as an index shows it, out of its sentence: without the comma that English puts inside the
     * closing mark ("… a very serious danger," Musk said → "… a very serious danger").
     */
    static String shown(String text) {
        return text == null ? null : TRAILING_COMMAS.matcher(text.strip()).replaceAll("");
    }

    private static String speaker(List<Quoted> quoted) {
        return quoted.get(0).quote().speaker();
    }

    private static String name(String lang, String key, List<Quoted> quoted) {
        return key.equals(NONE) ? Labels.of(lang).get("unattributed") : speaker(quoted);
    }

    private static String groupId(String key) {
        return key.equals(NONE) ? "unattributed" : "s-" + key;
    }

    private void writePeople(String lang, List<ArticleSummary> articles, List<Runnable> jobs) {
        Map<String, String> names = new TreeMap<>();
        Map<String, List<ArticleSummary>> mentions = new TreeMap<>();
        Map<String, List<Quoted>> quotes = new TreeMap<>();
        for (ArticleSummary a : articles) {
            for (String name : a.people().keySet()) {
                String slug = Slug.of(name);
                names.merge(slug, name, (x, y) -> x.length() >= y.length() ? x : y);
                List<ArticleSummary> list = mentions.computeIfAbsent(slug, k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != a) {
                    list.add(a);
                }
            }
            for (ArticleSummary.QuoteEntry q : a.quotes()) {
                if (q.person()) {
                    quotes.computeIfAbsent(Slug.of(q.speaker()), k -> new ArrayList<>()).add(new Quoted(a, q));
                }
            }
        }
        String listPath = Urls.people(lang);
        List<PersonLink> people = new ArrayList<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            String slug = e.getKey();
            List<Quoted> own = quotes.getOrDefault(slug, List.of());
            List<ArticleSummary> mentioned = mentions.get(slug);
            people.add(new PersonLink(e.getValue(), Urls.href(listPath, Urls.person(lang, slug)), own.size(),
                    mentioned.size()));
            int pages = Math.max(1, (Math.max(own.size(), mentioned.size()) + PERSON_PAGE_SIZE - 1) / PERSON_PAGE_SIZE);
            for (int n = 1; n <= pages; n++) {
                final int page = n;
                jobs.add(() -> writePerson(lang, slug, e.getValue(), page, pages, own, mentioned));
            }
        }
        people.sort(SortName.order(PersonLink::name).thenComparing(PersonLink::href));
        Map<String, Object> c = Page.context(config, listPath, lang, Labels.of(lang).get("people"),
                Page.everyLanguage(config, Urls::people));
        List<Letter<PersonLink>> letters = byLetter(people, PersonLink::name);
        c.put("people", people);
        c.put("letters", letters);
        c.put("jump", jumpBar(letters));
        c.put("description", Labels.of(lang).get("people.intro"));
        jobs.add(() -> sink.page(listPath, "people.peb", c));
    }

    /** Names listed under one letter of the alphabet, in sort order. */
    record Letter<T>(String letter, String id, List<T> items) {
    }

    /** A letter of the A–Z jump bar, linked to its list when it has one ({@code href} null otherwise). */
    record Jump(String letter, String href) {
    }

    /** The sorted {@code items} cut at each change of their name's {@link SortName#letter() letter}. */
    static <T> List<Letter<T>> byLetter(List<T> items, java.util.function.Function<T, String> nameOf) {
        List<Letter<T>> out = new ArrayList<>();
        for (T item : items) {
            String letter = SortName.of(nameOf.apply(item)).letter();
            if (out.isEmpty() || !out.get(out.size() - 1).letter().equals(letter)) {
                out.add(new Letter<>(letter, "letter-" + (letter.equals("#") ? "other"
                        : letter.toLowerCase(Locale.ROOT)), new ArrayList<>()));
            }
            out.get(out.size() - 1).items().add(item);
        }
        return out;
    }

    /** A to Z, each letter linked to its list where there is one, then "#" when some names start otherwise. */
    static List<Jump> jumpBar(List<? extends Letter<?>> letters) {
        Map<String, String> ids = new TreeMap<>();
        letters.forEach(l -> ids.put(l.letter(), l.id()));
        List<Jump> out = new ArrayList<>();
        for (String letter : SortName.LETTERS) {
            out.add(new Jump(letter, ids.containsKey(letter) ? "#" + ids.get(letter) : null));
        }
        if (ids.containsKey("#")) {
            out.add(new Jump("#", "#" + ids.get("#")));
        }
        return out;
    }

    /** Quotations, and articles that name the person, per page of a person. */
    static final int PERSON_PAGE_SIZE = 100;

    /**
     * Page {@code n} of a person: the n-th {@value #PERSON_PAGE_SIZE} of their quotations and of the articles that
     * name them, newest first; the first page also carries the person's structured data.
     */
    private void writePerson(String lang, String slug, String name, int n, int pages, List<Quoted> own,
                             List<ArticleSummary> mentioned) {
        String path = Urls.personPage(lang, slug, n);
        Map<String, Object> c = Page.context(config, path, lang, n == 1 ? name
                : name + " · " + Labels.of(lang).get("page.of") + " " + n, Page.everyLanguage(config,
                l -> Urls.personPage(l, slug, n)));
        c.put("person", name);
        c.put("peopleHref", Urls.href(path, Urls.people(lang)));
        if (!own.isEmpty()) {
            c.put("feeds", Feeds.announced(path, lang, slug, name));
        }
        List<Quoted> shownQuotes = slice(own, n);
        List<ArticleSummary> shownArticles = slice(mentioned, n);
        c.put("quotes", views(path, lang, shownQuotes));
        List<ArticleLink> links = new ArrayList<>();
        for (ArticleSummary a : shownArticles) {
            String tl = a.textLang(lang);
            links.add(new ArticleLink(a.title(lang), tl, Urls.href(path, Urls.article(lang, a.slug())),
                    a.date().toString(), Page.date(a.date(), lang), null, tl, 0, !tl.equals(lang)));
        }
        c.put("articles", links);
        c.put("description", Labels.of(lang).get(own.isEmpty() ? "person.description" : "person.description.quoted")
                .replace("{name}", name));
        c.put("ogType", "profile");
        if (n == 1) {
            c.put("jsonLd", StructuredData.person(config, path, name,
                    shownArticles.stream().map(a -> Urls.article(lang, a.slug())).toList(),
                    shownArticles.stream().map(a -> a.title(lang)).toList()));
        }
        c.put("page", n);
        c.put("pages", pages);
        c.put("prev", n > 1 ? Urls.href(path, Urls.personPage(lang, slug, n - 1)) : null);
        c.put("next", n < pages ? Urls.href(path, Urls.personPage(lang, slug, n + 1)) : null);
        sink.page(path, "person.peb", c);
    }

    private static <T> List<T> slice(List<T> all, int page) {
        int from = Math.min(all.size(), (page - 1) * PERSON_PAGE_SIZE);
        return all.subList(from, Math.min(all.size(), page * PERSON_PAGE_SIZE));
    }

    /**
     * The quotations as shown on the page at {@code path}: the page's language first, then the other; a quotation
     * only the translation has is shown in the translation's language.
     */
    private static List<QuoteView> views(String path, String lang, List<Quoted> quoted) {
        List<QuoteView> out = new ArrayList<>();
        for (Quoted x : quoted) {
            ArticleSummary a = x.article();
            ArticleSummary.QuoteEntry q = x.quote();
            String textLang = q.texts().containsKey(lang) ? lang
                    : q.texts().containsKey(a.original()) ? a.original() : q.texts().keySet().iterator().next();
            String otherLang = textLang.equals(a.original()) || !q.texts().containsKey(a.original())
                    ? q.texts().keySet().stream().filter(l -> !l.equals(textLang)).findFirst().orElse(null)
                    : a.original();
            String articleHref = Urls.href(path, Urls.article(lang, a.slug()));
            out.add(new QuoteView(shown(q.texts().get(textLang)), textLang,
                    otherLang == null ? null : shown(q.texts().get(otherLang)),
                    otherLang, a.title(lang), a.textLang(lang), articleHref, articleHref + "#p" + q.paragraph(),
                    q.paragraph(), a.date().toString(), Page.date(a.date(), lang), a.sources()));
        }
        return out;
    }
}
