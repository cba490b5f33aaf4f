package verbatim.analysis.speakers;

import java.util.List;
import java.util.Set;
import verbatim.analysis.reading.Reading;
import verbatim.analysis.reading.Word;
import verbatim.analysis.reading.NameRun;
import verbatim.analysis.reading.Mention;
import verbatim.analysis.reading.Lexicon;

/**
 * The reporting clause before a quotation: whom its verb has for subject, past appositions, ages and asides set
 * between commas, the agent of a passive, a body speaking through its representatives. Example: in {@code L'avocat
 * d'Anne Roy, Paul Mercier, a déclaré : « … »} the subject is Paul Mercier.
 */
final class ReportingClause {

    private final Lexicon lexicon;
    private final Syntax syntax;
    private final Sources sources;

    ReportingClause(Lexicon lexicon, Syntax syntax, Sources sources) {
        this.lexicon = lexicon;
        this.syntax = syntax;
        this.sources = sources;
    }

    /**
     * Where the clause holding a quotation begins: after the last ", but" / ", mais" / "; " of the words before
     * it ("X sought an injunction, but the court ruled that it was “…”" has the court for subject), else at the
     * sentence's start.
     */
    static int clauseStart(List<Word> before, int sentenceStart) {
        for (int k = before.size() - 2; k >= 0; k--) {
            Word w = before.get(k);
            if (w.is(";") || w.is(",") && CLAUSE_LINKS.contains(before.get(k + 1).key())) {
                return before.get(k + 1).start();
            }
        }
        if (!before.isEmpty() && before.get(0).start() > sentenceStart && (CLAUSE_LINKS.contains(before.get(0).key())
                || SUBORDINATORS.contains(before.get(0).key()))) {
            return before.get(0).start(); // « « … » même si sa fille, elle, trouve que « … » »: a clause of its own
        }
        return sentenceStart;
    }

    private static final Set<String> CLAUSE_LINKS = Set.of("but", "mais", "while", "whereas", "tandis", "alors",
            "yet", "cependant", "pourtant", "however");

    /**
     * The index of the word that opens an aside closed at {@code k} (the first dash of "— which the BBC noted —",
     * the bracket of "(as the paper put it)"), or -1 when the word at k closes none in its sentence.
     */
    static int asideOpening(List<Word> words, int k) {
        Word w = words.get(k);
        boolean dash = w.is("—") || w.is("–");
        if (!dash && !w.is(")")) {
            return -1;
        }
        for (int j = k - 1; j >= 0; j--) {
            Word o = words.get(j);
            if (o.is(".") || o.is("!") || o.is("?")) {
                return -1;
            }
            if (dash ? o.is(w.text()) : o.is("(")) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The speaker of a reporting clause set between two commas inside the sentence, the comma at k closing it:
     * "Anne Roy, Paul Mercier said, had been “…”", « La réforme, estime Paul Mercier, est « … » ». The clause holds
     * a reporting verb and a person or a personal pronoun, and at most five words; null otherwise.
     */
    Mention parentheticalReporter(References refs, List<Word> words, int k, int p) {
        int open = k - 1;
        int count = 0;
        while (open >= 0 && !words.get(open).is(",")) {
            if (words.get(open).isWord() && ++count > 5) {
                return null;
            }
            open--;
        }
        if (open < 0 || count < 2) {
            return null;
        }
        boolean verb = false;
        Mention who = null;
        for (int j = open + 1; j < k; j++) {
            Word w = words.get(j);
            Mention m = Syntax.mentionAt(refs, p, w);
            if (m != null && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.PRONOUN && m.gender() != 'n')) {
                who = who == null ? m : who;
            } else if (w.isWord() && lexicon.isReportingVerb(w.text()) && !lexicon.takesObject(w.text())) {
                verb = true;
            }
        }
        return verb ? who : null;
    }

    /**
     * The index of the comma that opens an apposition closed by the comma at k (", Marine Le Pen,"), or -1 when
     * the words between the two commas are not one name.
     */
    static int apposition(References refs, List<Word> words, int k, int p) {
        int open = k - 1;
        while (open >= 0 && !words.get(open).is(",")) {
            open--;
        }
        if (open < 0 || open == k - 1) {
            return -1;
        }
        Mention m = Syntax.mentionAt(refs, p, words.get(k - 1));
        return m != null && m.kind() == Mention.Kind.PERSON && m.start() <= words.get(open + 1).start() ? open : -1;
    }

    private static final Set<String> ASIDE_PREPOSITIONS = Set.of("depuis", "dans", "lors", "devant", "pendant",
            "durant", "en", "à", "au", "aux", "from", "in", "at", "during", "on", "before", "after", "outside", "inside",
            "according", "selon"); // "said, according to Reuters, that …": the agency is an aside, not the source

    /**
     * The index of the comma that opens an adverbial aside closed by the comma at k, when a complementizer follows
     * the aside: "a confié, depuis la Corrèze où il se trouvait, que « … »", "said, in a post on Monday, that
     * “…”" (an aside opened by a preposition of place or time); -1 otherwise.
     */
    static int adverbialAside(List<Word> words, int k) {
        if (k + 1 >= words.size() || !COMPLEMENTIZERS.contains(words.get(k + 1).key())) {
            return -1;
        }
        int open = k - 1;
        while (open >= 0 && !words.get(open).is(",")) {
            if (".!?:;".contains(words.get(open).text())) {
                return -1;
            }
            open--;
        }
        return open >= 1 && open + 1 < k && ASIDE_PREPOSITIONS.contains(words.get(open + 1).key()) ? open : -1;
    }

    private static final Set<String> COMPLEMENTIZERS = Set.of("que", "qu", "that", "comme");

    /**
     * The index of the comma that opens a subordinate clause set off by commas right after a reporting verb, when the
     * comma at k closes it: "X said, although the minister cared, the record was “woeful”", « X a estimé, même si
     * …, que … » — the clause is an aside, the verb before it reports the quotation. -1 otherwise.
     */
    static int subordinateAside(List<Word> words, int k, Lexicon lexicon) {
        int open = k - 1;
        while (open >= 0 && !words.get(open).is(",")) {
            if (".!?:;«»“”\"".contains(words.get(open).text())) {
                return -1;
            }
            open--;
        }
        if (open < 1 || open + 1 >= k || !SUBORDINATORS.contains(words.get(open + 1).key())) {
            return -1;
        }
        Word verb = words.get(open - 1);
        return verb.isWord() && lexicon.isReportingVerb(verb.text()) ? open : -1;
    }

    /** Conjunctions that open a subordinate clause: "although", "while", « même si » (its « si »), « bien que ». */
    private static final Set<String> SUBORDINATORS = Set.of("although", "though", "while", "whilst", "if", "when",
            "as", "because", "since", "si", "bien", "quand", "lorsque", "alors", "puisque", "même");

    /** True for "read" / "reads" right after a document noun: "Ann Lee's statement read:", "a tweet from X reads". */
    boolean documentReads(List<Word> words, int k) {
        Word w = words.get(k);
        return (w.is("read") || w.is("reads")) && documentNoun(words, Math.max(0, k - 4), k);
    }

    /** True when a document noun ("statement", "tweet", « communiqué ») stands among the words {@code from}–{@code to}. */
    private boolean documentNoun(List<Word> words, int from, int to) {
        for (int j = from; j < to; j++) {
            if (words.get(j).isWord() && lexicon.role(words.get(j).text()) == 'd') {
                return true;
            }
        }
        return false;
    }

    /**
     * The one person named, by name, in a short verbless heading before a colon: « Réaction immédiate de Claire
     * Dubois : », « Même constat pour Paul Henry : ». Null when the heading has more than seven words, a reporting
     * verb, or not exactly one person's name.
     */
    Mention onlyPersonOfShortHeading(References refs, List<Word> words, int p, int from, int to) {
        List<Word> heading = Syntax.within(words, from, to);
        if (heading.stream().filter(Word::isWord).count() > 7
                || heading.stream().anyMatch(w -> w.isWord() && lexicon.isReportingVerb(w.text()))) {
            return null;
        }
        Mention only = null;
        for (Mention m : refs.in(p, from, to)) {
            if (m.paragraph() != p || m.quoted() || m.start() < from || m.end() > to || m.kind() != Mention.Kind.PERSON
                    || !m.isName()) {
                continue;
            }
            if (only != null) {
                return null;
            }
            only = m;
        }
        return only;
    }

    /** French stressed pronouns set between commas after a verb to contrast its subject: « Fillon estime, lui, … ». */
    static final Set<String> STRESSED = Set.of("lui", "elle", "eux", "elles");

    /**
     * True when "que" / "that" follows a verb at k, right after it or after a short complement without a verb or
     * a comma: "said that", "said on Sunday that", "told the Daily Courier that", « a dit à l'AFP que ».
     */
    boolean complementizerAfter(List<Word> clause, int k) {
        for (int j = k + 1; j < clause.size() && j <= k + 5; j++) {
            Word w = clause.get(j);
            if (COMPLEMENTIZERS.contains(w.key())) {
                return true;
            }
            if (!w.isWord() && !NameRun.isApostrophe(w) || lexicon.isReportingVerb(w.text())) {
                return false;
            }
        }
        return false;
    }

    /**
     * The person or organisation named right before ", qui" / ", who" that opens a quotation: the relative clause
     * is theirs ("…, a précisé le Conseil d'État, qui « annule donc le refus … »", "Ms Lee, who “never gave up”");
     * null when the words before the quotation end otherwise, or when the name is the complement of a noun (« les
     * propositions de Libération, qui « … » »: the clause is the proposals', whoever reports it).
     */
    Mention relativeAntecedent(Reading reading, References refs, List<Word> before, int p) {
        int n = before.size();
        if (n < 3 || !(before.get(n - 1).is("qui") || before.get(n - 1).is("who")) || !before.get(n - 2).is(",")) {
            return null;
        }
        Mention m = Syntax.mentionAt(refs, p, before.get(n - 3));
        if (m == null || m.kind() != Mention.Kind.PERSON) {
            Mention head = appositionHead(refs, before, n - 3, p);
            if (head != null) {
                return head; // « Yves Roy, délégué CGT, qui « … » »: the clause is the man's, not the union's
            }
        }
        return m != null && m.end() == before.get(n - 3).end()
                && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.ORGANIZATION)
                && !nounComplement(reading.words(p), m) ? m : null; // « les propositions de X, qui »
    }

    /**
     * The person whose apposition ends at the word {@code last}, right before ", qui" / ", who": « Yves Roy,
     * délégué CGT, qui », "Ann Lee, a delegate of the Unite union, who". A relative clause after such an apposition
     * is the person's: the apposition only describes them, whatever body it names. Null when no comma opens the
     * apposition within ten words, when a sentence's end, a quotation mark, a reporting verb or a conjunction (a
     * list) comes first, or when the name before that comma is not a person's.
     */
    private Mention appositionHead(References refs, List<Word> words, int last, int p) {
        for (int j = last; j >= 1 && last - j <= 10; j--) {
            Word w = words.get(j);
            if (w.is(",")) {
                Mention m = j < last ? Syntax.mentionAt(refs, p, words.get(j - 1)) : null;
                return m != null && m.kind() == Mention.Kind.PERSON && m.end() == words.get(j - 1).end() ? m : null;
            }
            if (!w.isWord() && !NameRun.isApostrophe(w) && !w.is("-")
                    || w.isWord() && (lexicon.isReportingVerb(w.text()) || Grammar.RELATIVES.contains(w.key())
                            || w.is("et") || w.is("and") || w.is("ou") || w.is("or"))) {
                return null; // « Anne Roy, Paul Marc et la CGT, qui »: a list, not an apposition
            }
        }
        return null;
    }

    /** Prepositions that make a name the complement of the noun before it: « les propositions de X », "the plan of X". */
    private static final Set<String> GENITIVES = Set.of("de", "du", "des", "d", "of");

    /** True when a mention follows a genitive preposition (« de », « d' », "of"), after at most an article. */
    private static boolean nounComplement(List<Word> words, Mention m) {
        int i = Word.indexAt(words, m.start());
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            Word w = words.get(k);
            if (GENITIVES.contains(w.key())) {
                return true;
            }
            if (!(NameRun.isApostrophe(w) || w.is("la") || w.is("le") || w.is("l") || w.is("the"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The agent of a reporting verb in the passive: "X was described by Paul Mercier as “…”", « X a été qualifiée
     * de « … » par Paul Mercier » is Mercier's description, not X's words; null when the verb is not passive or
     * has no named agent right after it.
     */
    static Mention passiveAgent(References refs, List<Word> words, int verb, int p) {
        if (Sources.CONDUITS.contains(words.get(verb).key())) {
            return null; // "X was quoted by the Times as saying": the Times passed X's words on
        }
        if (verb < 1 || verb + 2 >= words.size() || !Grammar.BE.contains(words.get(verb - 1).key())
                && !words.get(verb - 1).is("été") || !(words.get(verb + 1).is("by") || words.get(verb + 1).is("par"))) {
            return null;
        }
        int at = verb + 2;
        while (at + 1 < words.size() && at <= verb + 3 && References.THE.contains(words.get(at).key())) {
            at++; // "described by the CBCP as", « qualifiée de « … » par l'ONU »
        }
        Mention agent = Syntax.mentionAt(refs, p, words.get(at));
        return agent != null && (agent.kind() == Mention.Kind.PERSON || agent.kind() == Mention.Kind.ORGANIZATION)
                ? agent : null;
    }

    /**
     * The agent of a passive verb whose reason the quotation gives: « X a été écarté par Paul Roux au motif que
     * « … » », "X was fired by Ann Lee on the grounds that he was “…”". The reason is the agent's words, not those of
     * the passive verb's subject. Null when no « au motif que » / "on the grounds that" follows such a verb.
     */
    static Mention reasonGiver(References refs, List<Word> before, int p) {
        int reason = -1;
        for (int k = 0; k + 1 < before.size(); k++) {
            Word w = before.get(k);
            Word next = before.get(k + 1);
            if ((w.is("motif") || w.is("grounds")) && (next.is("que") || next.is("qu") || next.is("that"))) {
                reason = k;
                break;
            }
        }
        for (int v = 1; v < reason; v++) {
            if (Grammar.isParticiple(before.get(v))) {
                Mention agent = passiveAgent(refs, before, v, p);
                if (agent != null) {
                    return agent;
                }
                if (v + 1 < reason && (before.get(v + 1).is("par") || before.get(v + 1).is("by"))) {
                    for (int k = v + 2; k < reason; k++) { // "by the party's first secretary Jean Marc"
                        Mention m = Syntax.mentionAt(refs, p, before.get(k));
                        if (m != null && m.kind() == Mention.Kind.PERSON) {
                            return m;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** How many words before a quotation a reporting verb right after its subject's name may stand. */
    static final int FAR = 30;

    /** Subject pronouns after which a form that is a noun too ("claims", « demande ») is a verb. */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "il", "elle", "ils", "elles");

    /**
     * True when the word at k, a form that is a noun as often as a verb, follows a subject: a person's or an
     * organisation's name ("President Trump claims he …", « la CGT demande que … ») or a subject pronoun.
     */
    static boolean rightAfterSubject(References refs, List<Word> words, int k, int p) {
        if (k == 0 || !words.get(k - 1).isWord()) {
            return false;
        }
        Word last = words.get(k - 1);
        if ((last.is("y") || last.is("en")) && k > 1 && words.get(k - 2).isWord()) {
            last = words.get(k - 2); // « L'IGF y pointe « … » »: the clitic stands between subject and verb
        }
        if (SUBJECT_PRONOUNS.contains(last.key())) {
            return true;
        }
        for (Mention m : refs.in(p, Math.max(0, last.start() - 120), last.end())) {
            if (m.end() == last.end() && !m.quoted() && (m.kind() == Mention.Kind.PERSON
                    || m.kind() == Mention.Kind.ORGANIZATION)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a name is the object of a present participle, or of a relative clause's verb, that follows an
     * indefinite noun phrase: "A lawyer representing Paul X", « un avocat représentant Paul X », "a lawyer who
     * represents Paul X".
     */
    private static boolean objectOfParticiple(List<Word> words, Mention m) {
        int first = Word.indexAt(words, m.start());
        if (first < 2 || first >= words.size()) {
            return false;
        }
        Word participle = words.get(first - 1);
        int from = first - 2;
        if (first >= 3 && participle.isWord() && !participle.isCapitalised()
                && (words.get(first - 2).is("who") || words.get(first - 2).is("qui"))) {
            from = first - 3; // "A lawyer who represents Paul X told a mediator": the verb of a relative clause
        } else if (!Grammar.participle(words, first - 1) || participle.isCapitalised()) {
            return false;
        }
        for (int j = from; j >= 0 && j >= from - 3; j--) {
            if (Sources.UNNAMED_SOURCES.contains(words.get(j).key()) || words.get(j).is("one")) {
                return true;
            }
            if (!words.get(j).isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * The index of the comma that opens an age between commas ending at the comma {@code k} (", 58,", « , 58 ans, »),
     * or -1.
     */
    static int ageAside(List<Word> words, int k) {
        int j = k - 1;
        if (j >= 0 && (words.get(j).is("ans") || words.get(j).is("years") || words.get(j).is("year-old"))) {
            j--;
        }
        boolean age = j >= 1 && words.get(j).text().chars().allMatch(Character::isDigit) && words.get(j).text().length() <= 3;
        return age && words.get(j - 1).is(",") ? j - 1 : -1;
    }

    /**
     * The author named right after an indefinite document that opens the clause before its verb: « Un rapport de
     * l'Observatoire national de l'habitat … estimait », "A report by the Audit Office found", "A statement from the
     * firm read" (the institution noun, which stands for the firm named before). Null otherwise.
     */
    private Mention indefiniteDocumentAuthor(References refs, List<Word> before, int verb, int p) {
        int k = firstWord(before, verb);
        if (k + 2 >= verb || !Sources.UNNAMED_SOURCES.contains(before.get(k).key())) {
            return null;
        }
        for (int j = k + 2; j < verb; j++) {
            Mention m = Syntax.mentionAt(refs, p, before.get(j));
            if (m != null) {
                boolean author = m.isName() || m.kind() == Mention.Kind.DOCUMENT && refs.isInstitution(m); // "the firm"
                return author && sources.authorOfDocument(refs.reading().text(p).substring(before.get(k).start(), m.start()))
                        ? m : null;
            }
        }
        return null;
    }

    /** Plural articles that open a common noun subject: « les démocrates », "the protesters". */
    private static final Set<String> PLURAL_ARTICLES = Set.of("les", "des", "ces", "the");

    /**
     * True when a plural common noun right before the verb (after « les », « des », « ces », "the", with only
     * auxiliaries between) is its subject, and no mention stands there: « et les démocrates avaient demandé »,
     * "the protesters chanted". Such a group is nobody the article names.
     */
    private boolean commonNounSubject(References refs, List<Word> before, int verb, int p) {
        int j = verb - 1;
        while (j >= 0 && before.get(j).isWord() && (Grammar.AUXILIARIES.contains(before.get(j).key())
                || Grammar.BE.contains(before.get(j).key()) || before.get(j).is("has") || before.get(j).is("had")
                || before.get(j).is("have"))) {
            j--;
        }
        if (j < 1) {
            return false;
        }
        Word noun = before.get(j);
        Word article = before.get(j - 1);
        return noun.isWord() && !noun.isCapitalised() && (noun.key().endsWith("s") || noun.key().endsWith("x"))
                && PLURAL_ARTICLES.contains(article.key())
                && Syntax.mentionAt(refs, p, noun) == null && lexicon.description(noun.text()) == 0
                && !lexicon.isReportingVerb(noun.text());
    }

    /** Verbs of starting or going on before an English verb in -ing: "began shouting", "kept chanting". */
    private static final Set<String> ASPECT = Set.of("began", "begin", "begins", "started", "start", "starts", "kept");

    /**
     * The post noun that an English possessive owns before the verb ("chief executive" of "Acme's chief executive
     * said"): the last word from {@code from} on, before the verb and within three words, that names a post
     * ({@link Lexicon#isPost}); null when another word (a relation noun, "brother") or punctuation stands there.
     */
    private String postAfter(List<Word> before, int from, int verb) {
        String post = null;
        for (int k = from; k < verb && k < from + 4; k++) {
            Word w = before.get(k);
            if (w.is("s") || NameRun.isApostrophe(w)) {
                continue;
            }
            if (!w.isWord() || w.isCapitalised()) {
                return null;
            }
            if (lexicon.isPost(w.text())) {
                post = w.text();
            }
        }
        return post;
    }

    /** The forms of « être » and "be" that open a cleft sentence after « c' » / « ce » / "it". */
    private static final Set<String> CLEFT_BE = Set.of("est", "était", "sera", "fut", "sont", "étaient", "is", "was");

    /**
     * The first mention after the opening of a cleft sentence whose relative pronoun stands at {@code rel}:
     * « C'est le maire, élu en 2020, qui a averti : », "It was the mayor who said": the person in focus, who is the
     * relative's subject however long the phrase about them. Null when the words before open no cleft, or the
     * first mention stands in a prepositional phrase.
     */
    private Mention cleftFocus(References refs, List<Word> before, int rel, int p) {
        if (!before.get(rel).is("qui") && !before.get(rel).is("who")) {
            return null;
        }
        for (int k = 0; k + 1 < rel; k++) {
            boolean opens = (before.get(k).is("c") || before.get(k).is("ce") || before.get(k).is("it"))
                    && CLEFT_BE.contains(before.get(NameRun.isApostrophe(before.get(k + 1)) ? Math.min(k + 2, rel) : k + 1).key());
            if (!opens) {
                continue;
            }
            for (int j = k + 2; j < rel; j++) {
                Mention m = Syntax.mentionAt(refs, p, before.get(j));
                if (m != null) {
                    return syntax.inPrepositionalPhrase(before, m) || m.kind() == Mention.Kind.PRONOUN ? null : m;
                }
            }
            return null;
        }
        return null;
    }

    /** Words that open a clause whose subject may be a bare plural: "when supporters began shouting". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("when", "as", "while", "and", "after", "before");

    /**
     * True for an English bare plural subject right after a clause opener, perhaps with a verb of starting before
     * the reporting verb: "“…,” he said, when supporters began shouting, “Tell us!”" — a crowd the article does not
     * name, not the sentence's first speaker.
     */
    private static boolean bareGroupSubject(List<Word> before, int verb) {
        int j = verb - 1;
        if (j >= 0 && ASPECT.contains(before.get(j).key())) {
            j--;
        }
        if (j < 1) {
            return false;
        }
        Word noun = before.get(j);
        return noun.isWord() && !noun.isCapitalised() && noun.key().length() > 3 && noun.key().endsWith("s")
                && CLAUSE_OPENERS.contains(before.get(j - 1).key());
    }

    /** True when only auxiliaries and adverbs of one word stand between two indices (« a », « a ensuite », "has"). */
    private static boolean onlyAuxiliaries(List<Word> words, int from, int to) {
        for (int j = from; j < to; j++) {
            Word w = words.get(j);
            if (!w.isWord() || !(Grammar.AUXILIARIES.contains(w.key()) || Grammar.BE.contains(w.key()) || w.is("has") || w.is("had"))) {
                return false;
            }
        }
        return true;
    }

    /** The subject of the verb at index {@code verb}: a mention just before it, through "qui", or the sentence's. */
    Object subject(References refs, List<Word> before, int verb, int p, int sentenceStart, int quoteOpen) {
        if (verb >= 1 && Syntax.OBJECT_VERBS.contains(before.get(verb).key())
                && Grammar.BE.contains(before.get(verb - 1).key())) {
            return SpeakerResolver.NO_ONE; // "The court was told the scaffold was “unsafe”": the hearer, not the speaker
        }
        if (commonNounSubject(refs, before, verb, p) || bareGroupSubject(before, verb)) {
            return SpeakerResolver.NO_ONE; // « … et les démocrates avaient demandé que … « … » »: a group the article does not name
        }
        Mention author = indefiniteDocumentAuthor(refs, before, verb, p);
        if (author != null) {
            return author; // « Un rapport de l'Observatoire de l'habitat publié en avril estimait que « … » »
        }
        Object represented = representedBody(refs, before, verb, p);
        if (represented != null) {
            return represented; // "Officials from the World Bank said", « des représentants de la CGT ont dit »
        }
        if (indefiniteSubject(before, verb)) {
            Mention owner = null;
            for (int k = 2; k < verb && owner == null; k++) {
                owner = Syntax.mentionAt(refs, p, before.get(k));
            }
            return owner != null && owner.kind() == Mention.Kind.ORGANIZATION && !Syntax.channel(before, owner)
                    ? owner // "A spokesman for the Home Office said": the body speaks through its spokesman
                    : SpeakerResolver.NO_ONE; // « Un porte-parole de Paul X a déclaré », "A spokesman for Paul X said": not X
        }
        if (indefiniteBody(before, verb)) {
            return SpeakerResolver.NO_ONE; // "A major NHS hospital told staff": one body the article does not name
        }
        int and = verb - 1;
        while (and >= 0 && before.get(and).isWord() && Grammar.AUXILIARIES.contains(before.get(and).key())) {
            and--;
        }
        boolean relative = false; // « l'opposition qui crie à la fraude et annonce »: the relative clause's verbs
        for (int k = 0; k < and; k++) {
            relative |= before.get(k).isWord() && Grammar.RELATIVES.contains(before.get(k).key());
        }
        if (and >= 1 && !relative && (before.get(and).is("and") || before.get(and).is("et"))) {
            // "X accused mayor Y of neglect and said …", « X a reçu Y et a déclaré … »: the second verb's subject
            Mention s = syntax.subjectMention(refs, p, sentenceStart, before.get(and).start());
            if (s != null && s.kind() != Mention.Kind.PRONOUN) { // is the first's, not its object
                return s;
            }
        }
        for (int k = verb - 1; k >= 0 && verb - k <= 10; k--) {
            Word w = before.get(k);
            if (w.is(")")) { // « Philippe Martin (PS) a dénoncé »: the party in brackets after a name is not the subject
                int open = k - 1;
                while (open >= 0 && k - open <= 8 && !before.get(open).is("(")) {
                    open--;
                }
                if (open > 0 && before.get(open).is("(") && Syntax.mentionAt(refs, p, before.get(open - 1)) != null) {
                    k = open;
                    continue;
                }
            }
            Mention m = Syntax.mentionAt(refs, p, w);
            if (m != null && m.kind() == Mention.Kind.ORGANIZATION && Syntax.channel(before, m)) {
                Mention owner = Syntax.channelOwner(refs, before, m, verb, p);
                return owner != null ? owner : SpeakerResolver.NO_ONE; // "the government Twitter account made the announcement:"
            }
            if (m != null && refs.possessive(m)) {
                int after = Word.indexAt(before, m.end());
                if (documentNoun(before, after, Math.min(verb, after + 4))) {
                    return m; // "Ann Lee's statement read:": the author's words
                }
                Mention holder = m.kind() == Mention.Kind.ORGANIZATION
                        ? refs.postHolderAt(m, postAfter(before, after, verb), p) : null;
                return holder != null ? holder // "Acme's chief executive said" after "Ann Lee, chief executive of Acme"
                        : SpeakerResolver.NO_ONE; // "Tesla's chief executive said": someone not named
            }
            if (m != null && objectOfParticiple(before, m)) {
                return SpeakerResolver.NO_ONE; // "A lawyer representing Paul X said": the lawyer, whom the article does not name
            }
            String via = m != null ? Sources.conduitVerb(before, m) : null;
            if (via != null) {
                if (Sources.QUOTING.contains(via)) {
                    k = Word.indexAt(before, m.start());
                    continue; // "X was quoted by the Times as saying": X's words, passed on by the Times
                }
                return SpeakerResolver.NO_ONE; // "A leaked letter seen by Sky News says": who saw it did not write it
            }
            if (m != null && (!syntax.inPrepositionalPhrase(before, m) || Syntax.absolute(before, k, verb, m))) {
                return m;
            }
            if (Grammar.RELATIVES.contains(w.key())) {
                Mention focused = cleftFocus(refs, before, k, p);
                if (focused != null) {
                    return focused; // « C'est le responsable de la sécurité, …, qui a mis en garde contre « … » »
                }
                int a = k > 1 && before.get(k - 1).is(",") ? k - 2 : k - 1;
                Mention antecedent = a >= 0 ? Syntax.mentionAt(refs, p, before.get(a)) : null;
                Mention head = a >= 0 && a < k - 1 && (antecedent == null || antecedent.kind() != Mention.Kind.PERSON)
                        ? appositionHead(refs, before, a, p) : null;
                if (head != null) {
                    return head; // « Yves Roy, délégué CGT, qui dénonce « … » »: the man, not the union
                }
                return antecedent != null ? antecedent : SpeakerResolver.NO_ONE;
            }
            if (w.is(",")) {
                int open = k > 0 && !Grammar.participle(before, verb) && (k == verb - 1 || onlyAuxiliaries(before, k + 1, verb))
                        ? apposition(refs, before, k, p) : -1;
                Mention apposed = open >= 0 ? Syntax.mentionAt(refs, p, before.get(open + 1)) : null;
                if (apposed != null && apposed.kind() == Mention.Kind.PERSON) {
                    return apposed; // « L'avocat d'Anne Roy, Paul Mercier, a déclaré »: the name set beside the subject
                }
                Mention contrasted = contrastSubject(refs, before, k, p);
                if (contrasted != null) {
                    return contrasted; // "X called it “…”, while ALDI, in a post, called it “…”": the clause's own subject
                }
                Mention s = syntax.subjectMention(refs, p, sentenceStart, quoteOpen);
                if (s != null && s.start() >= before.get(verb).end() && ownedSubject(refs, before, verb, p)) {
                    return SpeakerResolver.NO_ONE; // "Mr Lee's brother, who lives in Ohio, said he was “…”": not "he", who is Lee
                }
                if (s == null) {
                    s = syntax.hostMention(refs, p, sentenceStart, quoteOpen); // « Du côté de la CFDT, on assure »
                }
                return s != null ? s : SpeakerResolver.NO_ONE;
            }
            if (w.is(".") && k > 0 && NameRun.isAbbreviation(before.get(k - 1))) {
                continue; // "Martin Luther King Jr. said": the dot of a name's suffix ends no sentence
            }
            if (".!?".contains(w.text())) {
                return SpeakerResolver.NO_ONE;
            }
        }
        int until = quoteOpen;
        for (int k = verb + 1; k < before.size(); k++) {
            if (Grammar.COMPLEMENTISERS.contains(before.get(k).key())) {
                until = before.get(k).start(); // « Les démocrates ont demandé que Paul X soit renvoyé … « … » »:
                break; // the reported clause's subject is not the verb's
            }
        }
        Mention s = syntax.subjectMention(refs, p, sentenceStart, until);
        return s != null ? s : SpeakerResolver.NO_ONE;
    }

    /**
     * True when the words before the verb open with a name in the possessive ("Mr Lee's brother, who …, said"):
     * the subject is the noun that name owns, somebody the article does not name.
     */
    private static boolean ownedSubject(References refs, List<Word> before, int verb, int p) {
        for (int k = 0; k < verb && k < 4; k++) {
            Mention m = Syntax.mentionAt(refs, p, before.get(k));
            if (m != null) {
                return refs.possessive(m);
            }
        }
        return false;
    }

    /**
     * The name right after a contrasting conjunction ("while", « tandis que », « alors que ») that opens the clause
     * ended by the comma at {@code comma}: that clause has a subject of its own, which is not the sentence's. Null
     * when no such conjunction stands within the ten words before the comma.
     */
    private static Mention contrastSubject(References refs, List<Word> before, int comma, int p) {
        for (int j = comma - 1; j >= 0 && comma - j <= 10; j--) {
            Word w = before.get(j);
            if (".!?;".contains(w.text())) {
                return null;
            }
            if (Grammar.CONTRASTS.contains(w.key())) {
                int next = j + 1 < comma && before.get(j + 1).is("que") ? j + 2 : j + 1;
                while (next < comma && NameRun.isApostrophe(before.get(next))) {
                    next++;
                }
                Mention m = next < comma ? Syntax.mentionAt(refs, p, before.get(next)) : null;
                return m != null && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.ORGANIZATION) ? m : null;
            }
        }
        return null;
    }

    /**
     * True when the words before a verb open with an indefinite person noun (« un porte-parole », « une proche »,
     * "a spokesman", "an aide") not followed by a name in apposition: the subject is somebody the article does not
     * name, whoever is named after the noun.
     */
    private boolean indefiniteSubject(List<Word> words, int verb) {
        int noun = indefinitePerson(words, firstWord(words, verb), verb);
        if (noun < 0) {
            return false;
        }
        int comma = noun + 1;
        while (comma < verb && comma - noun <= 6 && words.get(comma).isWord()) {
            comma++; // « Une spectatrice venue de Grenoble, Claire X, confie »: the noun's complement, then its name
        }
        boolean named = comma + 1 < verb && words.get(comma).is(",") && words.get(comma + 1).isWord()
                && words.get(comma + 1).isCapitalised() && !lexicon.isStopWord(words.get(comma + 1).text());
        Word next = noun + 1 < verb ? words.get(noun + 1) : null;
        boolean close = next != null && next.isWord() && next.isCapitalised() && !lexicon.isStopWord(next.text());
        return !named && !close; // « Un porte-parole, Paul X, a dit », "Another employee Ben Jones said": named after all
    }

    /**
     * True for a subject opened by an indefinite article or "one" whose head is an institution noun, within five
     * words: "A major NHS hospital told staff", "But one environmental group has called", « Un hôpital de l'AP-HP a
     * indiqué » — one of the body's institutions, which the article does not name; not "A Tesco spokesman said", who
     * speaks for the body.
     */
    private boolean indefiniteBody(List<Word> words, int verb) {
        int k = firstWord(words, verb);
        if (k + 1 < verb && (words.get(k).is("but") || words.get(k).is("and") || words.get(k).is("mais"))) {
            k++; // "But one environmental group has called …"
        }
        if (k >= verb || !(words.get(k).is("a") || words.get(k).is("an") || words.get(k).is("one")
                || words.get(k).is("un") || words.get(k).is("une"))) {
            return false;
        }
        for (int j = k + 1; j < verb && j <= k + 5; j++) {
            Word w = words.get(j);
            if (!w.isWord() || lexicon.description(w.text()) == 'm' || lexicon.description(w.text()) == 'f'
                    || lexicon.description(w.text()) == '?') {
                return false; // a person's noun, or the subject ended
            }
            if (lexicon.isInstitutionNoun(w)) {
                return true;
            }
        }
        return false;
    }

    /** Words that may open a plural subject: « des représentants », "the officials", "some staff". */
    private static final Set<String> PLURAL_OPENERS = Set.of("des", "les", "plusieurs", "certains", "certaines",
            "the", "some", "several", "two", "three", "deux", "trois");

    /**
     * Plural nouns of the people who speak for a body: its officials, representatives, spokespeople and leaders;
     * not its employees, members or residents, who speak for themselves (« les salariés de X ont dénoncé »).
     */
    private static final Set<String> REPRESENTATIVES = Set.of("officials", "representatives", "spokesmen",
            "spokeswomen", "spokespeople", "spokespersons", "leaders", "executives", "représentants", "représentantes",
            "responsables", "dirigeants", "dirigeantes", "porte-parole", "porte-paroles");

    /** Prepositions that tie people to the body they speak for: "officials from", « des représentants de ». */
    private static final Set<String> FOR_BODY = Set.of("of", "from", "for", "at", "de", "du", "des", "d", "chez");

    /**
     * The subject of a verb that is a plural person noun tied to a named body, with nothing but auxiliaries after
     * it: "Officials from the World Bank said", "Representatives of Unite said", « Des représentants de la CGT ont
     * déclaré ». The body speaks through them, as through "a spokesman for" it; so the organisation is returned,
     * {@link SpeakerResolver#NO_ONE} when the name is a person's ("Representatives of Ann Lee said": people the article does not
     * name), and null when the words before the verb are no such phrase.
     */
    private Object representedBody(References refs, List<Word> words, int verb, int p) {
        int k = firstWord(words, verb);
        if (k < verb && PLURAL_OPENERS.contains(words.get(k).key())) {
            k++;
        }
        if (k + 2 >= verb) {
            return null;
        }
        if (words.get(k).isCapitalised() && k != firstWord(words, verb) // a name, not "Officials" opening a sentence
                || !REPRESENTATIVES.contains(words.get(k).key()) || !FOR_BODY.contains(words.get(k + 1).key())) {
            return null;
        }
        int j = k + 2;
        while (j < verb && (words.get(j).is("the") || words.get(j).is("la") || words.get(j).is("le")
                || NameRun.isApostrophe(words.get(j)))) {
            j++;
        }
        Mention m = j < verb ? Syntax.mentionAt(refs, p, words.get(j)) : null;
        if (m == null || !m.isName() || !onlyAuxiliaries(words, Word.indexAt(words, m.end()), verb)) {
            return null;
        }
        return m.kind() == Mention.Kind.ORGANIZATION ? m : SpeakerResolver.NO_ONE;
    }

    /** Articles that open somebody the article does not name: « un », « une », "a", "an", "another". */
    private static final Set<String> INDEFINITE_ARTICLES = Set.of("un", "une", "a", "an", "another");

    /**
     * The index of the person noun that an indefinite article at {@code k} opens, before {@code limit}: « un
     * porte-parole », « un autre résident », "another witness"; -1 when the words there are no such phrase.
     */
    int indefinitePerson(List<Word> words, int k, int limit) {
        if (k >= limit || !INDEFINITE_ARTICLES.contains(words.get(k).key())) {
            return -1;
        }
        int n = k + 1 < limit && (words.get(k + 1).is("autre") || words.get(k + 1).is("other")) ? k + 2 : k + 1;
        Word noun = n < limit ? words.get(n) : null;
        char role = noun != null && noun.isWord() && !noun.isCapitalised() ? lexicon.description(noun.text()) : 0;
        return role == 'm' || role == 'f' || role == '?' ? n : -1;
    }

    /** The index of the first word (not punctuation) of a list before {@code limit}, or {@code limit}. */
    static int firstWord(List<Word> words, int limit) {
        int k = 0;
        while (k < limit && !words.get(k).isWord()) {
            k++;
        }
        return k;
    }
}
