package verbatim.analysis.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import verbatim.analysis.reading.Reading;
import verbatim.analysis.reading.Word;
import verbatim.analysis.reading.NameRun;
import verbatim.analysis.reading.Quotation;
import verbatim.analysis.reading.Mention;
import verbatim.analysis.reading.Lexicon;

/**
 * Tells who said each quotation, from the words around it, in this order:
 * <ol>
 *   <li>after the closing mark, a reporting verb with its subject: {@code « … », a-t-il ajouté},
 *       {@code "…," said Smith}, {@code "…," Smith told reporters}, {@code « … », a confié la lauréate};
 *       or {@code selon X}, {@code d'après X}, {@code according to X}; a verb whose subject is nobody named
 *       ({@code "…," a county official said}) gives no speaker;</li>
 *   <li>an incise inside the marks: {@code « … , a-t-il reconnu. … »};</li>
 *   <li>before the opening mark: {@code Selon X, « … »} or {@code Pour X, « … »}; a reporting verb close to the
 *       mark and its subject ({@code X a déclaré : « … »}, {@code … la CGC qui dénoncent un mouvement
 *       «corporatiste»}), skipping names inside a prepositional phrase ("la présidente du groupe RN") and
 *       names in the possessive ("Nadal's uncle"); a colon after a clause whose subject speaks; a name right
 *       before the mark ({@code he "burst into tears"}); or the subject of the sentence for a partial
 *       quotation;</li>
 *   <li>for a quotation that opens its sentence: the subject of the sentence before, then the speaker of the
 *       quotation before it in the paragraph;</li>
 *   <li>for a paragraph that opens with a quotation: the last speaker of the paragraph before (a quotation
 *       continued over paragraphs), else whom that paragraph introduces (a name alone, "X said:", "…, she
 *       adds.").</li>
 * </ol>
 * Pronouns, descriptions and documents are resolved by {@link References}. A short quotation (three words or
 * fewer, not a sentence) with no reporting verb gets no speaker: it is most likely a scare quote.
 *
 * <p>Example: in {@code « Nous tiendrons », a ajouté le président.} after a paragraph naming "Emmanuel Macron,
 * le président", the speaker is "Emmanuel Macron".
 */
public final class SpeakerResolver {

    /**
     * What {@link Incises} and {@link ReportingClause} give when the words name a speaker the article does not name
     * ("a county official said"): nobody.
     */
    static final int NO_ONE = -2;

    private final Lexicon lexicon;
    private final Syntax syntax;
    private final Sources sources;
    private final ReportingClause reportingClause;
    private final Incises incises;
    private final Pronouns pronouns;
    private final Handover handover;

    public SpeakerResolver(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.syntax = new Syntax(lexicon);
        this.sources = new Sources(lexicon, syntax);
        this.reportingClause = new ReportingClause(lexicon, syntax, sources);
        this.incises = new Incises(lexicon, syntax, sources);
        this.pronouns = new Pronouns(lexicon, syntax, sources);
        this.handover = new Handover(lexicon, syntax, reportingClause);
    }

    /**
     * How a paragraph that links to another article opens (« À lire aussi >> X : « … » », "Read more: …"), lower
     * case: what it quotes belongs to that other article, so no one it names speaks on here. Source: the link lines
     * of French and English news sites, compiled by the Verbatim team.
     */
    private static final List<String> RELATED = List.of("à lire aussi", "a lire aussi", "lire aussi",
            "à lire également", "lire également", "à voir aussi", "voir aussi", "read more", "read also", "related:",
            "see also");

    /** True for a paragraph that is a link to another article (see {@link #RELATED}). */
    static boolean relatedLink(String paragraph) {
        String start = paragraph.stripLeading();
        return RELATED.stream().anyMatch(r -> start.regionMatches(true, 0, r, 0, r.length()));
    }

    /** A speaker's name (null for nobody) and how it was found. */
    public record Found(String name, Attribution how) {
        public static final Found NOBODY = new Found(null, Attribution.NONE);

        public Found {
            if (name == null) {
                how = Attribution.NONE;
            }
        }
    }

    /**
     * The speakers of the quotations of depth 0, in their order, each with how it was found. A quotation that
     * names nobody in its own sentence takes, in this order: whom the paragraph before introduces with a colon,
     * the current speaker (the one of the quotation before, in this paragraph or the one before), whom the
     * sentence before names as its subject, and in an interview-style story the person in focus.
     */
    public List<Found> resolve(Reading reading, References refs) {
        List<Found> speakers = new ArrayList<>();
        Focus focus = new Focus(refs);
        List<Integer> open = new ArrayList<>();
        int answers = 0; // open quotations that fill their paragraph
        for (int p = 1; p <= reading.paragraphs.size(); p++) {
            List<Quotation> quotes = reading.quotations(p);
            boolean link = relatedLink(reading.text(p));
            String previous = null;
            int first = speakers.size();
            for (int i = 0; i < quotes.size(); i++) {
                Quotation q = quotes.get(i);
                Object found = speaker(reading, refs, quotes, i, previous);
                Found result = found instanceof Found f && f != OPEN ? f : null;
                if (result == null && found == null && Handover.opensParagraph(reading, q) && p > 1) {
                    result = handover.paragraphOpening(reading, refs, p);
                }
                if (result == null && found == null && i == 0 && Handover.opensParagraph(reading, q)
                        && refs.lastSpeakerSince(p, p) == null) {
                    Mention subject = incises.nextSentenceSubject(refs, reading.words(p), p, q, -1, false);
                    String name = subject == null ? null : refs.resolve(subject);
                    result = name != null && refs.isPerson(name) ? new Found(name, Attribution.INCISE) : null;
                }
                if (result == null && (found == null || found == OPEN) && !isShort(reading, q)) {
                    if (Handover.fillsParagraph(reading, q)) {
                        answers++;
                    }
                    open.add(speakers.size());
                }
                result = result == null ? Found.NOBODY : result;
                if (!link) {
                    refs.spoke(p, q.start(), result.name()); // but a link to another article speaks for nobody here
                }
                speakers.add(result);
                previous = result.name();
            }
            List<Found> here = speakers.subList(first, speakers.size());
            for (int i = 0; i + 1 < here.size(); i++) {
                if (because(reading, quotes.get(i), quotes.get(i + 1), here.get(i))) {
                    here.set(i + 1, here.get(i)); // « X a demandé à Y de « … » parce qu'il « … » »: X's reason too
                }
            }
            for (int i = here.size() - 2; i >= 0; i--) {
                Found shared = joined(reading, quotes, here, i);
                if (shared != here.get(i)) {
                    here.set(i, shared);
                    open.remove(Integer.valueOf(first + i));
                }
            }
        }
        String person = focus.person(speakers);
        if (person == null && answers >= 2 && answers == open.size()) {
            person = focus.interviewee(speakers, syntax, reading, answers);
        }
        if (person != null) {
            for (int k : open) {
                if (speakers.get(k).name() == null) {
                    speakers.set(k, new Found(person, Attribution.FOCUS));
                }
            }
        }
        repeatedWords(reading, speakers);
        return speakers;
    }

    /**
     * Gives a paragraph that is only a quotation, whose speaker was inferred or not found, the speaker of another
     * quotation of the article that holds the same words and whose speaker is stated ({@link Attribution#EXPLICIT}
     * or {@link Attribution#INCISE}), with that attribution: « « Ce site est rentable » » set as an intertitle before
     * « « Ce site est rentable et il le restera », assure Hélène X ». Quotations of three words or fewer
     * ({@link #isShort}) are left alone, since a term recurs in anyone's mouth. The cost is the number of such
     * paragraphs times the article's quotations, never a quotation against every other.
     */
    private static void repeatedWords(Reading reading, List<Found> speakers) {
        List<Quotation> all = new ArrayList<>();
        for (int p = 1; p <= reading.paragraphs.size(); p++) {
            all.addAll(reading.quotations(p));
        }
        for (int k = 0; k < all.size(); k++) {
            Quotation q = all.get(k);
            Attribution how = speakers.get(k).how();
            if (how == Attribution.EXPLICIT || how == Attribution.INCISE || reading.quotations(q.paragraph()).size() != 1
                    || !Handover.opensParagraph(reading, q) || !letters(reading.text(q.paragraph()).substring(q.close())).isEmpty()
                    || isShort(reading, q)) {
                continue;
            }
            String key = letters(reading.text(q.paragraph()).substring(q.start(), q.end()));
            for (int j = 0; j < all.size(); j++) {
                Found stated = speakers.get(j);
                Quotation r = all.get(j);
                if (j != k && stated.name() != null
                        && (stated.how() == Attribution.EXPLICIT || stated.how() == Attribution.INCISE)
                        && letters(reading.text(r.paragraph()).substring(r.start(), r.end())).contains(key)) {
                    speakers.set(k, stated);
                    break;
                }
            }
        }
    }

    /** The letters and digits of a text, lower-cased: "« Ce site, est rentable »" → "cesiteestrentable". */
    private static String letters(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** Three words or fewer and not a sentence: most likely a term or a scare quote. */
    private static boolean isShort(Reading reading, Quotation q) {
        String inner = reading.text(q.paragraph()).substring(q.start(), q.end());
        if (inner.isEmpty()) {
            return true;
        }
        boolean whole = Character.isUpperCase(inner.codePointAt(0))
                && ".!?…".indexOf(inner.charAt(inner.length() - 1)) >= 0;
        return !whole && Word.split(inner).stream().filter(Word::isWord).count() <= 3;
    }

    /**
     * True when the words since the quotation before open a second reported clause of the same verb, with no
     * reporting verb of their own: « a déclaré que la décision n'était pas « … », mais qu'il « … » », "said the
     * plan was “…” and that it “…”". Whoever the clause's pronoun is, the words are the first quotation's speaker's.
     */
    private boolean secondReportedClause(List<Word> before) {
        for (int k = 0; k + 1 < before.size(); k++) {
            if (Grammar.CONJUNCTIONS.contains(before.get(k).key()) && Grammar.COMPLEMENTISERS.contains(before.get(k + 1).key())) {
                return before.stream().noneMatch(w -> w.isWord() && lexicon.isReportingVerb(w.text()));
            }
        }
        return false;
    }

    /** Words right before a quoted question that make it the asker's: "asked", « À la question ». */
    private static final Set<String> ASKING = Set.of("asked", "asks", "asking", "question", "demandé", "demande");

    /**
     * True for a quotation that ends with a question mark right after a word of asking ("When Wikinews asked, “…?”",
     * « À la question « … ? », elle répond »): the question is the asker's, not the words of whoever answers after
     * it.
     */
    private static boolean askedQuestion(String text, List<Word> words, Quotation q) {
        String inner = text.substring(q.start(), q.end()).strip();
        if (!inner.endsWith("?")) {
            return false;
        }
        for (int k = Word.indexAt(words, q.open()) - 1; k >= 0; k--) {
            Word w = words.get(k);
            if (w.isWord()) {
                return ASKING.contains(w.key());
            }
            if (!w.is(",") && !w.is(":")) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the sentence before {@code sentenceStart} in the paragraph opens with an indefinite person of the
     * pronoun's gender (« Un autre résident, …, affirme », "A witness said"): the pronoun after it is that unnamed
     * person, not somebody named earlier.
     */
    private boolean indefiniteOpening(Reading reading, int p, int sentenceStart, char gender) {
        if (sentenceStart <= 0) {
            return false;
        }
        int[] previous = reading.sentence(p, sentenceStart - 1);
        List<Word> words = Syntax.within(reading.words(p), previous[0], previous[1]);
        int k = ReportingClause.firstWord(words, words.size());
        int noun = reportingClause.indefinitePerson(words, k, words.size());
        if (noun < 0 || References.fragment(words, noun, previous[1])) {
            return false; // a person noun, not « Un thème récurrent »; nor « Une maman, qui … », who was just named
        }
        Word article = words.get(k);
        return gender == 'm' && !article.is("une") || gender == 'f' && !article.is("un");
    }

    /** True when no word stands between two offsets of a paragraph (a quotation opens its sentence). */
    private static boolean noWordBetween(List<Word> words, int from, int to) {
        for (int k = Word.indexAt(words, from); k < words.size() && words.get(k).start() < to; k++) {
            if (words.get(k).isWord()) {
                return false;
            }
        }
        return true;
    }

    /** Verbs of feeling or seeming that, like "to be", join a subject to words about themselves: "felt “betrayed”". */
    private static final Set<String> FEELING = Set.of("felt", "feels", "feel", "seemed", "seems", "sounded", "sounds",
            "looked", "remained", "remains", "sentait", "sent", "semblait", "semble", "paraissait", "paraît", "reste",
            "restait");

    /** Adverbs that may stand between such a verb and the quotation. */
    private static final Set<String> COPULA_ADVERBS = Set.of("still", "very", "so", "really", "not", "quite", "also",
            "toujours", "très", "si", "pas", "aussi", "plutôt", "encore");

    /** Nothing in the quotation's sentence names a speaker: only the person in focus may be given. */
    private static final Found OPEN = new Found(null, Attribution.NONE);

    /**
     * The speaker found in the quotation's own sentence ({@link Found#NOBODY} when the words say it is nobody
     * named, {@link #OPEN} when they say nothing about it), the speaker of the sentence before or of the
     * quotation before, or null to let the paragraph before decide.
     */
    private Object speaker(Reading reading, References refs, List<Quotation> quotes, int i, String previous) {
        Place at = new Place(reading, refs, quotes, i, previous);
        Found found = at.afterMarks();
        if (found == null) {
            found = at.insideMarks();
        }
        if (found == null) {
            found = at.beforeMarks();
        }
        if (found == OPEN && !at.shortQuote) {
            Found own = at.ownSubject();
            return own != null ? own : found;
        }
        if (found != null || at.endsWithColon()) {
            return found; // after a colon, what the words before the marks give is final, nobody included
        }
        return at.around();
    }

    /**
     * A quotation and what the rules read around it (its paragraph's text and words, its sentence, where the words
     * after it end and those before it start, the speaker of the quotation before), and the places its speaker is
     * looked for, in their order.
     */
    private final class Place {
        private final Reading reading;
        private final References refs;
        private final List<Quotation> quotes;
        private final int i;
        private final String previous;
        private final Quotation q;
        private final int p;
        private final String text;
        private final List<Word> words;
        private final int[] sentence;
        private final int afterEnd;
        private final int beforeStart;
        private final boolean shortQuote;
        private final List<Word> before;

        Place(Reading reading, References refs, List<Quotation> quotes, int i, String previous) {
            this.reading = reading;
            this.refs = refs;
            this.quotes = quotes;
            this.i = i;
            this.previous = previous;
            this.q = quotes.get(i);
            this.p = q.paragraph();
            this.text = reading.text(p);
            this.words = reading.words(p);
            this.sentence = reading.sentence(p, q.open());
            int afterEnd = Math.min(reading.sentence(p, Math.max(q.close() - 1, 0))[1],
                    i + 1 < quotes.size() ? quotes.get(i + 1).open() : text.length());
            this.afterEnd = Math.max(afterEnd, incises.attributionAfter(reading, refs, words, q, i + 1 < quotes.size()
                    ? quotes.get(i + 1).open() : text.length()));
            this.beforeStart = Math.max(sentence[0], i > 0 ? quotes.get(i - 1).close() : 0);
            this.shortQuote = isShort(reading, q);
            this.before = Syntax.within(words, beforeStart, q.open());
        }

        /**
         * The person named right before the last comma of the words before a colon when a post follows that comma:
         * « Eric X, député LR des Alpes-Maritimes : « … » », "Jane Roe, chief executive of Acme: “…”" — the person,
         * not the party or body in the post's complement. Null otherwise.
         */
        Mention apposedPersonBeforeColon(References refs, int p, int clause) {
            int comma = Word.indexAt(words, clause) - 1;
            if (clause <= beforeStart || comma < 1 || comma + 1 >= words.size() || !words.get(comma).is(",")) {
                return null;
            }
            Word post = words.get(comma + 1);
            String head = post.key().contains("-") ? post.key().substring(0, post.key().indexOf('-')) : post.key();
            if (!post.isWord() || post.isCapitalised() || lexicon.role(head) == 0 && lexicon.description(head) == 0
                    || lexicon.description(head) == 'd' || lexicon.description(head) == 'o') {
                return null;
            }
            Mention named = Syntax.mentionAt(refs, p, words.get(comma - 1));
            return named != null && named.kind() == Mention.Kind.PERSON && named.isName()
                    && named.start() >= beforeStart ? named : null;
        }

        /**
         * True when a verb of being or of feeling stands right before the quotation: "was “very proud”", "felt
         * “betrayed”", « s'est dit « très fier » », « est « ravie » » — words of the subject about themselves.
         */
        boolean afterCopula() {
            int k = before.size() - 1;
            while (k >= 0 && before.get(k).isWord() && COPULA_ADVERBS.contains(before.get(k).key())) {
                k--; // "was still “very proud”", « est toujours « ravie » »
            }
            return k >= 0 && (Grammar.BE.contains(before.get(k).key()) || FEELING.contains(before.get(k).key())
                    || before.get(k).is("dit") && k >= 1 && (before.get(k - 1).is("est") || before.get(k - 1).is("se"))
                    || before.get(k).is("dite") && k >= 1 && before.get(k - 1).is("est"));
        }

        /** True when the words before the quotation end with a colon: « Il a déclaré : « … » ». */
        boolean endsWithColon() {
            return !before.isEmpty() && before.get(before.size() - 1).is(":");
        }

        /**
         * 1. After the closing mark: a reporting verb and its subject, « selon X », a cleft or the next sentence
         * that says whose the words were, the person a lead quotation's sentence goes on about.
         * {@link Found#NOBODY} when the words there name nobody; null when they attribute nothing.
         */
        Found afterMarks() {
            Object found = askedQuestion(text, words, q) ? null // "When Wikinews asked, “…?”, X replied": not X's
                    : incises.after(refs, words, p, q.close(), afterEnd, Incises.punctuated(text, q));
            if (found == null && noWordBetween(words, sentence[0], q.open())) {
                Mention lead = incises.leadQuotationSubject(refs, words, p, q.close(), afterEnd);
                if (lead != null) {
                    return found(pronouns.who(reading, refs, lead, p, q.open(), sentence[0]), Attribution.EXPLICIT);
                }
            }
            String between = found == null && afterEnd < text.length() ? text.substring(q.close(), afterEnd).strip() : null;
            if (between != null && (between.isEmpty() || between.length() == 1 && ".!?".indexOf(between.charAt(0)) >= 0)) {
                // « « … ». C'est par ces mots que Paul X a ouvert la séance. »: the next sentence says whose
                found = Incises.cleft(refs, Syntax.within(words, q.close(), reading.sentence(p, afterEnd + 1)[1]), p);
            }
            if (found instanceof Mention m && m.isName()
                    && sources.personReports(refs, Syntax.within(words, sentence[0], q.open()), p, false)) {
                found = null; // « Claire X juge l'enquête « … », rapporte Le Figaro »: the outlet passed on X's words
            }
            if (found instanceof Mention m && m.kind() == Mention.Kind.PRONOUN
                    && indefiniteOpening(reading, p, sentence[0], m.gender())) {
                return Found.NOBODY; // « Un résident affirme que « … ». « … », accuse-t-il. »: the unnamed resident
            }
            if (found instanceof Mention m) {
                String name = pronouns.who(reading, refs, m, p, q.open(), sentence[0]);
                if (name == null && definite(text, m) && continuing(words, q.close(), m.start())) {
                    String last = m.gender() == 'm' || m.gender() == 'f' ? refs.lastSpeakerOfGender(p, q.open(), m.gender())
                            : refs.lastSpeaker(p, q.open());
                    if (last != null && !refs.otherRelative(m, last) && !refs.postNotHeldBy(m, last)) {
                        // « a ajouté le père de la victime »: not the brother who spoke; « poursuit le procureur »: not
                        // the witness « Maxence »
                        return new Found(last, Attribution.CONTINUING); // « … », ajoute le syndicaliste: the one speaking
                    }
                }
                return found(name, Attribution.INCISE);
            }
            if (found != null) {
                return Found.NOBODY;
            }
            return null;
        }

        /** 2. An incise inside the marks: {@code « … , a-t-il reconnu. … »}; null when there is none. */
        Found insideMarks() {
            Mention m = incises.incise(refs, words, q);
            if (m != null) {
                return found(pronouns.who(reading, refs, m, p, q.open(), sentence[0]), Attribution.INCISE);
            }
            return null;
        }

        /**
         * 3. Before the opening mark: a « selon » source, the antecedent of a relative clause, a reporting verb and
         * its subject, a colon, the subject of the clause. {@link Found#NOBODY} when those words name nobody; null
         * when they say nothing about the speaker, and after a colon when nobody is found there.
         */
        Found beforeMarks() {
            if (sources.unnamedSource(before)) {
                Mention named = Sources.apposedToSource(refs, before, p);
                if (named != null) {
                    return found(pronouns.who(reading, refs, named, p, q.open(), sentence[0]), Attribution.EXPLICIT);
                }
                Mention body = Sources.spokespersonSource(refs, before, p);
                if (body != null) {
                    return found(pronouns.who(reading, refs, body, p, q.open(), sentence[0]), Attribution.EXPLICIT);
                }
                return Found.NOBODY; // « Selon un conseiller de Paul X, « … » »: somebody unnamed close to X
            }
            boolean complement = beforeStart > sentence[0] && !before.isEmpty()
                    && (before.get(0).is("pour") || before.get(0).is("for")); // « n'était pas « … » pour le ministère »
            Mention source = complement ? null : sources.selon(refs, before, p, q.open());
            if (source != null && source.isName()
                    && sources.personReports(refs, before, p, source.kind() == Mention.Kind.PERSON)) {
                source = null; // « Selon l'AFP, Paul X a déclaré que « … » »: the agency passed on X's words
            }
            if (source != null) {
                return found(pronouns.who(reading, refs, source, p, q.open(), sentence[0]), Attribution.EXPLICIT);
            }
            Mention antecedent = reportingClause.relativeAntecedent(reading, refs, before, p);
            if (antecedent != null) {
                return found(pronouns.who(reading, refs, antecedent, p, q.open(), sentence[0]), Attribution.EXPLICIT);
            }
            if (Grammar.passive(before)) {
                return Found.NOBODY; // "X was said to be “…”", « il est condamné à « … » »: said of X, not by X
            }
            int verb = -1;
            int skipped = 0;
            for (int k = before.size() - 1; k >= 0 && before.size() - k - skipped <= ReportingClause.FAR; k--) {
                Word w = before.get(k);
                if (before.size() - k - skipped > 13 && !(w.isWord() && lexicon.isReportingVerbAfterQuote(w.text())
                        && ReportingClause.rightAfterSubject(refs, before, k, p))) {
                    if (w.is(".") && !abbreviationDot(before, k)) {
                        break;
                    }
                    continue; // far from the quotation, only a verb right after its subject's name: "Name said …"
                }
                int aside = ReportingClause.asideOpening(before, k);
                if (aside >= 0) {
                    skipped += k - aside;
                    k = aside; // "Bercow commented — which the BBC noted as unusual — “…”": an aside is not the clause
                    continue;
                }
                if (w.is(",") && k != before.size() - 1) {
                    Mention reporter = reportingClause.parentheticalReporter(refs, before, k, p);
                    if (reporter != null) {
                        return found(pronouns.who(reading, refs, reporter, p, q.open(), sentence[0]), Attribution.INCISE);
                    }
                    int skip = k >= 2 && before.get(k - 2).is(",") && ReportingClause.STRESSED.contains(before.get(k - 1).key()) ? k - 2
                            : ReportingClause.apposition(refs, before, k, p); // « Fillon estime, lui, être victime d'une enquête « … » »
                    if (skip < 0) {
                        skip = ReportingClause.ageAside(before, k); // "told Keith Dunmore, 58, that …", « Keith Dunmore, 58 ans, qu'il »
                    }
                    if (skip < 0) {
                        skip = ReportingClause.adverbialAside(before, k);
                        if (skip < 0) {
                            skip = ReportingClause.subordinateAside(before, k, lexicon);
                        }
                        if (skip < 0) {
                            break;
                        }
                        skipped += k - skip; // "a confié, depuis la Corrèze où il se trouvait, que « … »"
                    }
                    k = skip; // ", Marine Le Pen," is an apposition, not the end of the clause: go on before its first comma
                    continue;
                }
                if (w.is(".") && !abbreviationDot(before, k)) {
                    break; // but "He said U.S. demand was “great”": the dot of an abbreviation ends no sentence
                }
                if (w.isWord() && (lexicon.isReportingVerb(w.text()) || Grammar.madeKnown(before, k)
                        || lexicon.isReportingVerbAfterQuote(w.text()) && ReportingClause.rightAfterSubject(refs, before, k, p)
                        || reportingClause.documentReads(before, k))) {
                    if (Grammar.adjectivalParticiple(before, k)) {
                        continue; // « a affirmé que les mesures annoncées lundi « … » »: the measures', not a report
                    }
                    if (nounAfterDeterminer(before, k)) {
                        continue; // « X a salué l'annonce : « … » »: a noun, the verb is before it
                    }
                    if (Grammar.relativeClauseBeforeItsVerb(before, k)) {
                        continue; // "said those who called for it are “…”": the relative's verb reports nothing here
                    }
                    verb = k;
                    break;
                }
            }
            if (verb >= 0) {
                Mention agent = ReportingClause.passiveAgent(refs, before, verb, p);
                if (agent != null) {
                    return found(pronouns.who(reading, refs, agent, p, q.open(), sentence[0]), Attribution.EXPLICIT);
                }
                Object subject = reportingClause.subject(refs, before, verb, p, sentence[0], q.open());
                if (!(subject instanceof Mention) && Grammar.participle(before, verb) && i > 0 && previous != null
                        && sameSentence(reading, quotes.get(i - 1), q)
                        && before.subList(0, verb).stream().noneMatch(Word::isWord)) {
                    return new Found(previous, Attribution.CONTINUING); // « « … » poursuivant par « … » », "“…”, adding “…”"
                }
                if (!(subject instanceof Mention) && Grammar.infinitive(before, verb) && Grammar.leadsOnly(before, verb)) {
                    String last = previous != null ? previous : refs.lastSpeaker(p, q.open());
                    if (last != null) {
                        return new Found(last, Attribution.CONTINUING); // « … ». Avant d'ajouter : « … »
                    }
                }
                return subject instanceof Mention s ? found(pronouns.who(reading, refs, s, p, q.open(), sentence[0]),
                        Attribution.EXPLICIT) : Found.NOBODY;
            }
            Mention second = secondClauseSubject(refs, before, p);
            if (second != null) {
                return found(pronouns.who(reading, refs, second, p, q.open(), sentence[0]), Attribution.EXPLICIT);
            }
            if (i > 0 && previous != null && quotes.get(i - 1).open() >= sentence[0] && secondReportedClause(before)) {
                return new Found(previous, Attribution.CONTINUING); // « a déclaré que … « … », mais qu'il « … » »
            }
            Found reported = reportedClause(reading, refs, words, p, sentence[0], q);
            if (reported != null) {
                return reported;
            }
            Mention closing = sources.closingSource(refs, words, p, sentence, q);
            if (closing != null) {
                return found(pronouns.who(reading, refs, closing, p, q.open(), sentence[0]), Attribution.EXPLICIT);
            }
            if (i > 0 && previous != null && quotes.get(i - 1).open() >= sentence[0] && continues(refs, before, p)) {
                return new Found(previous, Attribution.CONTINUING); // "said he was “drowning in debt” and was “ashamed”"
            }
            if (!before.isEmpty()) {
                Mention last = Syntax.mentionAt(refs, p, before.get(before.size() - 1));
                if (last != null && last.kind() != Mention.Kind.DESCRIPTION) {
                    return found(pronouns.who(reading, refs, last, p, q.open(), sentence[0]), Attribution.EXPLICIT);
                }
            }
            boolean colon = !before.isEmpty() && before.get(before.size() - 1).is(":");
            if (colon) {
                int clause = beforeStart;
                for (Word w : before) {
                    if (w.is(",")) {
                        clause = w.end();
                    }
                }
                Mention s = apposedPersonBeforeColon(refs, p, clause);
                if (s == null) {
                    s = syntax.subjectMention(refs, p, clause, q.open());
                }
                if (s == null) {
                    s = syntax.subjectMention(refs, p, beforeStart, q.open());
                }
                if (s == null && i > 0 && beforeStart == quotes.get(i - 1).close() && previous != null) {
                    return new Found(previous, Attribution.CONTINUING); // « … » : « … »
                }
                if (s == null) {
                    s = syntax.subjectMention(refs, p, sentence[0], q.open());
                }
                if (s == null) {
                    s = syntax.hostMention(refs, p, sentence[0], q.open()); // « Même son de cloche chez X : »
                }
                if (s == null) {
                    s = reportingClause.onlyPersonOfShortHeading(refs, words, p, sentence[0], q.open()); // « Réaction de X : »
                }
                if (s == null) {
                    Found possessor = Pronouns.ownWords(reading, refs, p, sentence[0], q.open());
                    possessor = possessor != null ? possessor : Pronouns.possessorOpening(reading, refs, p, sentence[0]);
                    if (possessor != null) {
                        return possessor; // « Sa réponse : « … » », « Son constat est amer : « … » »
                    }
                    return Pronouns.about(reading, refs, p, sentence[0], q.open()); // "Her advice is simple: “…”"
                }
                return found(pronouns.who(reading, refs, s, p, q.open(), sentence[0]), Attribution.EXPLICIT);
            }
            if (before.stream().anyMatch(Word::isWord)) {
                if (shortQuote) {
                    Found own = afterCopula() ? ownSubject() : null; // "Tom X was “very proud” of his boys": how
                    return own != null ? own : Found.NOBODY; // he said he felt
                }
                Mention reasoner = ReportingClause.reasonGiver(refs, before, p);
                if (reasoner != null) {
                    return found(pronouns.who(reading, refs, reasoner, p, q.open(), sentence[0]), Attribution.EXPLICIT);
                }
                Mention s = syntax.subjectMention(refs, p, ReportingClause.clauseStart(before, sentence[0]), q.open());
                if (s == null) {
                    s = syntax.subjectMention(refs, p, sentence[0], q.open()); // "X sought it, but added “…”"
                }
                if (s != null) {
                    return found(pronouns.who(reading, refs, s, p, q.open(), sentence[0]), Attribution.EXPLICIT);
                }
                Found own = Pronouns.ownWords(reading, refs, p, sentence[0], q.open());
                if (own != null) {
                    return own; // "In Mercier's words, the plan is “…”"
                }
                Found about = Pronouns.about(reading, refs, p, sentence[0], q.open());
                return about != null ? about : OPEN; // "Her telescope cost “less than a used scooter”"
            }
            return null;
        }

        /**
         * The person who is the subject of the quotation's own sentence, with no reporting verb there: words woven
         * into a sentence about their speaker (« Pas de chômage, « un village qui vit bien » et des commerces
         * ouverts : Jean X, le maire, ne comprend pas ces dégradations »). The person opens the sentence, before the
         * quotation, or opens the clause after a colon; null when the subject is no named person standing so.
         */
        private Found ownSubject() {
            Mention s = syntax.subjectMention(refs, p, sentence[0], sentence[1]);
            if (s == null || s.kind() != Mention.Kind.PERSON || s.quoted()) {
                return null;
            }
            int anchor = Math.max(sentence[0], text.lastIndexOf(':', s.start()) + 1);
            if (text.substring(anchor, s.start()).codePoints().anyMatch(Character::isLetter) && !postBefore(s, anchor)) {
                return null; // « Les sommes sont « … », alors que Penelope X était … »: a clause's subject, not the sentence's
            }
            String name = refs.resolve(s);
            return name != null ? new Found(name, Attribution.EXPLICIT) : null;
        }

        /**
         * True when only the words of a post stand between {@code from} and a person's name, the last of them a role
         * noun or a title: "National team coach Tom X was …", « Le maire Paul X est … ».
         */
        private boolean postBefore(Mention s, int from) {
            List<Word> lead = Syntax.within(words, from, s.start());
            if (lead.isEmpty() || lead.size() > 5 || lead.stream().anyMatch(w -> !w.isWord())) {
                return false;
            }
            Word last = lead.get(lead.size() - 1);
            char person = lexicon.description(last.text());
            return lexicon.role(last.text()) != 0 || lexicon.title(last.text()) != null
                    || person == 'm' || person == 'f' || person == '?';
        }

        /**
         * 4. Around a quotation whose sentence says nothing of its speaker: the quotation before in the sentence
         * before, the subject of that sentence, a reporter opening the next one, the current speaker, the person in
         * focus. Null to let the paragraph before decide.
         */
        Found around() {
            if (shortQuote && !(q.open() == 0 && q.close() >= text.length() - 1)) {
                return Found.NOBODY;
            }
            int[] prevSentence = reading.sentence(p, Math.max(sentence[0] - 1, 0));
            if (sentence[0] > 0 && i > 0 && previous != null && quotes.get(i - 1).paragraph() == p
                    && quotes.get(i - 1).open() >= prevSentence[0]) {
                return new Found(previous, Attribution.CONTINUING); // "“…,” said a BBC executive, Ann Lee. “…”"
            }
            if (sentence[0] > 0 && i == 0 || sentence[0] > 0 && quotes.get(i - 1).close() <= prevSentence[0]) {
                Found own = Pronouns.ownWords(reading, refs, p, prevSentence[0], prevSentence[1]);
                if (own != null) {
                    return new Found(own.name(), Attribution.PREVIOUS); // "Mercier's reply was short. “…”"
                }
            }
            if (sentence[0] > 0) {
                Mention s = syntax.subjectMention(refs, p, prevSentence[0], prevSentence[1]);
                if (s == null) {
                    s = Syntax.firstMention(refs, p, prevSentence[0], prevSentence[1]);
                    if (s != null && syntax.afterReportingVerb(words, s)) {
                        s = null; // "A spokesperson told the Harbour Times the attack … “…”": who was told did not speak
                    }
                }
                if (s != null && s.kind() != Mention.Kind.PRONOUN
                        && Syntax.inFrontedParticiple(words, prevSentence[0], s, prevSentence[1])) {
                    // "Asked whether Hale had lost the dressing room, the chairman paused. “…”": the one after the phrase
                    int comma = text.indexOf(',', s.end());
                    Mention main = comma >= 0 && comma < prevSentence[1]
                            ? Syntax.firstMention(refs, p, comma + 1, prevSentence[1]) : null;
                    s = main != null && (main.kind() == Mention.Kind.PERSON || main.kind() == Mention.Kind.DESCRIPTION)
                            ? main : s;
                }
                boolean subject = s != null && s.kind() == Mention.Kind.DESCRIPTION
                        && (text.substring(prevSentence[0], s.start()).isBlank() // « Le chanteur, lui, reste prudent. « … » »
                        || text.substring(prevSentence[0], s.start()).strip().endsWith(",")
                        && Syntax.opensWithParticiple(words, prevSentence[0], s.start())); // "Asked …, the chairman"
                if (s != null && (s.kind() != Mention.Kind.DESCRIPTION || subject)) {
                    String name = pronouns.who(reading, refs, s, p, q.open(), prevSentence[0]);
                    if (name != null) {
                        return new Found(name, name.equals(previous) ? Attribution.CONTINUING : Attribution.PREVIOUS);
                    }
                }
            }
            Mention reporter = incises.nextSentenceReporter(refs, words, p, q, afterEnd);
            if (reporter != null) {
                String name = pronouns.who(reading, refs, reporter, p, q.open(), sentence[0]);
                if (name != null) {
                    return new Found(name, Attribution.INCISE); // "“We are ready.” Coach Ann Lee said the team …"
                }
            }
            Found own = ownSubject();
            if (own != null) {
                return own; // « Pas de chômage, « un village qui vit bien » : Jean X, le maire, ne comprend pas … »
            }
            if (previous != null) {
                return new Found(previous, Attribution.CONTINUING);
            }
            Found about = sentence[0] > 0 ? Pronouns.about(reading, refs, p, prevSentence[0], prevSentence[1]) : null;
            about = about != null ? about : Handover.answer(reading, refs, p, prevSentence);
            if (about == null && sentence[0] > refs.bodyStart(p) && i == 0 && refs.lastSpeakerSince(p, p) == null) {
                Mention subject = incises.nextSentenceSubject(refs, words, p, q, afterEnd, false);
                String name = subject == null ? null : pronouns.who(reading, refs, subject, p, q.open(), sentence[0]);
                return name != null ? new Found(name, Attribution.INCISE) : null; // « « … » Paul X ne cache pas sa joie. »
            }
            return about;
        }
    }

    /**
     * The named subject of a second clause opened by « tandis que », « alors que », "while" or "whereas" in the words
     * before a quotation: « X salue « … », tandis que la CCI du Finistère redoute « … » » — the CCI's, not X's. Null
     * when no such clause opens there with a person or an organisation.
     */
    private Mention secondClauseSubject(References refs, List<Word> before, int p) {
        for (int k = 0; k + 2 < before.size(); k++) {
            Word w = before.get(k);
            boolean que = before.get(k + 1).is("que") || before.get(k + 1).is("qu");
            if (!Grammar.CONTRASTS.contains(w.key()) || (w.is("tandis") || w.is("alors")) && !que) {
                continue; // « tandis que », « alors que », "while", "whereas"; not « alors » alone ("then")
            }
            for (int j = k + (que ? 2 : 1); j < before.size() && j <= k + 5; j++) {
                Mention m = Syntax.mentionAt(refs, p, before.get(j));
                if (m != null) {
                    return m.isName() && !syntax.inPrepositionalPhrase(before, m) ? m : null;
                }
            }
            return null;
        }
        return null;
    }

    /**
     * True for the dot after a capital letter, a dotted title or a name's suffix when a lower-case word follows:
     * "U.S. demand"; not "the U.S. The move …", which may end a sentence.
     */
    private static boolean abbreviationDot(List<Word> words, int k) {
        Word prev = k > 0 ? words.get(k - 1) : null;
        Word next = k + 1 < words.size() ? words.get(k + 1) : null;
        boolean inside = next != null && next.text().length() == 1 && next.isCapitalised() && k + 2 < words.size()
                && words.get(k + 2).is("."); // the first dot of "U.S."
        boolean title = prev != null && Lexicon.shared().title(prev.text() + ".") != null; // "M. Paul Roux"
        return prev != null && prev.isWord() && prev.isCapitalised() && next != null && next.isWord()
                && (!next.isCapitalised() || inside || title) && (prev.text().length() == 1 || title
                || NameRun.isAbbreviation(prev));
    }

    /**
     * A quotation inside what a reporting verb's clause reports: "Il renchérit que le succès … est du fait que
     * Marine Le Pen « est une femme »" is his, not hers. The verb stands earlier in the sentence, outside
     * quotations, with "que" / "that" right after it; its subject speaks.
     */
    private Found reportedClause(Reading reading, References refs, List<Word> words, int p, int sentenceStart,
                                 Quotation q) {
        List<Word> clause = new ArrayList<>();
        for (Word w : Syntax.within(words, Math.max(sentenceStart, refs.bodyStart(p)), q.open())) {
            if (!reading.quoted(p, w.start())) {
                clause.add(w);
            }
        }
        for (int k = clause.size() - 2; k >= 0; k--) {
            Word w = clause.get(k);
            if (w.isWord() && !w.isCapitalised() && lexicon.isReportingVerb(w.text())
                    && reportingClause.complementizerAfter(clause, k)) {
                Object subject = reportingClause.subject(refs, clause, k, p, sentenceStart, q.open());
                if (subject instanceof Mention m) {
                    return found(pronouns.who(reading, refs, m, p, q.open(), sentenceStart), Attribution.EXPLICIT);
                }
                return null;
            }
        }
        return null;
    }

    /**
     * True for a description with a definite determiner (« le syndicaliste », "the engineer"): somebody the
     * article has already spoken of, unlike « un habitant », "a neighbour".
     */
    private static boolean definite(String text, Mention m) {
        if (m.kind() != Mention.Kind.DESCRIPTION) {
            return false;
        }
        String head = text.substring(m.start(), Math.min(m.end(), m.start() + 4)).toLowerCase(java.util.Locale.ROOT);
        return head.startsWith("le ") || head.startsWith("la ") || head.startsWith("l'") || head.startsWith("l’")
                || head.startsWith("the ");
    }

    /** Verbs that carry on what the speaker was saying: « ajoute », « poursuit », « renchérit », "added". */
    private static final List<String> CARRYING_ON = List.of("ajout", "poursui", "continu", "renchéri", "enchaîn");
    private static final Set<String> CARRYING_ON_EN = Set.of("add", "adds", "added", "continued", "continues", "went",
            "goes");

    /** True when a verb between the two offsets carries on the speaker's words ({@link #CARRYING_ON}). */
    private static boolean continuing(List<Word> words, int from, int to) {
        for (Word w : Syntax.within(words, from, to)) {
            if (w.isWord() && (CARRYING_ON_EN.contains(w.key())
                    || CARRYING_ON.stream().anyMatch(stem -> w.key().startsWith(stem)))) {
                return true;
            }
        }
        return false;
    }

    /** Words after which « l' », « la », « le », « les » are object pronouns: « il l'annonce », « ne le dit ». */
    private static final Set<String> OBJECT_PRONOUN_HOSTS = Set.of("il", "elle", "on", "ils", "elles", "je", "j", "tu",
            "nous", "vous", "ne", "n");

    /**
     * True when the reporting-verb form at k stands after a determiner that follows a word in lower case other than a
     * subject pronoun, so that it is a noun: « a salué l'annonce : », "welcomed the statement:"; but « il l'annonce : »
     * and « Paul Roux le confirme : » are the verb.
     */
    private static boolean nounAfterDeterminer(List<Word> words, int k) {
        int d = k - 1;
        if (d >= 1 && NameRun.isApostrophe(words.get(d))) {
            d--;
        }
        if (d < 0 || !Grammar.NOUN_DETERMINERS.contains(words.get(d).key())) {
            return false;
        }
        Word previous = d > 0 ? words.get(d - 1) : null; // « Paul Roux le confirme : »: « le » is its object
        return previous != null && previous.isWord() && !previous.isCapitalised()
                && !OBJECT_PRONOUN_HOSTS.contains(previous.key());
    }

    /** A speaker named by the attribution's words, or nobody when they name someone unknown ("le procureur"). */
    private static Found found(String name, Attribution how) {
        return name == null ? Found.NOBODY : new Found(name, how);
    }

    /**
     * The body named last before {@code to} in the paragraph as the one « on » learned from: « a-t-on appris auprès
     * de la préfecture de l'Orne »; null when no « auprès de » names an organisation there.
     */
    static Mention learnedFrom(References refs, List<Word> words, int p, int to) {
        Mention found = null;
        for (int k = 0; k + 2 < words.size() && words.get(k).end() <= to; k++) {
            if (!words.get(k).is("auprès")) {
                continue;
            }
            for (int j = k + 1; j < words.size() && j <= k + 4 && words.get(j).end() <= to; j++) {
                Mention m = Syntax.mentionAt(refs, p, words.get(j));
                if (m != null) {
                    found = m.kind() == Mention.Kind.ORGANIZATION ? m : found;
                    break;
                }
            }
        }
        return found;
    }

    /**
     * True when the words between two quotations of one sentence name nobody and hold no reporting verb nor
     * colon: the second quotation goes on with the first's speaker.
     */
    private boolean continues(References refs, List<Word> between, int p) {
        for (Word w : between) {
            if (w.is(":") || Syntax.mentionAt(refs, p, w) != null
                    || w.isWord() && (lexicon.isReportingVerb(w.text()) || Grammar.RELATIVES.contains(w.key()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The speaker of a quotation joined to the next one of its sentence by a conjunction alone ("was “brutal” and
     * “more humbling than any film school,” she recalled"), when it has none of its own; else its own.
     */
    private Found joined(Reading reading, List<Quotation> quotes, List<Found> found, int i) {
        Found own = found.get(i);
        if (i + 1 >= found.size() || found.get(i + 1).name() == null) {
            return own;
        }
        Quotation q = quotes.get(i);
        Quotation next = quotes.get(i + 1);
        boolean woven = woven(reading, q);
        if (own.name() == null) {
            String gap = reading.text(q.paragraph()).substring(q.close(), next.open()).strip();
            if (JOINS.contains(gap) || own.how() == Attribution.NONE && shortLink(reading, q, next, found.get(i + 1))) {
                return found.get(i + 1);
            }
            if (!woven) {
                return own;
            }
        }
        boolean inferred = own.how() == Attribution.CONTINUING || own.how() == Attribution.PREVIOUS
                || own.how() == Attribution.FOCUS || woven && (own.how() == Attribution.EXPLICIT || own.name() == null);
        if (inferred && found.get(i + 1).how() == Attribution.INCISE && sameSentence(reading, q, next)
                && Syntax.within(reading.words(q.paragraph()), q.close(), next.open()).stream().noneMatch(w ->
                        w.is(":") || w.isWord() && lexicon.isReportingVerb(w.text()))) {
            return found.get(i + 1); // « « … » et le ministre doit « … », a précisé le Conseil d'État »
        }
        return own;
    }

    /** Conjunctions of cause that go on with what the speaker gives as a reason: « parce qu'il « … » », "because". */
    private static final Set<String> CAUSES = Set.of("parce", "car", "puisque", "because", "since");

    /**
     * True when the next quotation of the sentence stands in a clause of cause after a quotation its speaker was
     * named for by a reporting verb, with no reporting verb, colon or name between: « Mme X a demandé à M. Y de
     * « revoir sa copie » parce qu'il « n'a rien compris » » — both are X's words.
     */
    private boolean because(Reading reading, Quotation q, Quotation next, Found own) {
        if (own.name() == null || own.how() != Attribution.EXPLICIT || !sameSentence(reading, q, next)) {
            return false;
        }
        List<Word> gap = Syntax.within(reading.words(q.paragraph()), q.close(), next.open());
        boolean cause = false;
        for (Word w : gap) {
            if (w.is(":") || w.isWord() && (w.isCapitalised() || lexicon.isReportingVerb(w.text()))) {
                return false;
            }
            cause |= w.isWord() && CAUSES.contains(w.key());
        }
        return cause && gap.size() <= 6;
    }

    /**
     * True when the words of a quotation's sentence before it hold no reporting verb nor colon: the quotation is woven
     * into a sentence about someone (« L'homme d'État s'est éteint « dans la matinée » … »), whose subject said
     * nothing; an incise that ends the sentence after a later quotation (« …, a annoncé son gendre X ») says whose
     * words both are.
     */
    private boolean woven(Reading reading, Quotation q) {
        int start = reading.sentence(q.paragraph(), q.open())[0];
        return Syntax.within(reading.words(q.paragraph()), start, q.open()).stream().noneMatch(w -> w.is(":")
                || w.isWord() && (lexicon.isReportingVerb(w.text()) || lexicon.isReportingVerbAfterQuote(w.text())));
    }

    /**
     * True when a few lower-case words of the same sentence, none of them a reporting verb, join a quotation to the
     * next one, whose incise names the speaker: « « n'est pas seulement un vote », mais « une modalité d'action » pour
     * « … », a expliqué X », "was “not only a vote” but “a new way” to “…”, X said" — the words of one speaker.
     */
    private boolean shortLink(Reading reading, Quotation q, Quotation next, Found theirs) {
        if (theirs.how() != Attribution.INCISE || !sameSentence(reading, q, next)) {
            return false;
        }
        List<Word> gap = Syntax.within(reading.words(q.paragraph()), q.close(), next.open());
        int words = 0;
        for (Word w : gap) {
            if (w.is(":") || w.is(";") || w.isWord() && (w.isCapitalised() || lexicon.isReportingVerb(w.text())
                    || lexicon.isReportingVerbAfterQuote(w.text()) || ++words > 4)) {
                return false;
            }
        }
        return true;
    }

    /** True when two quotations of a paragraph stand in one sentence. */
    private static boolean sameSentence(Reading reading, Quotation a, Quotation b) {
        return a.paragraph() == b.paragraph()
                && reading.sentence(a.paragraph(), a.open())[0] == reading.sentence(b.paragraph(), b.open())[0];
    }

    private static final Set<String> JOINS = Set.of("and", "et", "or", "ou", ",", ", and", ", et", "and then",
            "puis", "et de", "and of");

    /**
     * The person who is the subject of a second clause of a sentence, opened by « tandis que », « alors que »,
     * « mais », "while", "whereas" or "but" after the first subject: « X décrit une comparaison « délicate » tandis
     * que Y, député, y voit une référence « inquiétante ». « … », a-t-il confié » — the pronoun goes on with Y, the
     * last subject. Null when no such clause opens with a person of this gender.
     */
    static Mention contrastedSubject(Reading reading, References refs, int p, Mention first, int to,
                                             char gender) {
        List<Word> words = reading.words(p);
        for (Mention m : refs.in(p, first.end(), to)) {
            if (m.start() < first.end() || m.end() > to || m.quoted() || m.kind() != Mention.Kind.PERSON
                    || !m.agrees(gender) || m.name() == null || m.name().equals(first.name())) {
                continue;
            }
            int k = Word.indexAt(words, m.start()) - 1;
            if (k >= 1 && (words.get(k).is("que") || words.get(k).is("qu") || NameRun.isApostrophe(words.get(k)))) {
                k -= NameRun.isApostrophe(words.get(k)) ? 2 : 1; // « tandis que Y », « alors qu'Anne Y »
                if (!(words.get(k).is("tandis") || words.get(k).is("alors"))) {
                    continue;
                }
                return m;
            }
            if (k >= 0 && (words.get(k).is("while") || words.get(k).is("whereas") || words.get(k).is("but")
                    || words.get(k).is("mais"))) {
                return m;
            }
        }
        return null;
    }

}
