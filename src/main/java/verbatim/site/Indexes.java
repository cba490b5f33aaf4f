package verbatim.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import verbatim.content.Source;
import verbatim.text.Slug;

/**
 * The pages made from every article at once: the language chooser, the archive home of each language
 * (newest first, paginated), the quote index (grouped by speaker) and the people pages.
 *
 * <p>They are placed from the articles' {@link ArticleOutline outlines}; each page's key is made of the digests of
 * the parts of the summaries it shows, and a page is made (its articles' summaries read) only when its key is not the
 * one its file was made from. Their cost grows with the number of quotations and names, not with the text of the
 * archive.
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

    /**
     * A speaker and their quotations on one page of the quote index; {@code href} is their page, or null for an
     * organisation; {@code nameLang} the language its name is written in when that is not the page's (an
     * organisation's name taken from an article in another language: « Agence régionale de santé » on the English
     * page), else null; {@code continued} when the group began on an earlier page (a group longer than a page is
     * split).
     */
    record SpeakerGroup(String name, String nameLang, String id, String href, List<QuoteView> quotes,
                        boolean continued) {
    }

    /** An article in a list; {@code untranslated} when it is not in the list's language (shown in {@code titleLang}). */
    record ArticleLink(String title, String titleLang, String href, String date, String dateText, String lead,
                       String leadLang, int quotes, boolean untranslated) {
    }

    /** A person in the people list. */
    record PersonLink(String name, String href, int quotes, int articles) {
    }

    /**
     * A quotation, by the place of its article in {@link Articles#all()} and its place in the article's
     * {@link ArticleSummary#quotes() list}.
     */
    record QuoteRef(int article, int index) {
        ArticleOutline.QuoteMark mark(Articles articles) {
            return articles.outline(article).quotes().get(index);
        }

        /** Adds what the quotation shows to a page's key. */
        void feed(Digest key, Articles articles) {
            key.add(articles.outline(article).digests().quotes()).add(index);
        }

        /** Both places in one long: the article's in the high half, the quotation's in the low. */
        long packed() {
            return (long) article << 32 | index & 0xFFFFFFFFL;
        }

        /** The quotation {@link #packed()} as {@code packed}. */
        static QuoteRef unpack(long packed) {
            return new QuoteRef((int) (packed >>> 32), (int) packed);
        }
    }

    private final SiteConfig config;
    private final Addresses addresses;
    private final IndexOutput out;

    Indexes(SiteConfig config, IndexOutput out) {
        this.config = config;
        this.addresses = config.addresses();
        this.out = out;
    }

    /**
     * Writes every index page. The quote index and the people pages are placed only when they may have changed:
     * when no article's quotations (for the people, no article's heading, quotations or names) changed since the
     * previous build, their files are kept as they are.
     */
    void write(Articles articles) {
        List<Runnable> pages = new ArrayList<>();
        pages.add(this::writeRoot);
        pages.add(this::writeNotFound);
        IndexOutput.Previous previous = out.previous();
        boolean sameQuotes = previous != null && Articles.same(previous.articles(), articles.all(), Articles.QUOTED);
        boolean samePeople = previous != null && Articles.same(previous.articles(), articles.all(), Articles.NAMED);
        Map<String, String> slugs = new HashMap<>();
        Speakers speakers = null;
        People people = null;
        for (String lang : config.languages()) {
            writeHome(lang, articles, pages);
            if (!sameQuotes || !out.keepAll(IndexOutput.folder(Urls.quotes(lang)), "")) {
                speakers = speakers != null ? speakers : speakers(articles.all(), slugs);
                writeQuotes(lang, articles, speakers, pages);
            }
            if (!samePeople || !out.keepAll(IndexOutput.folder(Urls.people(lang)), ".html")) {
                people = people != null ? people : people(articles.all(), slugs);
                writePeople(lang, articles, people, pages);
            }
        }
        Site.inParallel(pages);
    }

    private void writeRoot() {
        out.page(Urls.root(), "root.peb", Digest.of("root").bytes(), this::root);
    }

    private Map<String, Object> root() {
        Map<String, Object> c = Page.context(config, Urls.root(), config.languages().get(0),
                config.title(config.languages().get(0)), Page.everyLanguage(config, Urls::home));
        List<Map<String, String>> choices = new ArrayList<>();
        for (String l : config.languages()) {
            choices.add(Map.of("lang", l, "name", Labels.of(l).get("language.name"), "href",
                    addresses.href(Urls.root(), Urls.home(l)),
                    "title", config.title(l), "intro", Labels.of(l).get("index.intro")));
        }
        c.put("choices", choices);
        c.put("description", Labels.of(config.languages().get(0)).get("index.intro"));
        List<Page.Link> feeds = new ArrayList<>();
        for (String l : config.languages()) {
            feeds.addAll(Feeds.announced(Urls.root(), l, null, null));
        }
        c.put("feeds", feeds);
        return c;
    }

    /**
     * The 404 pages: one per language and one at the root in every language, kept out of search engines. With a
     * base URL they carry {@code <base href>}, so that their links hold at whatever address they are shown.
     */
    private void writeNotFound() {
        for (String lang : config.languages()) {
            String path = Urls.notFound(lang);
            out.page(path, "not-found.peb", Digest.of("not-found").add(lang).bytes(), () -> {
                Map<String, Object> c = Page.context(config, path, lang, Labels.of(lang).get("notfound.title"),
                        Page.everyLanguage(config, Urls::notFound));
                notFound(c, path);
                return c;
            });
        }
        out.page(Urls.notFound(null), "root.peb", Digest.of("not-found").bytes(), this::rootNotFound);
    }

    private Map<String, Object> rootNotFound() {
        String path = Urls.notFound(null);
        String first = config.languages().get(0);
        Map<String, Object> c = Page.context(config, path, first, Labels.of(first).get("notfound.title"),
                Page.everyLanguage(config, Urls::notFound));
        notFound(c, path);
        List<Map<String, String>> choices = new ArrayList<>();
        for (String l : config.languages()) {
            Map<String, String> t = Labels.of(l);
            choices.add(Map.of("lang", l, "name", t.get("language.name"), "href", addresses.href(path, Urls.home(l)), "title",
                    config.title(l), "intro", t.get("index.intro"), "notFoundTitle", t.get("notfound.title"),
                    "notFoundText", t.get("notfound.text")));
        }
        c.put("choices", choices);
        c.put("feeds", List.of());
        return c;
    }

    private void notFound(Map<String, Object> c, String path) {
        c.put("robots", "noindex");
        c.put("notFound", true);
        c.put("canonical", null);
        c.put("description", Labels.of(c.get("lang").toString()).get("notfound.text"));
        c.put("baseHref", config.base().isEmpty() ? null : config.base() + path);
    }

    private void writeHome(String lang, Articles articles, List<Runnable> jobs) {
        int pages = Math.max(1, (articles.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        for (int k = 1; k <= pages; k++) {
            final int n = k;
            jobs.add(() -> {
                String path = Urls.homePage(lang, n);
                List<ArticleOutline> shown = articles.all().subList((n - 1) * PAGE_SIZE,
                        Math.min(articles.size(), n * PAGE_SIZE));
                Digest key = Digest.of("home").add(lang).add(n).add(pages).add(shown.size());
                shown.forEach(a -> key.add(a.digests().card()));
                out.page(path, "home.peb", key.bytes(), () -> home(lang, path, n, pages, articles.summaries(shown)));
            });
        }
    }

    private Map<String, Object> home(String lang, String path, int n, int pages, List<ArticleSummary> shown) {
        Map<String, Object> c = Page.context(config, path, lang, Labels.of(lang).get("archive"),
                Page.everyLanguage(config, l -> Urls.homePage(l, n)));
        List<ArticleLink> list = new ArrayList<>();
        for (ArticleSummary a : shown) {
            String tl = a.textLang(lang);
            list.add(new ArticleLink(a.title(lang), tl, addresses.href(path, Urls.article(lang, a.slug())),
                    a.date().toString(), Page.date(a.date(), lang), a.leads().get(tl), tl,
                    a.quotes().size(), !tl.equals(lang)));
        }
        c.put("articles", list);
        c.put("description", Labels.of(lang).get("index.intro"));
        c.putAll(Page.pager(config, path, n, pages, k -> Urls.homePage(lang, k)));
        return c;
    }

    /** A quotation and its article, as a page being made shows it. */
    private record Quoted(ArticleSummary article, ArticleSummary.QuoteEntry quote) {
    }

    /** The key of the unattributed group: sorts after every slug. */
    private static final String NONE = "\uFFFF";

    /** Quotations per page of the quote index, at most (speakers' groups cut into pages by {@link Pagination}). */
    static final int QUOTES_PER_PAGE = 200;

    /** A speaker in the quote index's list: name, link, number of quotations, and {@code nameLang} as in a group. */
    record SpeakerLink(String name, String nameLang, String href, int quotes) {
    }

    /**
     * The quote index as placed, the same in every language: each speaker's quotations (by the speaker's slug,
     * {@link #NONE} for the unattributed), the speakers in page order, their groups cut into pages, and each initial
     * letter of their names ({@link SortName#letter()}, "#" for others) with the page its first speaker's group
     * begins on, in order: the A–Z bar of every page.
     */
    private record Speakers(Map<String, List<QuoteRef>> bySpeaker, Map<String, String> names, List<String> keys,
                            Pagination<String> pages, Map<String, Integer> jump, Function<String, SortName> sortOf) {
        /** The name of a group's speaker: as its newest quotation gives it. */
        String speaker(String key) {
            return names.get(key);
        }

        /** True when some quotations have no speaker (their group comes last). */
        boolean unattributed() {
            return bySpeaker.containsKey(NONE);
        }
    }

    /**
     * Places the quote index: speakers in alphabetical order (the unattributed last), their quotations grouped, split
     * into pages of at most {@link #QUOTES_PER_PAGE} quotations.
     */
    private static Speakers speakers(List<ArticleOutline> articles, Map<String, String> slugs) {
        Map<String, List<QuoteRef>> bySpeaker = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        Set<String> people = new HashSet<>();
        for (int p = 0; p < articles.size(); p++) {
            ArticleOutline a = articles.get(p);
            for (int i = 0; i < a.quotes().size(); i++) {
                String speaker = a.quotes().get(i).speaker();
                String key = speaker == null ? NONE : slugs.computeIfAbsent(speaker, Slug::of);
                ((Positions.Quotes) bySpeaker.computeIfAbsent(key, k -> new Positions.Quotes()))
                        .append(new QuoteRef(p, i));
                names.putIfAbsent(key, speaker);
                if (a.quotes().get(i).person()) {
                    people.add(key);
                }
            }
        }
        // a person by surname, an organisation as written (« ministère de la Transition écologique » under M)
        Map<String, String> keyOfName = new HashMap<>();
        names.forEach((key, name) -> keyOfName.putIfAbsent(name, key));
        Function<String, SortName> sortOf = name -> people.contains(keyOfName.get(name)) ? SortName.of(name)
                : SortName.asWritten(name);
        Comparator<String> bySurname = SortName.order(names::get, sortOf);
        List<String> keys = new ArrayList<>(bySpeaker.keySet());
        keys.sort((x, y) -> {
            if (x.equals(NONE) || y.equals(NONE)) {
                return x.equals(y) ? 0 : x.equals(NONE) ? 1 : -1;
            }
            int byName = bySurname.compare(x, y);
            return byName != 0 ? byName : x.compareTo(y);
        });
        List<Integer> sizes = new ArrayList<>(keys.size());
        keys.forEach(k -> sizes.add(bySpeaker.get(k).size()));
        Pagination<String> pages = Pagination.of(keys, sizes, QUOTES_PER_PAGE);
        Map<String, Integer> jump = new java.util.LinkedHashMap<>();
        for (String key : keys) {
            if (!key.equals(NONE)) {
                jump.putIfAbsent(sortOf.apply(names.get(key)).letter(), pages.pageOf(key));
            }
        }
        return new Speakers(bySpeaker, names, keys, pages, jump, sortOf);
    }

    /**
     * The pages of the quote index in {@code lang}. Each page lists the speakers whose quotations it shows, under an
     * A–Z bar linking the page each letter's speakers begin on, and links the unattributed quotations: what a page
     * holds is bounded by {@value #QUOTES_PER_PAGE} quotations however many speakers the archive has.
     */
    private void writeQuotes(String lang, Articles articles, Speakers speakers, List<Runnable> jobs) {
        Pagination<String> pages = speakers.pages();
        for (int k = 1; k <= pages.size(); k++) {
            final int n = k;
            jobs.add(() -> {
                String path = Urls.quotesPage(lang, n);
                Digest key = Digest.of("quotes").add(lang).add(n).add(pages.size());
                speakers.jump().forEach((letter, at) -> key.add(letter).add(at));
                if (speakers.unattributed()) {
                    key.add(pages.pageOf(NONE)).add(speakers.bySpeaker().get(NONE).size());
                }
                key.add(pages.page(n).size());
                for (Pagination.Part<String> part : pages.page(n)) {
                    String s = part.key();
                    List<QuoteRef> refs = speakers.bySpeaker().get(s);
                    key.add(s).add(s.equals(NONE) ? null : speakers.speaker(s)).add(refs.size()).add(part.from())
                            .add(part.to());
                    refs.subList(part.from(), part.to()).forEach(r -> r.feed(key, articles));
                }
                out.page(path, "quotes.peb", key.bytes(), () -> quotes(lang, path, n, articles, speakers));
            });
        }
    }

    private Map<String, Object> quotes(String lang, String path, int n, Articles articles, Speakers speakers) {
        Pagination<String> pages = speakers.pages();
        Map<String, Object> c = Page.context(config, path, lang, Labels.of(lang).get("quotes"),
                Page.everyLanguage(config, l -> Urls.quotesPage(l, n)));
        List<SpeakerLink> index = new ArrayList<>();
        List<SpeakerGroup> groups = new ArrayList<>();
        for (Pagination.Part<String> part : pages.page(n)) {
            String key = part.key();
            List<QuoteRef> refs = speakers.bySpeaker().get(key);
            boolean person = !key.equals(NONE) && refs.stream().anyMatch(x -> x.mark(articles).person());
            String written = person || key.equals(NONE) ? null : articles.outline(refs.get(0).article()).original();
            String nameLang = written == null || written.equals(lang) ? null : written;
            if (!key.equals(NONE)) {
                index.add(new SpeakerLink(name(lang, key, speakers), nameLang, "#" + groupId(key), refs.size()));
            }
            groups.add(new SpeakerGroup(name(lang, key, speakers), nameLang, groupId(key),
                    person ? addresses.href(path, Urls.person(lang, key)) : null,
                    views(path, lang, quoted(articles, refs.subList(part.from(), part.to()))), part.continued()));
        }
        SpeakerLink unattributed = null;
        if (speakers.unattributed()) {
            int at = pages.pageOf(NONE);
            unattributed = new SpeakerLink(name(lang, NONE, speakers), null, (at == n ? ""
                    : addresses.href(path, Urls.quotesPage(lang, at))) + "#" + groupId(NONE),
                    speakers.bySpeaker().get(NONE).size());
        }
        Map<String, String> jump = new HashMap<>();
        speakers.jump().forEach((letter, at) -> jump.put(letter, (at == n ? ""
                : addresses.href(path, Urls.quotesPage(lang, at))) + "#letter-" + letterId(letter)));
        c.put("speakers", index);
        c.put("speakerLetters", byLetter(index, SpeakerLink::name, speakers.sortOf()));
        c.put("unattributedLink", unattributed);
        c.put("jump", jumpBar(jump));
        c.put("description", Labels.of(lang).get("quotes.intro"));
        c.put("groups", groups);
        c.putAll(Page.pager(config, path, n, pages.size(), k -> Urls.quotesPage(lang, k)));
        return c;
    }

    /** The quotations of {@code refs} with their articles' summaries. */
    private static List<Quoted> quoted(Articles articles, List<QuoteRef> refs) {
        List<Quoted> out = new ArrayList<>(refs.size());
        for (QuoteRef r : refs) {
            ArticleSummary a = articles.summary(articles.outline(r.article()));
            out.add(new Quoted(a, a.quotes().get(r.index())));
        }
        return out;
    }

    /**
     * A quotation as an index shows it, out of its sentence: without the comma that English puts inside the
     * closing mark ("… a very serious danger," Musk said → "… a very serious danger").
     */
    static String shown(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        char last = stripped.isEmpty() ? 0 : stripped.charAt(stripped.length() - 1);
        // the pattern can only match at the end (or before a last U+0085, which strip keeps): most quotations end
        // otherwise, and are returned without it being tried at each of their characters
        return last == ',' || last == ';' || last == '\u0085' ? TRAILING_COMMAS.matcher(stripped).replaceAll("")
                : stripped;
    }

    private static String name(String lang, String key, Speakers speakers) {
        return key.equals(NONE) ? Labels.of(lang).get("unattributed") : speakers.speaker(key);
    }

    private static String groupId(String key) {
        return key.equals(NONE) ? "unattributed" : "s-" + key;
    }

    /**
     * The people as placed, the same in every language, by slug: the longest name an article gives them, the
     * articles that name them (their places in {@link Articles#all()}) and their quotations, newest first, and
     * their gender where the articles tell it ('f' or 'm'; '?' when they tell two, and no entry when none tells one).
     */
    private record People(Map<String, String> names, Map<String, Positions> mentions,
                          Map<String, List<QuoteRef>> quotes, Map<String, Character> genders) {
    }

    private static People people(List<ArticleOutline> articles, Map<String, String> slugs) {
        Map<String, String> names = new TreeMap<>();
        Map<String, Positions> mentions = new TreeMap<>();
        Map<String, List<QuoteRef>> quotes = new TreeMap<>();
        Map<String, Character> genders = new HashMap<>();
        for (int p = 0; p < articles.size(); p++) {
            ArticleOutline a = articles.get(p);
            for (String name : a.people().keySet()) {
                String slug = slugs.computeIfAbsent(name, Slug::of);
                Character gender = a.genders().get(name);
                if (gender != null) {
                    genders.merge(slug, gender, (was, now) -> was.equals(now) ? was : '?');
                }
                names.merge(slug, name, (x, y) -> x.length() >= y.length() ? x : y);
                Positions list = mentions.computeIfAbsent(slug, k -> new Positions());
                if (list.isEmpty() || list.last() != p) {
                    list.append(p);
                }
            }
            for (int i = 0; i < a.quotes().size(); i++) {
                ArticleOutline.QuoteMark q = a.quotes().get(i);
                if (q.person()) {
                    ((Positions.Quotes) quotes.computeIfAbsent(slugs.computeIfAbsent(q.speaker(), Slug::of),
                            k -> new Positions.Quotes())).append(new QuoteRef(p, i));
                }
            }
        }
        return new People(names, mentions, quotes, genders);
    }

    /** Names per page of the people list, at most (its letters cut into pages by {@link Pagination}). */
    static final int PEOPLE_PER_PAGE = 500;

    /** A person as the people list shows them: slug, name and counts. */
    private record Listed(String slug, String name, int quotes, int articles) {
    }

    private void writePeople(String lang, Articles articles, People everyone, List<Runnable> jobs) {
        List<Listed> listed = new ArrayList<>();
        for (Map.Entry<String, String> e : everyone.names().entrySet()) {
            String slug = e.getKey();
            List<QuoteRef> own = everyone.quotes().getOrDefault(slug, List.of());
            Positions mentioned = everyone.mentions().get(slug);
            listed.add(new Listed(slug, e.getValue(), own.size(), mentioned.size()));
            int pages = Math.max(1, (Math.max(own.size(), mentioned.size()) + PERSON_PAGE_SIZE - 1) / PERSON_PAGE_SIZE);
            for (int n = 1; n <= pages; n++) {
                final int page = n;
                char gender = everyone.genders().getOrDefault(slug, '?');
                jobs.add(() -> writePerson(lang, slug, e.getValue(), gender, page, pages, own, mentioned, articles));
            }
        }
        jobs.add(() -> writePeopleList(lang, listed));
    }

    /**
     * The people list in {@code lang}: everyone, by surname under their letters, in pages of at most
     * {@value #PEOPLE_PER_PAGE} names, each page's A–Z bar linking the page each letter begins on.
     */
    private void writePeopleList(String lang, List<Listed> people) {
        String first = Urls.people(lang);
        people.sort(SortName.order(Listed::name).thenComparing(p -> addresses.href(first, Urls.person(lang, p.slug()))));
        List<Letter<Listed>> letters = byLetter(people, Listed::name);
        Map<String, Letter<Listed>> ofLetter = new HashMap<>();
        List<String> keys = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (Letter<Listed> l : letters) {
            ofLetter.put(l.letter(), l);
            keys.add(l.letter());
            sizes.add(l.items().size());
        }
        Pagination<String> pages = Pagination.of(keys, sizes, PEOPLE_PER_PAGE);
        for (int k = 1; k <= pages.size(); k++) {
            int n = k;
            String path = Urls.peoplePage(lang, n);
            Digest key = Digest.of("people").add(lang).add(n).add(pages.size()).add(keys.size());
            keys.forEach(l -> key.add(l).add(pages.pageOf(l)));
            for (Pagination.Part<String> part : pages.page(n)) {
                key.add(part.key()).add(part.from()).add(part.to());
                for (Listed p : ofLetter.get(part.key()).items().subList(part.from(), part.to())) {
                    key.add(p.slug()).add(p.name()).add(p.quotes()).add(p.articles());
                }
            }
            out.page(path, "people.peb", key.bytes(), () -> peopleList(lang, path, n, pages, ofLetter));
        }
    }

    private Map<String, Object> peopleList(String lang, String path, int n, Pagination<String> pages,
                                           Map<String, Letter<Listed>> ofLetter) {
        String title = Labels.of(lang).get("people");
        Map<String, Object> c = Page.context(config, path, lang,
                n == 1 ? title : title + " · " + Labels.of(lang).get("page.of") + " " + n,
                Page.everyLanguage(config, l -> Urls.peoplePage(l, n)));
        List<PersonLink> people = new ArrayList<>();
        List<Letter<PersonLink>> letters = new ArrayList<>();
        for (Pagination.Part<String> part : pages.page(n)) {
            Letter<Listed> letter = ofLetter.get(part.key());
            List<PersonLink> links = new ArrayList<>();
            for (Listed p : letter.items().subList(part.from(), part.to())) {
                links.add(new PersonLink(p.name(), addresses.href(path, Urls.person(lang, p.slug())), p.quotes(),
                        p.articles()));
            }
            people.addAll(links);
            letters.add(new Letter<>(letter.letter(), letter.id(), links, part.continued()));
        }
        Map<String, String> jump = new HashMap<>();
        ofLetter.forEach((l, letter) -> {
            int at = pages.pageOf(l);
            jump.put(l, (at == n ? "" : addresses.href(path, Urls.peoplePage(lang, at))) + "#" + letter.id());
        });
        c.put("people", people);
        c.put("letters", letters);
        c.put("jump", jumpBar(jump));
        c.put("description", Labels.of(lang).get("people.intro"));
        c.putAll(Page.pager(config, path, n, pages.size(), k -> Urls.peoplePage(lang, k)));
        return c;
    }

    /**
     * Names listed under one letter of the alphabet, in sort order; {@code continued} when the letter's names began on
     * the page before (a letter longer than a page of the people list is split).
     */
    record Letter<T>(String letter, String id, List<T> items, boolean continued) {
    }

    /** A letter of the A–Z jump bar, linked to its list when it has one ({@code href} null otherwise). */
    record Jump(String letter, String href) {
    }

    /** The sorted {@code items} cut at each change of their name's {@link SortName#letter() letter}. */
    static <T> List<Letter<T>> byLetter(List<T> items, java.util.function.Function<T, String> nameOf) {
        return byLetter(items, nameOf, SortName::of);
    }

    /** The same, each name's letter from {@code sortOf} (a person's surname, an organisation's name as written). */
    static <T> List<Letter<T>> byLetter(List<T> items, Function<T, String> nameOf, Function<String, SortName> sortOf) {
        List<Letter<T>> out = new ArrayList<>();
        for (T item : items) {
            String letter = sortOf.apply(nameOf.apply(item)).letter();
            if (out.isEmpty() || !out.get(out.size() - 1).letter().equals(letter)) {
                out.add(new Letter<>(letter, "letter-" + letterId(letter), new ArrayList<>(), false));
            }
            out.get(out.size() - 1).items().add(item);
        }
        return out;
    }

    /** The part of a letter's id after {@code letter-}: the letter in lower case, {@code other} for "#". */
    static String letterId(String letter) {
        return letter.equals("#") ? "other" : letter.toLowerCase(Locale.ROOT);
    }

    /** A to Z, each letter linked to its list on the same page where there is one, then "#" when some names start otherwise. */
    static List<Jump> jumpBar(List<? extends Letter<?>> letters) {
        Map<String, String> hrefs = new HashMap<>();
        letters.forEach(l -> hrefs.put(l.letter(), "#" + l.id()));
        return jumpBar(hrefs);
    }

    /** A to Z, each letter linked to {@code hrefs}' link where it has one, then "#" when it has one for "#". */
    static List<Jump> jumpBar(Map<String, String> hrefs) {
        List<Jump> out = new ArrayList<>();
        for (String letter : SortName.LETTERS) {
            out.add(new Jump(letter, hrefs.get(letter)));
        }
        if (hrefs.containsKey("#")) {
            out.add(new Jump("#", hrefs.get("#")));
        }
        return out;
    }

    /** Quotations, and articles that name the person, per page of a person. */
    static final int PERSON_PAGE_SIZE = 100;

    /**
     * Page {@code n} of a person: the n-th {@value #PERSON_PAGE_SIZE} of their quotations and of the articles that
     * name them, newest first; the first page also carries the person's structured data. Its words about the person
     * follow their {@code gender} ('f', 'm', or '?' for words that fit anyone: « le ou la », "them").
     */
    private void writePerson(String lang, String slug, String name, char gender, int n, int pages,
                             List<QuoteRef> own, Positions mentioned, Articles articles) {
        String path = Urls.personPage(lang, slug, n);
        List<QuoteRef> shownQuotes = slice(own, n);
        List<ArticleOutline> shownArticles = new ArrayList<>();
        slice(mentioned, n).forEach(p -> shownArticles.add(articles.outline((int) (long) p)));
        Digest key = Digest.of("person").add(lang).add(slug).add(name).add(String.valueOf(gender)).add(n).add(pages)
                .add(own.isEmpty()).add(shownQuotes.size());
        shownQuotes.forEach(r -> r.feed(key, articles));
        key.add(shownArticles.size());
        shownArticles.forEach(a -> key.add(a.digests().heading()));
        out.page(path, "person.peb", key.bytes(), () -> person(lang, path, name, gender, slug, n, pages,
                !own.isEmpty(), quoted(articles, shownQuotes), articles.summaries(shownArticles)));
    }

    private Map<String, Object> person(String lang, String path, String name, char gender, String slug, int n,
                                       int pages, boolean quoted, List<Quoted> shownQuotes,
                                       List<ArticleSummary> shownArticles) {
        Map<String, Object> c = Page.context(config, path, lang, n == 1 ? name
                : name + " · " + Labels.of(lang).get("page.of") + " " + n, Page.everyLanguage(config,
                l -> Urls.personPage(l, slug, n)));
        c.put("person", name);
        String known = gender == 'f' || gender == 'm' ? String.valueOf(gender) : null;
        c.put("gender", known);
        c.put("peopleHref", addresses.href(path, Urls.people(lang)));
        if (quoted) {
            c.put("feeds", Feeds.announced(path, lang, slug, name));
        }
        c.put("quotes", views(path, lang, shownQuotes));
        List<ArticleLink> links = new ArrayList<>();
        for (ArticleSummary a : shownArticles) {
            String tl = a.textLang(lang);
            links.add(new ArticleLink(a.title(lang), tl, addresses.href(path, Urls.article(lang, a.slug())),
                    a.date().toString(), Page.date(a.date(), lang), null, tl, 0, !tl.equals(lang)));
        }
        c.put("articles", links);
        String description = quoted ? "person.description.quoted" : "person.description";
        c.put("description", Labels.of(lang).get(known == null ? description : description + "." + known)
                .replace("{name}", name));
        c.put("ogType", "profile");
        if (n == 1) {
            c.put("jsonLd", StructuredData.person(config, path, name,
                    shownArticles.stream().map(a -> Urls.article(lang, a.slug())).toList(),
                    shownArticles.stream().map(a -> a.title(lang)).toList()));
        }
        c.putAll(Page.pager(config, path, n, pages, k -> Urls.personPage(lang, slug, k)));
        return c;
    }

    private static <T> List<T> slice(List<T> all, int page) {
        int from = Math.min(all.size(), (page - 1) * PERSON_PAGE_SIZE);
        return all.subList(from, Math.min(all.size(), page * PERSON_PAGE_SIZE));
    }

    /**
     * The quotations as shown on the page at {@code path}: the page's language first, then the other; a quotation
     * only the translation has is shown in the translation's language.
     */
    private List<QuoteView> views(String path, String lang, List<Quoted> quoted) {
        List<QuoteView> out = new ArrayList<>();
        for (Quoted x : quoted) {
            ArticleSummary a = x.article();
            ArticleSummary.QuoteEntry q = x.quote();
            String textLang = q.texts().containsKey(lang) ? lang
                    : q.texts().containsKey(a.original()) ? a.original() : q.texts().keySet().iterator().next();
            String otherLang = textLang.equals(a.original()) || !q.texts().containsKey(a.original())
                    ? q.texts().keySet().stream().filter(l -> !l.equals(textLang)).findFirst().orElse(null)
                    : a.original();
            String articleHref = addresses.href(path, Urls.article(lang, a.slug()));
            out.add(new QuoteView(shown(q.texts().get(textLang)), textLang,
                    otherLang == null ? null : shown(q.texts().get(otherLang)),
                    otherLang, a.title(lang), a.textLang(lang), articleHref, articleHref + "#p" + q.paragraph(),
                    q.paragraph(), a.date().toString(), Page.date(a.date(), lang), a.sources()));
        }
        return out;
    }
}
