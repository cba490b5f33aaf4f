package verbatim.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import verbatim.text.ElisionRepair;
import verbatim.text.internal.CodeFingerprint;
import verbatim.analysis.reading.Reading;
import verbatim.analysis.reading.Quotation;
import verbatim.analysis.reading.Span;
import verbatim.analysis.reading.Mention;
import verbatim.analysis.reading.Lexicon;
import verbatim.analysis.quotes.QuoteFinder;
import verbatim.analysis.people.PersonFinder;
import verbatim.analysis.people.NameCues;
import verbatim.analysis.people.OrganizationFinder;
import verbatim.analysis.speakers.SpeakerResolver;
import verbatim.analysis.speakers.References;
import verbatim.analysis.dates.DateFinder;
import verbatim.analysis.dates.DateExtractor;

/**
 * The rule-based {@link Analyzer}: repairs lost French elisions, then finds quotations ({@link QuoteFinder}),
 * organisations ({@link OrganizationFinder}), people ({@link PersonFinder}), speakers ({@link SpeakerResolver})
 * and dates (through a {@link DateExtractor}).
 *
 * <p>Example: the paragraph {@code « Je pars », a dit Marie Curie.} gives the quote "Je pars" said by
 * "Marie Curie", and the person "Marie Curie" ('f', one mention).
 *
 * <p>Thread-safe: the lexicons are loaded once and shared; each call works on its own state.
 */
public final class RuleAnalyzer implements Analyzer {

    private final Lexicon lexicon;
    private final DateExtractor dates;
    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final OrganizationFinder organizationFinder;
    private final PersonFinder personFinder;
    private final SpeakerResolver speakerResolver;

    /** The analyser with every rule family, dates included. */
    public RuleAnalyzer() {
        this(new DateFinder()::find);
    }

    public RuleAnalyzer(DateExtractor dates) {
        this(Lexicon.shared(), dates);
    }

    public RuleAnalyzer(Lexicon lexicon, DateExtractor dates) {
        this.lexicon = lexicon;
        this.dates = dates;
        this.organizationFinder = new OrganizationFinder(lexicon);
        this.personFinder = new PersonFinder(lexicon, organizationFinder);
        this.speakerResolver = new SpeakerResolver(lexicon);
    }

    /**
     * The analyser with every rule family, its lexicons loaded side by side: the French dictionary on a second
     * thread while the names, verbs and date lexicons load on this one.
     */
    public static RuleAnalyzer loaded() {
        CompletableFuture<ElisionRepair> dictionary = CompletableFuture.supplyAsync(ElisionRepair::french);
        RuleAnalyzer analyzer = new RuleAnalyzer();
        dictionary.join();
        return analyzer;
    }

    /**
     * The version of the rules, for caches of analyses: a fingerprint of the analysis and text code and their
     * lexicons as built (see {@link CodeFingerprint}); it changes whenever any of them does. Computed once.
     */
    public static String version() {
        return Version.VALUE;
    }

    private static final class Version {
        static final String VALUE = CodeFingerprint.of(RuleAnalyzer.class, "verbatim/analysis/", "verbatim/text/");
    }

    @Override
    public Analysis analyze(ArticleText article) {
        List<Repair> repairs = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < article.paragraphs().size(); i++) {
            paragraphs.add(repair(article.lang(), i + 1, article.paragraphs().get(i), repairs));
        }
        List<String> warnings = new ArrayList<>();
        Reading reading = new Reading(article.lang(), paragraphs, quoteFinder.find(paragraphs, warnings));
        NameCues cues = new NameCues(reading, lexicon); // read by both finders: made once
        List<Mention> orgMentions = organizationFinder.find(reading, cues);
        List<Mention> personMentions = personFinder.find(reading, orgMentions, cues);
        References refs = new References(lexicon, reading, personMentions, orgMentions);
        List<SpeakerResolver.Found> speakers = speakerResolver.resolve(reading, refs);

        List<Quote> quotes = new ArrayList<>();
        int k = 0;
        for (int p = 1; p <= paragraphs.size(); p++) {
            for (Quotation q : reading.quotations(p)) {
                SpeakerResolver.Found found = speakers.get(k++);
                quotes.add(new Quote(paragraphs.get(p - 1).substring(q.start(), q.end()), found.name(),
                        new Span(p, q.start(), q.end()), found.how()));
            }
        }
        return new Analysis(article.lang(), article.date(), paragraphs, quotes, people(personMentions),
                organizations(orgMentions), dates.find(paragraphs, article.date(), article.lang()), repairs,
                warnings);
    }

    private static String repair(String lang, int paragraph, String text, List<Repair> repairs) {
        if (!"fr".equals(lang)) {
            return text;
        }
        ElisionRepair.Result result = ElisionRepair.french().repair(text);
        for (ElisionRepair.Fix fix : result.fixes()) {
            repairs.add(new Repair(paragraph, fix.before(), fix.after()));
        }
        return result.text();
    }

    private static List<Person> people(List<Mention> mentions) {
        Map<String, List<Span>> spans = new LinkedHashMap<>();
        Map<String, Character> genders = new LinkedHashMap<>();
        for (Mention m : mentions) {
            spans.computeIfAbsent(m.name(), n -> new ArrayList<>()).add(new Span(m.paragraph(), m.start(), m.end()));
            genders.putIfAbsent(m.name(), m.gender());
        }
        List<Person> people = new ArrayList<>();
        spans.forEach((name, list) -> people.add(new Person(name, genders.get(name), list)));
        return people;
    }

    private static List<Organization> organizations(List<Mention> mentions) {
        Map<String, List<Span>> spans = new LinkedHashMap<>();
        for (Mention m : mentions) {
            spans.computeIfAbsent(m.name(), n -> new ArrayList<>()).add(new Span(m.paragraph(), m.start(), m.end()));
        }
        List<Organization> list = new ArrayList<>();
        spans.forEach((name, s) -> list.add(new Organization(name, s)));
        return list;
    }
}
