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

    private static final Set<String> RELATIVES = Set.of("qui", "who", "which");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or", "et", "mais", "ou", "puis");
    /** Words that open a reported clause: « que », « qu' », "that". */
    private static final Set<String> COMPLEMENTISERS = Set.of("que", "qu", "that");
    /** Words that open a contrasting clause after a quotation: "while", « tandis que », « alors que ». */
    private static final Set<String> CONTRASTS = Set.of("while", "whereas", "whilst", "tandis", "alors");
    private static final int NO_ONE = -2;
    /** Determiners that open a source the article does not name: « selon une source », "according to a witness". */
    private static final Set<String> UNNAMED_SOURCES = Set.of("un", "une", "des", "plusieurs", "a", "an", "several",
            "some", "certains", "certaines");

    private final Lexicon lexicon;
    private final Syntax syntax;

    public SpeakerResolver(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.syntax = new Syntax(lexicon);
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
        for (int p = 1; p <= reading.paragraphs.size(); p++) {
            List<Quotation> quotes = reading.quotations(p);
            String previous = null;
            int first = speakers.size();
            for (int i = 0; i < quotes.size(); i++) {
                Quotation q = quotes.get(i);
                Object found = speaker(reading, refs, quotes, i, previous);
                Found result = found instanceof Found f && f != OPEN ? f : null;
                if (result == null && found == null && opensParagraph(reading, q) && p > 1) {
                    result = paragraphOpening(reading, refs, p);
                }
                if (result == null && (found == null || found == OPEN) && !isShort(reading, q)) {
                    open.add(speakers.size());
                }
                result = result == null ? Found.NOBODY : result;
                refs.spoke(p, q.start(), result.name());
                speakers.add(result);
                previous = result.name();
            }
            List<Found> here = speakers.subList(first, speakers.size());
            for (int i = here.size() - 2; i >= 0; i--) {
                Found shared = joined(reading, quotes, here, i);
                if (shared != here.get(i)) {
                    here.set(i, shared);
                    open.remove(Integer.valueOf(first + i));
                }
            }
        }
        String person = focus.person(speakers);
        if (person != null) {
            for (int k : open) {
                if (speakers.get(k).name() == null) {
                    speakers.set(k, new Found(person, Attribution.FOCUS));
                }
            }
        }
        return speakers;
    }

    /** The speaker handed over to a quotation that opens a paragraph, or null. */
    private Found paragraphOpening(Reading reading, References refs, int p) {
        if (isQuestion(reading, p - 1) && questions(reading) >= 2) {
            String asked = interviewee(refs);
            if (asked != null) {
                return new Found(asked, Attribution.FOCUS); // a question-and-answer interview: the answer is theirs
            }
        }
        boolean colon = reading.text(p - 1).strip().endsWith(":");
        String introduced = colon ? introducedBefore(reading, refs, p - 1) : null;
        if (introduced != null) {
            return new Found(introduced, Attribution.PREVIOUS); // "Elle a déclaré :" then the quotation
        }
        String last = refs.lastSpeaker(p, 0);
        if (last != null) {
            return new Found(last, Attribution.CONTINUING);
        }
        introduced = colon ? null : introducedBefore(reading, refs, p - 1);
        if (introduced != null) {
            return new Found(introduced, Attribution.PREVIOUS);
        }
        String earlier = refs.lastSpeakerSince(p, 3);
        return earlier != null && wholeParagraph(reading, p) ? new Found(earlier, Attribution.CONTINUING) : null;
    }

    /**
     * True for a paragraph that is only an interviewer's question: it ends with a question mark and quotes
     * nobody (« Pourquoi revenir aux marais salants ? », "And next?").
     */
    private static boolean isQuestion(Reading reading, int p) {
        String text = reading.text(p).strip();
        return text.endsWith("?") && reading.quotations(p).isEmpty() && reading.sentences.get(p - 1).size() <= 3;
    }

    /** How many paragraphs of the article are only a question: two or more make it a question-and-answer piece. */
    private static int questions(Reading reading) {
        int n = 0;
        for (int p = 1; p <= reading.paragraphs.size(); p++) {
            if (isQuestion(reading, p)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The person a question-and-answer interview is with: of the people its first paragraph names, the one the
     * article names most (the first of them on a tie); null when the first paragraph names nobody.
     */
    private static String interviewee(References refs) {
        String best = null;
        for (Mention m : refs.in(1)) {
            if (m.kind() == Mention.Kind.PERSON && !m.quoted()
                    && (best == null || refs.mentionsOf(m.name()) > refs.mentionsOf(best))) {
                best = m.name();
            }
        }
        return best;
    }

    /** True when a paragraph is one quotation and nothing else (a block quotation). */
    private static boolean wholeParagraph(Reading reading, int p) {
        List<Quotation> quotes = reading.quotations(p);
        String text = reading.text(p);
        return quotes.size() == 1 && onlyOf(text, quotes.get(0).close(), text.length(), " .");
    }

    /** True when nothing but spaces and dashes stands before the quotation in its paragraph. */
    private static boolean opensParagraph(Reading reading, Quotation q) {
        return onlyOf(reading.text(q.paragraph()), 0, q.open(), "—–-");
    }

    /** True when a range of text holds only white space and the given characters. */
    private static boolean onlyOf(String text, int from, int to, String allowed) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u202F' && allowed.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
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
     * The speaker a paragraph hands over to a quotation that opens the next one: the person when the paragraph
     * is only a name; the subject of its last sentence when it ends with a colon ("X made the following
     * statement:"); else the subject of its last reporting verb ("…, she adds.").
     */
    private String introducedBefore(Reading reading, References refs, int p) {
        String text = reading.text(p).strip();
        for (Mention m : refs.in(p)) {
            if (m.paragraph() == p && m.kind() == Mention.Kind.PERSON && m.start() == 0
                    && onlyOf(text, m.end(), text.length(), ":.,—–-")) {
                return m.name(); // a paragraph that is only a name, above what the person said
            }
        }
        List<int[]> sentences = reading.sentences.get(p - 1);
        if (text.endsWith(":") && !sentences.isEmpty()) {
            int[] last = sentences.get(sentences.size() - 1);
            Mention s = syntax.subjectMention(refs, p, last[0], last[1]); // not « au micro de France Inter »
            if (s == null) {
                s = Syntax.firstMention(refs, p, last[0], last[1]);
            }
            return s != null ? refs.resolve(s) : null;
        }
        List<Word> words = reading.words(p);
        for (int k = words.size() - 1; k >= 0; k--) {
            Word w = words.get(k);
            if (k >= 2 && w.is("parole") && words.get(k - 1).is("la") && TAKE.contains(words.get(k - 2).key())
                    && !reading.quoted(p, w.start())) {
                // « Paul X a pris la parole mardi. » then the quotation: the one who took the floor
                int start = reading.sentence(p, w.start())[0];
                List<Word> clause = Syntax.within(words, start, words.get(k - 2).end());
                Object subject = subject(refs, clause, clause.size() - 1, p, start, w.start());
                return subject instanceof Mention m ? refs.resolve(m) : null;
            }
            if (w.isWord() && !reading.quoted(p, w.start()) && lexicon.isReportingVerb(w.text())
                    && !(k > 0 && (words.get(k - 1).is("pour") || words.get(k - 1).is("to")))) { // « pour expliquer »
                int j = k - 1;
                while (j > 0 && k - j <= 2 && words.get(j).isWord() && AUXILIARIES.contains(words.get(j).key())) {
                    j--; // « Paul X a annoncé … » then the quotation, as "Paul X announced …"
                }
                Word before = j >= 0 ? words.get(j) : null;
                Word after = k + 1 < words.size() ? words.get(k + 1) : null;
                for (Word near : new Word[] {before, after}) {
                    Mention m = near == null ? null : Syntax.mentionAt(refs, p, near);
                    if (m != null && m.kind() != Mention.Kind.DOCUMENT) {
                        return refs.resolve(m);
                    }
                }
                if (before != null && before.is(",")) { // "the mayor, Dana Price, stated,"
                    List<Word> clause = Syntax.within(words, reading.sentence(p, w.start())[0], w.end());
                    Object subject = subject(refs, clause, clause.size() - 1, p, reading.sentence(p, w.start())[0],
                            w.start());
                    return subject instanceof Mention m ? refs.resolve(m) : null;
                }
                return null;
            }
        }
        return null;
    }

    /**
     * True when the words since the quotation before open a second reported clause of the same verb, with no
     * reporting verb of their own: « a déclaré que la décision n'était pas « … », mais qu'il « … » », "said the
     * plan was “…” and that it “…”". Whoever the clause's pronoun is, the words are the first quotation's speaker's.
     */
    private boolean secondReportedClause(List<Word> before) {
        for (int k = 0; k + 1 < before.size(); k++) {
            if (CONJUNCTIONS.contains(before.get(k).key()) && COMPLEMENTISERS.contains(before.get(k + 1).key())) {
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
        int k = firstWord(words, words.size());
        if (indefinitePerson(words, k, words.size()) < 0) {
            return false; // a person noun, not « Un thème récurrent »
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

    /** Forms of « prendre » in « prendre la parole », to take the floor. */
    private static final Set<String> TAKE = Set.of("pris", "prend", "prendra", "prenait", "prenant", "prit",
            "prennent", "prendre");

    /** Nothing in the quotation's sentence names a speaker: only the person in focus may be given. */
    private static final Found OPEN = new Found(null, Attribution.NONE);

    /**
     * The speaker found in the quotation's own sentence ({@link Found#NOBODY} when the words say it is nobody
     * named, {@link #OPEN} when they say nothing about it), the speaker of the sentence before or of the
     * quotation before, or null to let the paragraph before decide.
     */
    private Object speaker(Reading reading, References refs, List<Quotation> quotes, int i, String previous) {
        Quotation q = quotes.get(i);
        int p = q.paragraph();
        String text = reading.text(p);
        List<Word> words = reading.words(p);
        int[] sentence = reading.sentence(p, q.open());
        int afterEnd = Math.min(reading.sentence(p, Math.max(q.close() - 1, 0))[1],
                i + 1 < quotes.size() ? quotes.get(i + 1).open() : text.length());
        afterEnd = Math.max(afterEnd, attributionAfter(reading, refs, words, q, i + 1 < quotes.size()
                ? quotes.get(i + 1).open() : text.length()));
        int beforeStart = Math.max(sentence[0], i > 0 ? quotes.get(i - 1).close() : 0);
        boolean shortQuote = isShort(reading, q);

        Object found = askedQuestion(text, words, q) ? null // "When Wikinews asked, “…?”, X replied": not X's
                : after(refs, words, p, q.close(), afterEnd, punctuated(text, q));
        if (found == null && noWordBetween(words, sentence[0], q.open())) {
            Mention lead = leadQuotationSubject(refs, words, p, q.close(), afterEnd);
            if (lead != null) {
                return found(who(reading, refs, lead, p, q.open(), sentence[0]), Attribution.EXPLICIT);
            }
        }
        String between = found == null && afterEnd < text.length() ? text.substring(q.close(), afterEnd).strip() : null;
        if (between != null && (between.isEmpty() || between.length() == 1 && ".!?".indexOf(between.charAt(0)) >= 0)) {
            // « « … ». C'est par ces mots que Paul X a ouvert la séance. »: the next sentence says whose
            found = cleft(refs, Syntax.within(words, q.close(), reading.sentence(p, afterEnd + 1)[1]), p);
        }
        if (found instanceof Mention m && m.isName()
                && personReports(refs, Syntax.within(words, beforeStart, q.open()), p, false)) {
            found = null; // « Claire X juge l'enquête « … », rapporte Le Figaro »: the outlet passed on X's words
        }
        if (found instanceof Mention m && m.kind() == Mention.Kind.PRONOUN
                && indefiniteOpening(reading, p, sentence[0], m.gender())) {
            return Found.NOBODY; // « Un résident affirme que « … ». « … », accuse-t-il. »: the unnamed resident
        }
        if (found instanceof Mention m) {
            String name = who(reading, refs, m, p, q.open(), sentence[0]);
            if (name == null && definite(text, m) && continuing(words, q.close(), m.start())) {
                String last = m.gender() == 'm' || m.gender() == 'f' ? refs.lastSpeakerOfGender(p, q.open(), m.gender())
                        : refs.lastSpeaker(p, q.open());
                if (last != null) {
                    return new Found(last, Attribution.CONTINUING); // « … », ajoute le syndicaliste: the one speaking
                }
            }
            return found(name, Attribution.INCISE);
        }
        if (found != null) {
            return Found.NOBODY;
        }
        Mention m = incise(refs, words, q);
        if (m != null) {
            return found(who(reading, refs, m, p, q.open(), sentence[0]), Attribution.INCISE);
        }
        List<Word> before = Syntax.within(words, beforeStart, q.open());
        if (unnamedSource(before)) {
            Mention named = apposedToSource(refs, before, p);
            if (named != null) {
                return found(who(reading, refs, named, p, q.open(), sentence[0]), Attribution.EXPLICIT);
            }
            Mention body = spokespersonSource(refs, before, p);
            if (body != null) {
                return found(who(reading, refs, body, p, q.open(), sentence[0]), Attribution.EXPLICIT);
            }
            return Found.NOBODY; // « Selon un conseiller de Paul X, « … » »: somebody unnamed close to X
        }
        boolean complement = beforeStart > sentence[0] && !before.isEmpty()
                && (before.get(0).is("pour") || before.get(0).is("for")); // « n'était pas « … » pour le ministère »
        Mention source = complement ? null : selon(refs, before, p, q.open());
        if (source != null && source.isName()
                && personReports(refs, before, p, source.kind() == Mention.Kind.PERSON)) {
            source = null; // « Selon l'AFP, Paul X a déclaré que « … » »: the agency passed on X's words
        }
        if (source != null) {
            return found(who(reading, refs, source, p, q.open(), sentence[0]), Attribution.EXPLICIT);
        }
        Mention antecedent = relativeAntecedent(reading, refs, before, p);
        if (antecedent != null) {
            return found(who(reading, refs, antecedent, p, q.open(), sentence[0]), Attribution.EXPLICIT);
        }
        if (passive(before)) {
            return Found.NOBODY; // "X was said to be “…”", « il est condamné à « … » »: said of X, not by X
        }
        int verb = -1;
        int skipped = 0;
        for (int k = before.size() - 1; k >= 0 && before.size() - k - skipped <= FAR; k--) {
            Word w = before.get(k);
            if (before.size() - k - skipped > 13 && !(w.isWord() && lexicon.isReportingVerbAfterQuote(w.text())
                    && rightAfterSubject(refs, before, k, p))) {
                if (w.is(".") && !abbreviationDot(before, k)) {
                    break;
                }
                continue; // far from the quotation, only a verb right after its subject's name: "Name said …"
            }
            int aside = asideOpening(before, k);
            if (aside >= 0) {
                skipped += k - aside;
                k = aside; // "Bercow commented — which the BBC noted as unusual — “…”": an aside is not the clause
                continue;
            }
            if (w.is(",") && k != before.size() - 1) {
                Mention reporter = parentheticalReporter(refs, before, k, p);
                if (reporter != null) {
                    return found(who(reading, refs, reporter, p, q.open(), sentence[0]), Attribution.INCISE);
                }
                int skip = k >= 2 && before.get(k - 2).is(",") && STRESSED.contains(before.get(k - 1).key()) ? k - 2
                        : apposition(refs, before, k, p); // « Fillon estime, lui, être victime d'une enquête « … » »
                if (skip < 0) {
                    skip = ageAside(before, k); // "told Keith Dunmore, 58, that …", « Keith Dunmore, 58 ans, qu'il »
                }
                if (skip < 0) {
                    skip = adverbialAside(before, k);
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
            if (w.isWord() && (lexicon.isReportingVerb(w.text()) || madeKnown(before, k)
                    || lexicon.isReportingVerbAfterQuote(w.text()) && rightAfterSubject(refs, before, k, p)
                    || documentReads(before, k))) {
                if (adjectivalParticiple(before, k)) {
                    continue; // « a affirmé que les mesures annoncées lundi « … » »: the measures', not a report
                }
                verb = k;
                break;
            }
        }
        if (verb >= 0) {
            Mention agent = passiveAgent(refs, before, verb, p);
            if (agent != null) {
                return found(who(reading, refs, agent, p, q.open(), sentence[0]), Attribution.EXPLICIT);
            }
            Object subject = subject(refs, before, verb, p, sentence[0], q.open());
            if (!(subject instanceof Mention) && participle(before, verb) && i > 0 && previous != null
                    && sameSentence(reading, quotes.get(i - 1), q)
                    && before.subList(0, verb).stream().noneMatch(Word::isWord)) {
                return new Found(previous, Attribution.CONTINUING); // « « … » poursuivant par « … » », "“…”, adding “…”"
            }
            if (!(subject instanceof Mention) && infinitive(before, verb) && leadsOnly(before, verb)) {
                String last = previous != null ? previous : refs.lastSpeaker(p, q.open());
                if (last != null) {
                    return new Found(last, Attribution.CONTINUING); // « … ». Avant d'ajouter : « … »
                }
            }
            return subject instanceof Mention s ? found(who(reading, refs, s, p, q.open(), sentence[0]),
                    Attribution.EXPLICIT) : Found.NOBODY;
        }
        if (i > 0 && previous != null && quotes.get(i - 1).open() >= sentence[0] && secondReportedClause(before)) {
            return new Found(previous, Attribution.CONTINUING); // « a déclaré que … « … », mais qu'il « … » »
        }
        Found reported = reportedClause(reading, refs, words, p, sentence[0], q);
        if (reported != null) {
            return reported;
        }
        Mention closing = closingSource(refs, words, p, sentence, q);
        if (closing != null) {
            return found(who(reading, refs, closing, p, q.open(), sentence[0]), Attribution.EXPLICIT);
        }
        if (i > 0 && previous != null && quotes.get(i - 1).open() >= sentence[0] && continues(refs, before, p)) {
            return new Found(previous, Attribution.CONTINUING); // "said he was “drowning in debt” and was “ashamed”"
        }
        if (!before.isEmpty()) {
            Mention last = Syntax.mentionAt(refs, p, before.get(before.size() - 1));
            if (last != null && last.kind() != Mention.Kind.DESCRIPTION) {
                return found(who(reading, refs, last, p, q.open(), sentence[0]), Attribution.EXPLICIT);
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
            Mention s = syntax.subjectMention(refs, p, clause, q.open());
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
                s = onlyPersonOfShortHeading(refs, words, p, sentence[0], q.open()); // « Réaction de X : »
            }
            if (s == null) {
                Found possessor = ownWords(reading, refs, p, sentence[0], q.open());
                possessor = possessor != null ? possessor : possessorOpening(reading, refs, p, sentence[0]);
                if (possessor != null) {
                    return possessor; // « Sa réponse : « … » », « Son constat est amer : « … » »
                }
                return about(reading, refs, p, sentence[0], q.open()); // "Her advice is simple: “…”"
            }
            return found(who(reading, refs, s, p, q.open(), sentence[0]), Attribution.EXPLICIT);
        }
        if (before.stream().anyMatch(Word::isWord)) {
            if (shortQuote) {
                return Found.NOBODY;
            }
            Mention reasoner = reasonGiver(refs, before, p);
            if (reasoner != null) {
                return found(who(reading, refs, reasoner, p, q.open(), sentence[0]), Attribution.EXPLICIT);
            }
            Mention s = syntax.subjectMention(refs, p, clauseStart(before, sentence[0]), q.open());
            if (s == null) {
                s = syntax.subjectMention(refs, p, sentence[0], q.open()); // "X sought it, but added “…”"
            }
            if (s != null) {
                return found(who(reading, refs, s, p, q.open(), sentence[0]), Attribution.EXPLICIT);
            }
            Found own = ownWords(reading, refs, p, sentence[0], q.open());
            if (own != null) {
                return own; // "In Mercier's words, the plan is “…”"
            }
            Found about = about(reading, refs, p, sentence[0], q.open());
            return about != null ? about : OPEN; // "Her telescope cost “less than a used scooter”"
        }
        if (shortQuote && !(q.open() == 0 && q.close() >= text.length() - 1)) {
            return Found.NOBODY;
        }
        int[] prevSentence = reading.sentence(p, Math.max(sentence[0] - 1, 0));
        if (sentence[0] > 0 && i > 0 && previous != null && quotes.get(i - 1).paragraph() == p
                && quotes.get(i - 1).open() >= prevSentence[0]) {
            return new Found(previous, Attribution.CONTINUING); // "“…,” said a BBC executive, Ann Lee. “…”"
        }
        if (sentence[0] > 0 && i == 0 || sentence[0] > 0 && quotes.get(i - 1).close() <= prevSentence[0]) {
            Found own = ownWords(reading, refs, p, prevSentence[0], prevSentence[1]);
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
                String name = who(reading, refs, s, p, q.open(), prevSentence[0]);
                if (name != null) {
                    return new Found(name, name.equals(previous) ? Attribution.CONTINUING : Attribution.PREVIOUS);
                }
            }
        }
        Mention reporter = nextSentenceReporter(refs, words, p, q, afterEnd);
        if (reporter != null) {
            String name = who(reading, refs, reporter, p, q.open(), sentence[0]);
            if (name != null) {
                return new Found(name, Attribution.INCISE); // "“We are ready.” Coach Ann Lee said the team …"
            }
        }
        if (previous != null) {
            return new Found(previous, Attribution.CONTINUING);
        }
        Found about = sentence[0] > 0 ? about(reading, refs, p, prevSentence[0], prevSentence[1]) : null;
        return about != null ? about : answer(reading, refs, p, prevSentence);
    }

    /** Words of being that stand before a participle of speech: "was speaking", « s'est exprimé ». */
    private static final Set<String> BEING = Set.of("was", "is", "were", "est", "s", "se", "était");

    /** Adverbs of sequence between an auxiliary and its participle: « a ensuite ajouté », "later said". */
    private static final Set<String> LATER = Set.of("ensuite", "later", "further", "subsequently", "plus", "tard");

    /**
     * The person who opens the sentence right after a quotation that is a sentence of its own, as the subject of a
     * reporting verb there: "“We are ready.” Coach Ann Lee said the team had trained hard", « « … » Paul Roy,
     * l'entraîneur, a ajouté que … ». A title or a description may stand before the name, an apposition between
     * commas after it, an auxiliary before the verb. Null when anything else follows the quotation.
     */
    private Mention nextSentenceReporter(References refs, List<Word> words, int p, Quotation q, int afterEnd) {
        String text = refs.reading().text(p);
        if (afterEnd >= text.length() || !text.substring(q.close(), afterEnd).strip().replace(".", "").isEmpty()) {
            return null;
        }
        int[] next = refs.reading().sentence(p, afterEnd + 1);
        List<Word> after = Syntax.within(words, Math.max(next[0], afterEnd), next[1]);
        if (after.isEmpty()) {
            return null;
        }
        Mention m = Syntax.mentionAt(refs, p, after.get(0));
        int k = 0;
        while (m == null && k < 2 && k + 1 < after.size() && (after.get(k).isCapitalised() || k > 0)
                && after.get(k).isWord()) {
            m = Syntax.mentionAt(refs, p, after.get(++k)); // "Coach Ann Lee", "Team captain Ann Lee"
        }
        if (m == null || m.quoted() || !(m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.DESCRIPTION)) {
            return null;
        }
        int j = Word.indexAt(after, m.end());
        if (m.kind() == Mention.Kind.DESCRIPTION && j < after.size()) {
            Mention named = Syntax.mentionAt(refs, p, after.get(j)); // « l'entraîneur Paul Roy »
            if (named != null && named.kind() == Mention.Kind.PERSON) {
                m = named;
                j = Word.indexAt(after, m.end());
            }
        }
        if (j < after.size() && after.get(j).is(",")) {
            int close = j + 1;
            while (close < after.size() && close - j <= 8 && !after.get(close).is(",")) {
                close++;
            }
            if (close >= after.size() || close - j > 8) {
                return null;
            }
            j = close + 1; // « Paul Roy, l'entraîneur, a ajouté »
        }
        for (int n = 0; n < 4 && j < after.size() && (AUXILIARIES.contains(after.get(j).key())
                || BEING.contains(after.get(j).key()) || LATER.contains(after.get(j).key())
                || NameRun.isApostrophe(after.get(j))); n++) {
            j++; // "was speaking", « s'est exprimé », « a ensuite évoqué »
        }
        return j < after.size() && after.get(j).isWord() && (lexicon.isReportingVerb(after.get(j).text())
                || lexicon.isReportingVerbAfterQuote(after.get(j).text())) ? m : null;
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
        return prev != null && prev.isWord() && prev.isCapitalised() && next != null && next.isWord()
                && (!next.isCapitalised() || inside) && (prev.text().length() == 1
                || Lexicon.shared().title(prev.text() + ".") != null || NameRun.isAbbreviation(prev));
    }

    /**
     * The person asked, for a quotation that answers a question naming nobody: the subject of the sentence before
     * the question, in its paragraph ("Park spent four years on the island. Why salt? “Because …”"), as
     * {@link Attribution#FOCUS}; null when the sentence before the quotation is no such question.
     */
    private static Found answer(Reading reading, References refs, int p, int[] question) {
        String text = reading.text(p);
        if (!text.substring(question[0], question[1]).strip().endsWith("?")
                || Syntax.firstMention(refs, p, question[0], question[1]) != null) {
            return null;
        }
        int at = p;
        int[] before;
        if (question[0] <= refs.bodyStart(p)) { // the question opens the paragraph: asked of whom the one before names
            String last = refs.lastSpeaker(p, 0);
            if (last != null && refs.isPerson(last)) {
                return new Found(last, Attribution.FOCUS); // « … », a-t-elle confié. ¶ Qu'avez-vous ressenti ? « … »
            }
            if (p == 1 || reading.sentences.get(p - 2).isEmpty()) {
                return null;
            }
            at = p - 1;
            List<int[]> sentences = reading.sentences.get(p - 2);
            before = sentences.get(sentences.size() - 1);
        } else {
            before = reading.sentence(p, question[0] - 1);
        }
        Mention s = Syntax.firstMention(refs, at, before[0], before[1]);
        if (s == null || s.kind() != Mention.Kind.PERSON) {
            return null;
        }
        return new Found(refs.resolve(s), Attribution.FOCUS);
    }

    /**
     * Where the clause holding a quotation begins: after the last ", but" / ", mais" / "; " of the words before
     * it ("X sought an injunction, but the court ruled that it was “…”" has the court for subject), else at the
     * sentence's start.
     */
    private static int clauseStart(List<Word> before, int sentenceStart) {
        for (int k = before.size() - 2; k >= 0; k--) {
            Word w = before.get(k);
            if (w.is(";") || w.is(",") && CLAUSE_LINKS.contains(before.get(k + 1).key())) {
                return before.get(k + 1).start();
            }
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
     * The person a stretch of narrative is about, told by a personal pronoun or a possessive in it ("What went
     * through her mind? “…”", "Her advice is simple: “…”", « Que ressent-elle ? « … » »): the most salient person
     * of that gender before it, as {@link Attribution#FOCUS}. Null when the stretch has no such word.
     */
    private static Found about(Reading reading, References refs, int p, int from, int to) {
        for (Word w : Syntax.within(reading.words(p), Math.max(from, refs.bodyStart(p)), to)) {
            char gender = switch (w.key()) {
                case "she", "her", "elle" -> 'f';
                case "he", "his", "him", "il" -> 'm';
                default -> 0;
            };
            if (gender != 0 && !reading.quoted(p, w.start())) {
                String name = refs.resolve(new Mention(Mention.Kind.PRONOUN, p, w.start(), w.end(), null, gender, false),
                        p, w.start());
                return name != null && refs.isPerson(name) ? new Found(name, Attribution.FOCUS) : null;
            }
        }
        return null;
    }

    /**
     * Nouns of a person's own words or view, after an English possessive name or before a French « de » + name:
     * "Mercier's reply", "in Mercier's words", « la réponse de Mercier ». Source: compiled by the Verbatim team.
     */
    private static final Set<String> OWN_WORDS = Set.of("response", "reply", "answer", "words", "view", "verdict",
            "message", "reaction", "assessment", "advice", "explanation", "conclusion", "statement", "réponse",
            "réaction", "constat", "analyse", "explication", "mots", "propos", "avis");

    /**
     * The person whose own words or view a range names ({@link #OWN_WORDS}): "Mercier's reply was short",
     * "In Mercier's words", « La réponse de Mercier : »; as {@link Attribution#EXPLICIT}, null when none.
     */
    private static Found ownWords(Reading reading, References refs, int p, int from, int to) {
        List<Word> words = reading.words(p);
        for (Mention m : refs.in(p, from, to)) {
            if (m.start() < from || m.end() > to || m.quoted() || m.kind() != Mention.Kind.PERSON) {
                continue;
            }
            int k = Word.indexAt(words, m.end());
            if (refs.possessive(m)) {
                while (k < words.size() && words.get(k).start() < m.end() + 2) {
                    k++; // past "'s"
                }
                if (k < words.size() && OWN_WORDS.contains(words.get(k).key())) {
                    return new Found(m.name(), Attribution.EXPLICIT);
                }
            }
            int j = Word.indexAt(words, m.start()) - 1;
            while (j >= 0 && NameRun.isApostrophe(words.get(j))) {
                j--;
            }
            if (j >= 1 && (words.get(j).is("de") || words.get(j).is("d"))
                    && OWN_WORDS.contains(words.get(j - 1).key())) {
                return new Found(m.name(), Attribution.EXPLICIT);
            }
        }
        return null;
    }

    /**
     * The person a sentence that opens with a French possessive is about, before a colon: « Sa réponse : « … » »
     * is the answer of the most salient person of either gender, as {@link Attribution#FOCUS}; null for a sentence
     * that opens otherwise.
     */
    private static Found possessorOpening(Reading reading, References refs, int p, int sentenceStart) {
        List<Word> words = reading.words(p);
        int k = Word.indexAt(words, Math.max(sentenceStart, refs.bodyStart(p)));
        if (k >= words.size() || !(words.get(k).is("son") || words.get(k).is("sa") || words.get(k).is("ses"))
                || reading.quoted(p, words.get(k).start())) {
            return null;
        }
        Word w = words.get(k);
        String name = refs.resolve(new Mention(Mention.Kind.PRONOUN, p, w.start(), w.end(), null, '?', false), p,
                w.start());
        return name != null && refs.isPerson(name) ? new Found(name, Attribution.FOCUS) : null;
    }

    /**
     * The speaker of a reporting clause set between two commas inside the sentence, the comma at k closing it:
     * "Anne Roy, Paul Mercier said, had been “…”", « La réforme, estime Paul Mercier, est « … » ». The clause holds
     * a reporting verb and a person or a personal pronoun, and at most five words; null otherwise.
     */
    private Mention parentheticalReporter(References refs, List<Word> words, int k, int p) {
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
    private static int apposition(References refs, List<Word> words, int k, int p) {
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
    private static int adverbialAside(List<Word> words, int k) {
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

    /** True for "read" / "reads" right after a document noun: "Ann Lee's statement read:", "a tweet from X reads". */
    private boolean documentReads(List<Word> words, int k) {
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

    /** Determiners after which a word that may be a reporting verb (« juge », "report") is a noun. */
    private static final Set<String> NOUN_DETERMINERS = Set.of("du", "le", "la", "les", "des", "au", "aux", "un",
            "une", "ce", "cette", "sa", "son", "ses", "leur", "the", "an", "this", "that", "his", "her", "their");

    /**
     * The one person named, by name, in a short verbless heading before a colon: « Réaction immédiate de Claire
     * Dubois : », « Même constat pour Paul Henry : ». Null when the heading has more than seven words, a reporting
     * verb, or not exactly one person's name.
     */
    private Mention onlyPersonOfShortHeading(References refs, List<Word> words, int p, int from, int to) {
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
    private static final Set<String> STRESSED = Set.of("lui", "elle", "eux", "elles");

    /**
     * True when "que" / "that" follows a verb at k, right after it or after a short complement without a verb or
     * a comma: "said that", "said on Sunday that", "told the Daily Courier that", « a dit à l'AFP que ».
     */
    private boolean complementizerAfter(List<Word> clause, int k) {
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
                    && complementizerAfter(clause, k)) {
                Object subject = subject(refs, clause, k, p, sentenceStart, q.open());
                if (subject instanceof Mention m) {
                    return found(who(reading, refs, m, p, q.open(), sentenceStart), Attribution.EXPLICIT);
                }
                return null;
            }
        }
        return null;
    }

    /** A speaker named by the attribution's words, or nobody when they name someone unknown ("le procureur"). */
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

    private static Found found(String name, Attribution how) {
        return name == null ? Found.NOBODY : new Found(name, how);
    }

    /**
     * A reporting verb after the quotation and its subject, or a "selon X": a mention, NO_ONE when the verb's
     * subject is nobody named ("a county official said"), or null when there is no attribution after the marks.
     */
    private Object after(References refs, List<Word> words, int p, int from, int to, boolean punctuated) {
        List<Word> after = Syntax.within(words, from, to);
        Mention cleft = cleft(refs, after, p);
        if (cleft != null) {
            return cleft;
        }
        int count = 0;
        for (int k = 0; k < after.size() && count < 14; k++) {
            Word w = after.get(k);
            if (w.is(";")) {
                return null; // « … » ; cette option sera analysée : a new clause, which attributes nothing
            }
            if (!w.isWord()) {
                continue;
            }
            count++;
            if (RELATIVES.contains(w.key()) && !w.isAcronym() || count == 1 && (CONJUNCTIONS.contains(w.key())
                    || CONTRASTS.contains(w.key()))) {
                return null; // "said he was “…,” while Ms Lee predicted …": a new clause with its own subject
            }
            // "He went on to add “…,” referring to caves, and that some evidence suggests …": a clause the
            // sentence's subject reports, not an incise
            if (count > 1 && (w.is("that") || w.is("que") || w.is("qu"))) {
                return null;
            }
            if (count == 1 && (w.is("par") || w.is("by")) && k + 1 < after.size()) {
                Mention agent = Syntax.mentionAt(refs, p, after.get(k + 1));
                if (agent != null && agent.isName()) {
                    return agent; // "jugée « sévère » par Jean-Luc Arrieta", "described as “harsh” by Ann Lee"
                }
            }
            if (isSelon(after, k)) {
                Mention source = selon(refs, after.subList(Math.max(0, k - 2), after.size()), p, to);
                int next = k + (w.is("according") ? 2 : 1);
                if (source == null && next < after.size() && UNNAMED_SOURCES.contains(after.get(next).key())) {
                    return NO_ONE; // « … », selon une source proche de l'enquête: somebody the article does not name
                }
                return source;
            }
            if (count == 1 && punctuated && (w.is("read") || w.is("reads"))) {
                Mention author = documentAuthorAfter(refs, after, k, p, to);
                if (author != null) {
                    return author; // "“…,” read a statement from Mayor Paul X"
                }
            }
            boolean verb = count == 1 && punctuated ? lexicon.isReportingVerbAfterQuote(w.text())
                    : lexicon.isReportingVerb(w.text()) && !lexicon.takesObject(w.text()); // not "sent him “…” notes"
            verb &= !(k > 0 && NOUN_DETERMINERS.contains(after.get(k - 1).key())); // « la décision du juge »: a noun
            verb |= count <= 3 && invertedClause(refs, after, k, p) || (count == 2 || count == 3
                    && AUXILIARIES.contains(after.get(k - 2).key())) && madeKnown(after, k); // « a fait savoir M. X »
            if (verb && (infinitive(after, k) && !governed(after, k)
                    || participle(after, k) && Syntax.firstMention(refs, p, from, w.start()) == null)) {
                return null; // "…», avant d'ajouter", "…,” before adding": the clause's subject said both
            }
            if (verb && !punctuated && count > 3 && passiveAgentAfter(refs, after, k, p)) {
                return null; // « … » depuis le printemps, avec des gardes assurées par des intérimaires: another noun's
            }
            if (verb && count > 1 && k > 0 && (after.get(k - 1).is("et") || after.get(k - 1).is("and"))) {
                return null; // « indique « … » ces travaux et rappelle que »: a second verb of the subject before
            }
            if (verb && !w.isCapitalised()) {
                Mention pre = Syntax.firstMention(refs, p, from, w.start());
                if (pre != null && pre.kind() == Mention.Kind.ORGANIZATION) {
                    Mention head = Syntax.lastPerson(refs, p, pre.end(), w.start());
                    pre = head != null ? head : pre; // "“…,” Ashcombe manager Gareth Pryce said"
                }
                boolean of = pre != null && syntax.inPrepositionalPhrase(words, pre);
                if (of && pre.kind() == Mention.Kind.ORGANIZATION && spokespersonOf(words, pre)) {
                    return pre; // "“…,” a spokesperson for Harbor Foods said": the body speaks through its spokesperson
                }
                if (pre != null && (!of || pre.isName())) {
                    return of ? NO_ONE : pre; // "“…,” one member of the Darwin Society wrote": someone unnamed
                }
                boolean onAfter = k + 1 < after.size() && after.get(k + 1).is("on");
                Mention host = onAfter ? onsHost(refs, after, k + 2, p)
                        : k >= 1 && after.get(k - 1).is("on") ? onsHost(refs, after, k + 1, p) : null; // « a-t-on dit à X »
                if (host == null && (onAfter || k >= 1 && after.get(k - 1).is("on"))) {
                    host = learnedFrom(refs, words, p, from); // « a-t-on appris auprès de la préfecture. « … », a-t-on précisé »
                }
                if (host != null) {
                    return host; // « « … », assure-t-on à la SNCF », « indique-t-on chez Renault »
                }
                Mention post = syntax.bestMention(refs, p, w.end(), endOfWindow(after, k, 8, to));
                if (post != null && refs.possessive(post)) { // "“…,” said Huber's longtime partner Erick Rowan"
                    Mention owned = Syntax.lastPerson(refs, p, post.end(), endOfWindow(after, k, 12, to));
                    return owned != null ? owned : NO_ONE; // "“…,” said Tesla's chief executive": someone unnamed
                }
                if (post == null && (inverted(w) || count == 1)) {
                    // the subject after a long description or a phrase between commas: « a lancé au mégaphone,
                    // juché sur un tracteur, Jean X », "said former Leeds coach and former test player Tom Brindle"
                    Mention far = syntax.bestMention(refs, p, w.end(), endOfWindow(after, k, 14, to));
                    post = far != null && far.kind() == Mention.Kind.PERSON ? far : null;
                    if (post == null) {
                        post = closingSubject(refs, after, k, p, endOfWindow(after, k, 40, to));
                    }
                }
                if (post == null) {
                    post = apposedAfterDescription(refs, after, k, p, to);
                }
                if (post == null) {
                    post = documentAuthorAfter(refs, after, k, p, to); // "“…,” read a statement from Mayor X"
                }
                if (post == null) {
                    Mention org = Syntax.firstMention(refs, p, w.end(), endOfWindow(after, k, 8, to));
                    post = org != null && org.kind() == Mention.Kind.ORGANIZATION && spokespersonOf(words, org)
                            ? org : null; // « « … », a indiqué un porte-parole de la SNCF »
                }
                if (post != null && post.kind() == Mention.Kind.DESCRIPTION) {
                    for (Mention m : refs.in(p, post.end(), to)) { // « a réagi la directrice de la rédaction de
                        if (m.kind() == Mention.Kind.PERSON && !m.quoted() && refs.apposed(post, m)) { // L'Écho, Anne Roy »
                            return m;
                        }
                    }
                }
                return post != null ? post : NO_ONE;
            }
        }
        return null;
    }

    /**
     * The body named last before {@code to} in the paragraph as the one « on » learned from: « a-t-on appris auprès
     * de la préfecture de l'Orne »; null when no « auprès de » names an organisation there.
     */
    private static Mention learnedFrom(References refs, List<Word> words, int p, int to) {
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

    /** Prepositions that put the « on » of an inverted verb inside a body: « à la SNCF », « chez Renault ». */
    private static final Set<String> AT_BODY = Set.of("à", "au", "aux", "chez");

    /**
     * The organisation the « on » of an inverted reporting verb speaks from, named from {@code k} on after « à »,
     * « chez », « du côté de » or « au sein de »: « assure-t-on à la SNCF », « indique-t-on du côté de Renault ».
     * Null when no organisation is named there.
     */
    private static Mention onsHost(References refs, List<Word> after, int k, int p) {
        if (k >= after.size() || !(AT_BODY.contains(after.get(k).key()) || Syntax.HOSTS.contains(after.get(k).key())
                || after.get(k).is("du") && k + 1 < after.size() && Syntax.HOSTS.contains(after.get(k + 1).key()))) {
            return null;
        }
        for (int j = k + 1; j < after.size() && j <= k + 5; j++) {
            Word w = after.get(j);
            if (!w.isWord() && !NameRun.isApostrophe(w)) {
                return null;
            }
            Mention m = Syntax.mentionAt(refs, p, w);
            if (m != null) {
                return m.kind() == Mention.Kind.ORGANIZATION ? m : null;
            }
        }
        return null;
    }

    /** Nouns of those who speak for a body: "a spokesperson for X", « un porte-parole de X ». */
    private static final Set<String> SPOKESPEOPLE = Set.of("spokesperson", "spokesman", "spokeswoman",
            "porte-parole", "representative", "représentant", "représentante");

    /**
     * The organisation whose unnamed spokesperson is a « selon » source: "According to a spokesperson for Harwick
     * Police", « Selon un porte-parole de Météo-France » — the body speaks through its spokesperson, as in "A
     * spokesperson for X said". Null when the source is no spokesperson of an organisation named within the next
     * six words.
     */
    private static Mention spokespersonSource(References refs, List<Word> before, int p) {
        for (int k = 0; k < Math.min(before.size(), 5); k++) {
            if (!SPOKESPEOPLE.contains(before.get(k).key())) {
                continue;
            }
            for (int j = k + 1; j < before.size() && j <= k + 6; j++) {
                Word w = before.get(j);
                if (!w.isWord() && !NameRun.isApostrophe(w)) {
                    return null;
                }
                Mention m = Syntax.mentionAt(refs, p, w);
                if (m != null) {
                    return m.kind() == Mention.Kind.ORGANIZATION ? m : null;
                }
            }
            return null;
        }
        return null;
    }

    /** True when a spokesperson noun stands among the four words before an organisation's mention. */
    private static boolean spokespersonOf(List<Word> words, Mention org) {
        int i = Word.indexAt(words, org.start());
        for (int k = i - 1; k >= 0 && i - k <= 4; k--) {
            Word w = words.get(k);
            if (!w.isWord() && !NameRun.isApostrophe(w)) {
                return false;
            }
            if (SPOKESPEOPLE.contains(w.key())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> INDEFINITE = Set.of("a", "an", "the", "un", "une", "le", "la", "l");

    /**
     * The person named in apposition at the end of a description that follows a reporting verb: "said a
     * spokesman for the county fire service, Brian Moss." gives Brian Moss (the description is too long for the
     * window a name is looked for in); null when the words after the verb are no such description.
     */
    private Mention apposedAfterDescription(References refs, List<Word> after, int verb, int p, int to) {
        int k = verb + 1;
        while (k < after.size() && NameRun.isApostrophe(after.get(k))) {
            k++;
        }
        if (k >= after.size() || !INDEFINITE.contains(after.get(k).key())) {
            return null;
        }
        for (int j = k + 1; j < after.size() && j - k <= 16; j++) {
            Word x = after.get(j);
            if (!x.isWord() && !x.is(",") && !NameRun.isApostrophe(x) && !x.is("-")) {
                return null; // the sentence or the clause ends first
            }
            if (x.is(",") && j + 1 < after.size()) {
                Mention m = Syntax.mentionAt(refs, p, after.get(j + 1));
                if (m != null && m.kind() == Mention.Kind.PERSON && m.start() < to) {
                    return m;
                }
                return null;
            }
        }
        return null;
    }

    /**
     * True when punctuation closes the quotation's words as an attribution follows them: a comma, "?", "!" or
     * "…" at the end of its text or a comma or dash right after its closing mark ("“…,” notes Ann Lee",
     * "« … », note-t-il"), not a term inside a sentence ("sent him “meticulous” notes").
     */
    private static boolean punctuated(String text, Quotation q) {
        String inner = text.substring(q.start(), q.end()).strip();
        if (!inner.isEmpty() && ",!?…".indexOf(inner.charAt(inner.length() - 1)) >= 0) {
            return true;
        }
        String rest = text.substring(q.close()).stripLeading();
        return !rest.isEmpty() && ",—–".indexOf(rest.charAt(0)) >= 0;
    }

    /**
     * True when the words between two quotations of one sentence name nobody and hold no reporting verb nor
     * colon: the second quotation goes on with the first's speaker.
     */
    private boolean continues(References refs, List<Word> between, int p) {
        for (Word w : between) {
            if (w.is(":") || Syntax.mentionAt(refs, p, w) != null
                    || w.isWord() && (lexicon.isReportingVerb(w.text()) || RELATIVES.contains(w.key()))) {
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
        if (own.name() == null) {
            String gap = reading.text(q.paragraph()).substring(q.close(), next.open()).strip();
            return JOINS.contains(gap) ? found.get(i + 1) : own;
        }
        boolean inferred = own.how() == Attribution.CONTINUING || own.how() == Attribution.PREVIOUS
                || own.how() == Attribution.FOCUS;
        if (inferred && found.get(i + 1).how() == Attribution.INCISE && sameSentence(reading, q, next)
                && Syntax.within(reading.words(q.paragraph()), q.close(), next.open()).stream().noneMatch(w ->
                        w.is(":") || w.isWord() && lexicon.isReportingVerb(w.text()))) {
            return found.get(i + 1); // « « … » et le ministre doit « … », a précisé le Conseil d'État »
        }
        return own;
    }

    /**
     * The person or organisation named right before ", qui" / ", who" that opens a quotation: the relative clause
     * is theirs ("…, a précisé le Conseil d'État, qui « annule donc le refus … »", "Ms Lee, who “never gave up”");
     * null when the words before the quotation end otherwise, or when the name is the complement of a noun (« les
     * propositions de Libération, qui « … » »: the clause is the proposals', whoever reports it).
     */
    private Mention relativeAntecedent(Reading reading, References refs, List<Word> before, int p) {
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
                    || w.isWord() && (lexicon.isReportingVerb(w.text()) || RELATIVES.contains(w.key())
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

    /** True when two quotations of a paragraph stand in one sentence. */
    private static boolean sameSentence(Reading reading, Quotation a, Quotation b) {
        return a.paragraph() == b.paragraph()
                && reading.sentence(a.paragraph(), a.open())[0] == reading.sentence(b.paragraph(), b.open())[0];
    }

    private static final Set<String> JOINS = Set.of("and", "et", "or", "ou", ",", ", and", ", et", "and then",
            "puis", "et de", "and of");

    /**
     * True for a French past participle or inverted verb after a closing mark (« a lancé », « martèle »), whose
     * subject may come after a participle phrase set between commas; English puts the subject first or right after.
     */
    private static boolean inverted(Word verb) {
        String k = verb.key();
        return k.endsWith("é") || k.endsWith("ée") || k.endsWith("e") && !k.endsWith("ed");
    }

    /** True when the verb at k is an infinitive or gerund after "de", "to", "before": « avant d'ajouter ». */
    private static boolean infinitive(List<Word> words, int k) {
        int j = k - 1;
        while (j >= 0 && NameRun.isApostrophe(words.get(j))) {
            j--;
        }
        if (j >= 0 && words.get(j).is("en") && words.get(k).key().endsWith("ant")) {
            return true; // « …», tout en rappelant que »: a gerund, whose subject is the clause's
        }
        return j >= 0 && NON_FINITE.contains(words.get(j).key());
    }

    /**
     * True for « savoir » after a form of « faire »: « le ministère a fait savoir qu'il serait « … » », and for « voit »
     * after « y » or before « dans » (« y voit », « voit dans l'accord »): reporting locutions whose words are no
     * reporting verbs alone.
     */
    private static boolean madeKnown(List<Word> words, int k) {
        return k > 0 && (MADE_KNOWN.contains(words.get(k).key()) && FAIRE.contains(words.get(k - 1).key())
                || SEES.contains(words.get(k).key()) && (words.get(k - 1).is("y") // « Paul X y voit « … » »
                        || k + 1 < words.size() && words.get(k + 1).is("dans"))); // « voit dans l'accord « … » »
    }

    /** Forms of « voir » that give a view in those locutions: « il y voit « un signal fort » ». */
    private static final Set<String> SEES = Set.of("voit", "voient", "voyait", "voyaient", "verra", "vu");

    /**
     * The words that make a reporting locution after a form of « faire »: « fait savoir », « fait part (de) »,
     * « fait remarquer », « fait valoir », « fait état (de) ». Source: compiled by the Verbatim team from French
     * usage; none of them reports speech alone.
     */
    private static final Set<String> MADE_KNOWN = Set.of("savoir", "part", "remarquer", "valoir", "état");

    /**
     * The person named right after a reporting verb that a comma sets after the words it reports, in a sentence
     * without quotation marks: « Les textes impliquent le respect des frontières, fait remarquer Paul Diallo, le
     * ministre. », "The deal is fragile, said Ann Lee." That person said the sentence, and a pronoun of their gender
     * in the next one ("« … », a-t-il déclaré") is theirs; null when the sentence ends otherwise.
     */
    private Mention invertedReporter(References refs, List<Word> paragraphWords, int p, int[] sentence, char gender) {
        List<Word> words = Syntax.within(paragraphWords, sentence[0], sentence[1]);
        for (int k = 1; k + 1 < words.size(); k++) {
            Word w = words.get(k);
            boolean locution = madeKnown(words, k);
            if (!w.isWord() || !(locution || lexicon.isReportingVerb(w.text()) && !lexicon.takesObject(w.text()))) {
                continue;
            }
            int comma = locution ? k - 2 : k - 1;
            if (comma < 1 || !words.get(comma).is(",") || !locution && participle(words, k)) {
                continue; // ", saying Caudipteryx might have …": the name opens the reported clause
            }
            Mention m = Syntax.mentionAt(refs, p, words.get(k + 1));
            if (m != null && m.kind() == Mention.Kind.PERSON && !m.quoted() && m.agrees(gender)) {
                return m;
            }
        }
        return null;
    }

    private static final Set<String> FAIRE = Set.of("fait", "faire", "fera", "ferait", "font", "fit", "faisait",
            "feront", "faisant");

    /**
     * True for a present participle after the closing mark, with no one named between: « … », soulignant que la
     * skippeuse … ; "…", adding that the mayor … . The participle's subject is the sentence's, never the noun after
     * it (the subject of the clause it introduces).
     */
    private static boolean participle(List<Word> words, int k) {
        String key = words.get(k).key();
        return key.length() > 5 && (key.endsWith("ant") || key.endsWith("ing"));
    }

    /**
     * True when the infinitive at k hangs on a verb through « à » / « de » (« a tenu à préciser », « s'est contenté
     * de répondre », « tient à rappeler »): the verb's subject may still stand after it, unlike « avant d'ajouter ».
     */
    private static boolean governed(List<Word> words, int k) {
        int j = k - 1;
        while (j >= 0 && NameRun.isApostrophe(words.get(j))) {
            j--;
        }
        if (j < 1 || !(words.get(j).is("à") || words.get(j).is("de") || words.get(j).is("d"))) {
            return false;
        }
        Word verb = words.get(j - 1);
        return verb.isWord() && !verb.isCapitalised() && !INFINITIVE_LEADS.contains(verb.key())
                && !NON_FINITE.contains(verb.key()) && (isParticiple(verb) || verb.key().endsWith("t"));
    }

    /** Words that may open a sentence before an infinitive that carries on: « Avant d'ajouter », "And then to add". */
    private static final Set<String> INFINITIVE_LEADS = Set.of("avant", "et", "puis", "before", "and", "then", "de",
            "d", "to");

    /** True when only {@link #INFINITIVE_LEADS} and apostrophes stand before the word at k. */
    private static boolean leadsOnly(List<Word> words, int k) {
        for (int j = 0; j < k; j++) {
            Word w = words.get(j);
            if (!NameRun.isApostrophe(w) && !INFINITIVE_LEADS.contains(w.key())) {
                return false;
            }
        }
        return true;
    }

    /** Forms of "to be" / « être » that make a passive with a past participle. */
    private static final Set<String> BE = Set.of("is", "was", "were", "are", "be", "been", "being", "est", "était",
            "fut", "sera", "serait", "sont", "étaient", "furent", "seront", "seraient", "été");

    /** Prepositions that join a passive participle to its complement: "said to", "described as", « condamné à ». */
    private static final Set<String> PASSIVE_LINKS = Set.of("to", "as", "of", "for", "à", "de", "d", "pour", "comme");

    /** English past participles that do not end in -ed. */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("said", "told", "known", "seen", "held", "given",
            "found", "thought", "written", "heard", "sent", "made", "shown", "sentenced");

    /**
     * True when the words before a quotation end in a passive verb and its preposition: "X was said to be “…”",
     * "X was described as “…”", « il est donc condamné à « … » ». The subject of a passive is spoken of, not
     * speaking. A reflexive « s'est dit « … » » is no passive.
     */
    private static boolean passive(List<Word> before) {
        int k = before.size() - 1;
        if (k >= 0 && (before.get(k).is("be") || before.get(k).is("être"))) {
            k--;
        }
        if (k >= 0 && NameRun.isApostrophe(before.get(k))) {
            k--;
        }
        if (k < 1 || !PASSIVE_LINKS.contains(before.get(k).key())) {
            return false;
        }
        Word participle = before.get(--k);
        if (!isParticiple(participle)) {
            return false;
        }
        k--;
        for (int skip = 0; skip < 2 && k >= 0 && before.get(k).isWord() && !before.get(k).isCapitalised()
                && !BE.contains(before.get(k).key()); skip++) {
            k--; // "was later sentenced to", « est donc condamné à »
        }
        if (k < 0 || !BE.contains(before.get(k).key())) {
            return false;
        }
        int r = k - 1;
        if (r >= 0 && before.get(r).is("a")) {
            r--; // « a été condamné »
        }
        if (r >= 0 && NameRun.isApostrophe(before.get(r))) {
            r--;
        }
        return r < 0 || !(before.get(r).is("s") || before.get(r).is("se") || before.get(r).is("me")
                || before.get(r).is("nous") || before.get(r).is("vous"));
    }

    /**
     * The agent of a reporting verb in the passive: "X was described by Paul Mercier as “…”", « X a été qualifiée
     * de « … » par Paul Mercier » is Mercier's description, not X's words; null when the verb is not passive or
     * has no named agent right after it.
     */
    private static Mention passiveAgent(References refs, List<Word> words, int verb, int p) {
        if (CONDUITS.contains(words.get(verb).key())) {
            return null; // "X was quoted by the Times as saying": the Times passed X's words on
        }
        if (verb < 1 || verb + 2 >= words.size() || !BE.contains(words.get(verb - 1).key())
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
    private static Mention reasonGiver(References refs, List<Word> before, int p) {
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
            if (isParticiple(before.get(v))) {
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

    private static boolean isParticiple(Word w) {
        String k = w.key();
        if (!w.isWord() || w.isCapitalised() || k.length() < 3) {
            return false;
        }
        if (k.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(k)) {
            return true;
        }
        for (String end : FRENCH_PARTICIPLE_ENDINGS) {
            if (k.endsWith(end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the word at k is a past participle followed by "par" / "by" and an agent that is no name nor
     * description: « des gardes assurées par des intérimaires », "shifts covered by agency staff" — a passive
     * about some other noun of the sentence, not the report of a quotation.
     */
    private static boolean passiveAgentAfter(References refs, List<Word> words, int k, int p) {
        if (!isParticiple(words.get(k)) || k + 2 >= words.size()
                || !(words.get(k + 1).is("par") || words.get(k + 1).is("by"))) {
            return false;
        }
        Mention agent = Syntax.mentionAt(refs, p, words.get(k + 2));
        if (agent == null && k + 3 < words.size()) {
            agent = Syntax.mentionAt(refs, p, words.get(k + 3)); // "by the minister"
        }
        return agent == null;
    }

    /** « dit », « écrit », « décrit » and their agreed forms: French participles that do not end in -é. */
    private static final java.util.regex.Pattern SAID_WRITTEN = java.util.regex.Pattern.compile("(dit|.*crit)e?s?");

    /**
     * True for a French past participle that qualifies the noun right before it, with its determiner before that
     * noun: « les mesures annoncées », « le texte adopté », « la lettre écrite ». Such a participle is an adjective
     * of the noun and heads no clause, so a quotation after it is not what it reports; the clause's own verb lies
     * further back (« X a affirmé que les mesures annoncées lundi « vont coûter cher » » is X's). A participle after
     * an auxiliary (« a annoncé », « a de son côté jugé ») is a verb and is not matched.
     */
    private static boolean adjectivalParticiple(List<Word> words, int k) {
        String key = words.get(k).key();
        if (k < 2 || !isParticiple(words.get(k)) || !(key.endsWith("é") || key.endsWith("ée") || key.endsWith("és")
                || key.endsWith("ées") || SAID_WRITTEN.matcher(key).matches())) {
            return false; // only French forms: "the company said" is a clause
        }
        Word noun = words.get(k - 1);
        if (!noun.isWord() || noun.isCapitalised() || AUXILIARIES.contains(noun.key()) || BE.contains(noun.key())
                || !NOUN_DETERMINERS.contains(words.get(k - 2).key())) {
            return false;
        }
        for (int j = Math.max(0, k - 5); j < k - 1; j++) {
            if (Syntax.adverbialEnd(words, j) == k) {
                return false; // « a par la suite dénoncé une « … » »: a set phrase before the participle
            }
        }
        // « a de son côté jugé la décision « … » »: a set phrase between the auxiliary and its participle
        return k < 4 || !Syntax.PREPOSITIONS.contains(words.get(k - 3).key())
                || !(AUXILIARIES.contains(words.get(k - 4).key()) || BE.contains(words.get(k - 4).key()));
    }

    /** The endings of French past participles: « condamné », « tenu », « pris », « dit ». */
    private static final List<String> FRENCH_PARTICIPLE_ENDINGS = List.of("é", "ée", "és", "ées", "u", "ue", "us",
            "ues", "is", "ise", "ises", "it", "ite", "its", "ites");

    /**
     * The source a sentence names at its end, after a comma: « Il faisait partie du groupe « … » et attendait en
     * bas, d'après le maire, Jean Vidal. » gives Jean Vidal for every quotation of the sentence that no verb of
     * its own attributes; null when the sentence does not end so.
     */
    private Mention closingSource(References refs, List<Word> words, int p, int[] sentence, Quotation q) {
        List<Word> after = Syntax.within(words, q.close(), sentence[1]);
        for (int k = after.size() - 1; k > 0; k--) {
            Word w = after.get(k);
            if (!w.isWord() && ("«»\"“”".contains(w.text()) || ";:".contains(w.text()))) {
                return null; // a quotation or another clause comes after the source: it is not the sentence's end
            }
            if (!isSelon(after, k)) {
                continue;
            }
            int lead = w.is("après") ? k - 2 : k;
            if (lead < 1 || !after.get(lead - 1).is(",")) {
                return null;
            }
            return selon(refs, after.subList(lead, after.size()), p, sentence[1]);
        }
        return null;
    }

    private static final Set<String> NON_FINITE = Set.of("de", "d", "to", "before", "after", "while", "pour");

    /** Auxiliaries and reflexive pronouns that may stand between a closing mark and a reporting verb. */
    private static final Set<String> AUXILIARIES = Set.of("a", "avait", "ont", "avaient", "aura", "s", "se", "est",
            "sont", "était", "has", "had", "have", "then", "also", "aussi", "encore", "alors");

    /**
     * True when the word at k, right after a closing mark, is a verb of an inverted or short attribution clause,
     * whatever the verb: "« … », a grogné Thomas Rivet", "« … ! » s'est écriée Paula", "“…,” grumbled Ann Lee",
     * "“…,” Ann Lee grumbled." The clause holds only auxiliaries, the verb and its subject, and ends there.
     */
    private boolean invertedClause(References refs, List<Word> after, int k, int p) {
        Word w = after.get(k);
        if (!w.isWord() || w.isCapitalised() || w.text().length() < 3 || AUXILIARIES.contains(w.key())
                || lexicon.isStopWord(w.text()) || Syntax.PREPOSITIONS.contains(w.key()) || RELATIVES.contains(w.key())
                || lexicon.description(w.text()) != 0) {
            return false; // not "manager" in "“…,” Ashcombe manager Gareth Pryce said"
        }
        for (int j = 0; j < k; j++) {
            Word b = after.get(j);
            if (b.isWord() && !AUXILIARIES.contains(b.key()) && Syntax.mentionAt(refs, p, b) == null) {
                return false;
            }
            if (!b.isWord() && !b.is(",") && !NameRun.isApostrophe(b)) {
                return false;
            }
        }
        boolean subjectBefore = false;
        for (int j = 0; j < k; j++) {
            Mention m = Syntax.mentionAt(refs, p, after.get(j));
            subjectBefore |= m != null && m.kind() == Mention.Kind.PERSON;
        }
        if (subjectBefore) { // "“…,” Ann Lee grumbled." ends at the verb
            return k + 1 >= after.size() || ".!?;,".contains(after.get(k + 1).text());
        }
        if (k + 1 >= after.size()) {
            return false;
        }
        Word next = after.get(k + 1);
        Mention m = Syntax.mentionAt(refs, p, next);
        int name = k + 2 + (k + 2 < after.size() && after.get(k + 2).is(".") ? 1 : 0);
        if (m == null && next.isWord() && name < after.size() && (lexicon.title(next.text()) != null
                || lexicon.title(next.text() + ".") != null)) {
            m = Syntax.mentionAt(refs, p, after.get(name)); // « a remarqué M. Morel »: the title before the name
        }
        if (m == null && next.isWord() && k + 2 < after.size()) {
            m = Syntax.mentionAt(refs, p, after.get(k + 2)); // "a grogné le chauffeur"
        }
        return m != null && m.kind() != Mention.Kind.DOCUMENT && m.start() >= w.end()
                && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.PRONOUN
                || m.kind() == Mention.Kind.DESCRIPTION);
    }

    /**
     * Where the attribution of a quotation that ends its own sentence ("…?" Ellen Marsh asked.) ends: the end
     * of the short clause after the closing mark when it holds a reporting verb or an inverted subject; else -1.
     */
    private int attributionAfter(Reading reading, References refs, List<Word> words, Quotation q, int limit) {
        String text = reading.text(q.paragraph());
        int sentenceStart = Math.max(reading.sentence(q.paragraph(), q.open())[0], refs.bodyStart(q.paragraph()));
        if (!q.closed() || q.end() == q.start() || "!?…".indexOf(text.charAt(q.end() - 1)) < 0
                || !text.substring(sentenceStart, q.open()).isBlank()) {
            return -1; // only "“…?” Ellen Marsh asked." where nothing before the marks attributes it
        }
        List<Word> after = Syntax.within(words, q.close(), limit);
        int count = 0;
        for (int k = 0; k < after.size(); k++) {
            Word w = after.get(k);
            if (w.isWord() && count < 3 && invertedClause(refs, after, k, q.paragraph())) {
                for (Word x : after.subList(k, after.size())) {
                    if (".!?;".contains(x.text()) && !x.isWord()) {
                        return x.start();
                    }
                }
                return limit;
            }
            if (".!?;:".contains(w.text()) && !w.isWord()) {
                return count > 0 ? w.start() : -1;
            }
            if (w.isWord() && ++count > 7) {
                return -1;
            }
            if (w.isWord() && !w.isCapitalised() && count <= 4 && lexicon.isReportingVerb(w.text())) {
                int end = w.end();
                for (Word x : words) {
                    if (x.start() >= end && x.end() <= limit && ".!?;".contains(x.text()) && !x.isWord()) {
                        return x.start();
                    }
                }
                return limit;
            }
        }
        return -1;
    }

    /**
     * The name a mention of the quotation's attribution stands for. A personal pronoun ("il", "she") is the
     * person named as the subject of this sentence or the one before in the paragraph; else the current speaker
     * when the gender agrees ("« … », poursuit-il" after that man's quotation), else the most salient person.
     */
    private String who(Reading reading, References refs, Mention m, int paragraph, int at, int sentenceStart) {
        if (m.kind() != Mention.Kind.PRONOUN || m.gender() == 'n' || m.quoted() && at == m.start()
                || refs.isLatter(m)) {
            return at == m.start() || m.isName() ? refs.resolve(m) : refs.resolve(m, paragraph, at);
        }
        int from = Math.max(sentenceStart, refs.bodyStart(paragraph));
        Mention institution = Syntax.firstMention(refs, paragraph, from, m.start());
        if (institution != null && institution.kind() == Mention.Kind.ORGANIZATION && afterQue(reading, paragraph, m)
                && !syntax.inPrepositionalPhrase(reading.words(paragraph), institution)
                && refs.in(paragraph, institution.end(), m.start()).stream()
                        .noneMatch(o -> o.kind() == Mention.Kind.PERSON && o.start() >= institution.end())) {
            return institution.name(); // « la Fédération … a indiqué qu'elle « prendra acte » »
        }
        Mention subject = subjectOf(reading, refs, paragraph, from, Math.min(at, m.start()), m.gender());
        if (subject == null && sentenceStart > 0) {
            int[] previous = reading.sentence(paragraph, sentenceStart - 1);
            subject = invertedReporter(refs, reading.words(paragraph), paragraph, previous, m.gender());
            if (subject == null) {
                subject = subjectOf(reading, refs, paragraph, previous[0], previous[1], m.gender());
            }
            if (subject == null && previous[0] >= refs.bodyStart(paragraph)) {
                // « Pour Philippe X, candidat du parti, l'absence … constitue le problème. « … », déplore-t-il »
                Mention source = selon(refs, Syntax.within(reading.words(paragraph), previous[0], previous[1]),
                        paragraph, previous[1]);
                if (source != null && source.kind() == Mention.Kind.PERSON && source.agrees(m.gender())) {
                    subject = source;
                }
            }
        }
        String current = refs.lastSpeaker(paragraph, at);
        String known = refs.lastSpeakerOfGender(paragraph, at, m.gender());
        if (subject != null && subject.kind() == Mention.Kind.PERSON && subject.gender() == '?' && known != null
                && !known.equals(subject.name())) {
            return known; // "he added" after "Grace Mwangi" (either gender) continues the man who spoke
        }
        if (subject != null) {
            return refs.resolve(subject);
        }
        if (speakingDescription(reading, refs, paragraph, from, m) || sentenceStart > refs.bodyStart(paragraph)
                && speakingDescription(reading, refs, paragraph, reading.sentence(paragraph, sentenceStart - 1)[0], m)) {
            return null; // « Sur France Inter, le secrétaire général du syndicat affirme … Il estime que « … » »
        }
        if (refs.opensWithSomeone(paragraph, from, m.gender()) || sentenceStart > refs.bodyStart(paragraph)
                && refs.opensWithSomeone(paragraph, reading.sentence(paragraph, sentenceStart - 1)[0], m.gender())) {
            return null; // "One of the victims gave her name. She said “…”": somebody the article does not name
        }
        String body = sentenceStart > refs.bodyStart(paragraph)
                ? institutionSubject(reading, refs, paragraph, sentenceStart, m.start()) : null;
        if (body != null) {
            return body; // « Le ministère a proposé une taxe. Dans un communiqué, il a indiqué que « … » »
        }
        if (current != null && refs.isPerson(current) && refs.agrees(current, m.gender())) {
            String named = namedSince(reading, refs, m, paragraph, current);
            return named != null ? named : current;
        }
        String salient = refs.resolve(m, paragraph, at);
        if (salient != null && onlyAfterPreposition(reading, refs, paragraph, from, m.start(), salient)) {
            // "Speaking to Martin Smith of PBS, he said": whom the pronoun's own clause speaks to is not the pronoun
            salient = refs.salientOtherThan(m, paragraph, Math.min(at, m.start()), salient);
        }
        boolean nobodyAgrees = salient == null && (current == null || !refs.agrees(current, m.gender()));
        if (nobodyAgrees) {
            String organization = null;
            for (Mention o : refs.in(paragraph, from, m.start())) {
                if (o.quoted() || o.end() > m.start()) {
                    continue;
                }
                if (o.kind() == Mention.Kind.ORGANIZATION) {
                    organization = o.name(); // « … par la Ligue des droits civiques (LDC) : « … » a-t-elle déclaré »
                } else if (o.kind() == Mention.Kind.DOCUMENT && refs.isInstitution(o)) {
                    String resolved = refs.resolve(o);
                    organization = resolved != null ? resolved : organization;
                }
            }
            if (organization != null) {
                return organization;
            }
        }
        if (nobodyAgrees && sentenceStart > 0) {
            // « L'ONG X a publié un rapport. Elle y dénonce « … » »: nobody of that gender, the institution
            int[] previous = reading.sentence(paragraph, sentenceStart - 1);
            Mention first = Syntax.firstMention(refs, paragraph, previous[0], previous[1]);
            if (first != null && first.kind() == Mention.Kind.ORGANIZATION
                    && !syntax.inPrepositionalPhrase(reading.words(paragraph), first)) {
                return refs.resolve(first);
            }
        }
        if (salient == null && current != null && !refs.agrees(current, m.gender())
                && (unnamedSubject(reading, refs, paragraph, from, m) || sentenceStart > refs.bodyStart(paragraph)
                && unnamedSubject(reading, refs, paragraph, reading.sentence(paragraph, sentenceStart - 1)[0], m))) {
            return null; // « Le président a ensuite parlé. « … », a-t-il promis » after a woman spoke: a man unnamed
        }
        if (salient == null && current != null && refs.isPerson(current) && !refs.agrees(current, m.gender())) {
            return null; // « Business France … « … », affirme-t-elle » after a man spoke: not him
        }
        return salient != null ? salient : current;
    }

    /**
     * True when a person is named between two offsets of a paragraph (a pronoun's sentence before it), and every
     * such mention is the object of a preposition: "Speaking to Martin Smith of PBS, he …", « Interrogé par Paul
     * X, il … ».
     */
    private boolean onlyAfterPreposition(Reading reading, References refs, int p, int from, int to, String name) {
        boolean named = false;
        for (Mention o : refs.in(p, from, to)) {
            if (o.start() < from || o.end() > to || o.quoted() || o.kind() != Mention.Kind.PERSON
                    || !name.equals(o.name())) {
                continue;
            }
            if (!syntax.inPrepositionalPhrase(reading.words(p), o)) {
                return false;
            }
            named = true;
        }
        return named;
    }

    /**
     * The person a pronoun that does not report speech stands for when that person was named in its paragraph
     * since the current speaker last spoke: « X a parlé. ¶ Les députés ont écouté Y. Il a souhaité … » is Y.
     * A pronoun next to a reporting verb ("he added", « poursuit-il ») continues the current speaker instead;
     * null when the rule does not apply.
     */
    private String namedSince(Reading reading, References refs, Mention pronoun, int paragraph, String current) {
        List<Word> words = reading.words(paragraph);
        int i = Word.indexAt(words, pronoun.start());
        for (int k = Math.max(0, i - 2); k <= Math.min(words.size() - 1, i + 3); k++) {
            if (k != i && words.get(k).isWord() && lexicon.isReportingVerb(words.get(k).text())) {
                return null;
            }
        }
        if (refs.spokeIn(paragraph, pronoun.start())) {
            return null;
        }
        String salient = refs.resolve(pronoun, paragraph, pronoun.start());
        if (salient == null || salient.equals(current) || !refs.isPerson(salient)) {
            return null;
        }
        for (Mention m : refs.in(paragraph, 0, pronoun.start())) {
            if (m.kind() == Mention.Kind.PERSON && !m.quoted() && m.start() < pronoun.start()
                    && salient.equals(m.name())) {
                return salient;
            }
        }
        return null;
    }

    /**
     * The institution that is the subject of the sentence before, in this paragraph, when that sentence names no
     * person and nobody is named between its end and the pronoun at {@code pronoun}; else null.
     */
    private String institutionSubject(Reading reading, References refs, int paragraph, int sentenceStart,
                                      int pronoun) {
        int[] previous = reading.sentence(paragraph, sentenceStart - 1);
        Mention first = Syntax.firstMention(refs, paragraph, previous[0], previous[1]);
        boolean institution = first != null && (first.kind() == Mention.Kind.ORGANIZATION
                || first.kind() == Mention.Kind.DOCUMENT && refs.isInstitution(first));
        if (!institution || first.quoted() || syntax.inPrepositionalPhrase(reading.words(paragraph), first)
                || !opensClause(Syntax.within(reading.words(paragraph), previous[0], first.start()))) {
            return null;
        }
        for (Quotation q : reading.quotations(paragraph)) {
            if (q.open() < previous[1] && q.close() > previous[0]) {
                return null; // the sentence before quotes someone: the pronoun may well be that one
            }
        }
        for (Mention o : refs.in(paragraph, previous[0], pronoun)) {
            if (o.start() >= previous[0] && o.start() < pronoun && !o.quoted() && o != first
                    && (o.kind() == Mention.Kind.PERSON || o.kind() == Mention.Kind.DESCRIPTION
                    || o.kind() == Mention.Kind.PRONOUN)) {
                return null;
            }
        }
        return refs.resolve(first);
    }

    /**
     * True when the words before a mention leave it the subject of its sentence: none, or a short fronted phrase
     * closed by a comma (« Mardi, le ministère … », "On Monday, the council …"); not « Parmi les communes servies
     * par cette agence ».
     */
    private static boolean opensClause(List<Word> before) {
        if (before.stream().noneMatch(Word::isWord)) {
            return true;
        }
        return before.size() <= 5 && before.get(before.size() - 1).is(",");
    }

    /** True for a French pronoun right after « que » / « qu' »: « a indiqué qu'elle … ». */
    private static boolean afterQue(Reading reading, int paragraph, Mention pronoun) {
        List<Word> words = reading.words(paragraph);
        int i = Word.indexAt(words, pronoun.start());
        return i >= 1 && words.get(i - 1).is("que") || i >= 2 && NameRun.isApostrophe(words.get(i - 1))
                && words.get(i - 2).is("qu");
    }

    /**
     * True when the sentence starting at {@code from} opens with a description of the pronoun's gender that refers
     * to nobody the article names (« Le président a ensuite parlé. », "The mayor was direct."): the pronoun is that
     * unnamed person, not the last speaker of another gender.
     */
    private boolean unnamedSubject(Reading reading, References refs, int p, int from, Mention pronoun) {
        Mention first = Syntax.firstMention(refs, p, from, pronoun.start());
        return first != null && first.kind() == Mention.Kind.DESCRIPTION && first.gender() == pronoun.gender()
                && !first.quoted() && opensClause(Syntax.within(reading.words(p), from, first.start()))
                && !syntax.inPrepositionalPhrase(reading.words(p), first) && refs.resolve(first) == null;
    }

    /**
     * True when the sentence starting at {@code from} has as its subject a description of the pronoun's gender that
     * refers to nobody the article names, and that description reports speech (a reporting verb follows it in the
     * sentence): « Lors d'une interview sur France Inter, le secrétaire général du syndicat affirme qu'il … ». Fronted
     * phrases are passed over, however long, as long as their names stand after a preposition. The pronoun that
     * follows is that unnamed speaker, not the last person named.
     */
    private boolean speakingDescription(Reading reading, References refs, int p, int from, Mention pronoun) {
        List<Word> words = reading.words(p);
        int end = Math.min(pronoun.start(), reading.sentence(p, from)[1]);
        int skipTo = 0;
        for (Mention m : refs.in(p, Math.max(from, refs.bodyStart(p)), end)) {
            if (m.quoted() || m.start() < from || m.end() > end || refs.possessive(m)) {
                continue;
            }
            if (syntax.inPrepositionalPhrase(words, m) || m.start() < skipTo) {
                skipTo = Math.max(skipTo, m.end());
                continue; // « sur la radio France Inter »: a fronted phrase
            }
            if (m.kind() != Mention.Kind.DESCRIPTION || m.gender() != pronoun.gender() && m.gender() != '?'
                    || refs.resolve(m) != null) {
                return false; // "the Shadow Health Secretary" may be a man or a woman
            }
            for (Mention n : refs.in(p, m.end(), end)) {
                if (n.start() >= m.end() && n.kind() == Mention.Kind.PERSON && refs.apposed(m, n)) {
                    return false; // « le secrétaire général, Paul X, … »: named after all
                }
            }
            int k = Word.indexAt(words, m.end());
            for (int count = 0; k < words.size() && words.get(k).start() < end && count < 7; k++) {
                Word w = words.get(k);
                if (w.isWord()) {
                    if (lexicon.isReportingVerb(w.text())) {
                        return true;
                    }
                    count++;
                } else if (!w.is(",")) {
                    return false;
                }
            }
            return false;
        }
        return false;
    }

    /** The person named (or described) as the subject of a range: its first unquoted mention, not after a preposition. */
    private Mention subjectOf(Reading reading, References refs, int p, int from, int to, char gender) {
        Mention first = Syntax.firstMention(refs, p, from, to);
        if (first == null || first.kind() == Mention.Kind.PRONOUN || first.kind() == Mention.Kind.DOCUMENT
                || first.kind() == Mention.Kind.ORGANIZATION) {
            return null;
        }
        if (syntax.inPrepositionalPhrase(reading.words(p), first) || Syntax.agent(reading.words(p), first)) {
            return null;
        }
        if (first.kind() == Mention.Kind.PERSON) {
            Mention contrasted = contrastedSubject(reading, refs, p, first, to, gender);
            return contrasted != null ? contrasted : first.agrees(gender) ? first : null;
        }
        for (Mention m : refs.in(p, first.end(), to)) {
            if (m.start() >= first.end() && m.isName() && refs.apposed(first, m)) {
                return m.agrees(gender) ? m : null; // « la mère de la victime, Catherine X, a suivi … »
            }
        }
        String name = refs.resolve(first);
        return name != null && refs.agrees(name, gender) ? first : null;
    }

    /** Conjunctions that open a second clause with a subject of its own: « tandis que Y … », "while Y …". */
    private static final Set<String> SECOND_CLAUSES = Set.of("tandis", "alors", "while", "whereas", "mais", "but");

    /**
     * The person who is the subject of a second clause of a sentence, opened by « tandis que », « alors que »,
     * « mais », "while", "whereas" or "but" after the first subject: « X décrit une comparaison « délicate » tandis
     * que Y, député, y voit une référence « inquiétante ». « … », a-t-il confié » — the pronoun goes on with Y, the
     * last subject. Null when no such clause opens with a person of this gender.
     */
    private static Mention contrastedSubject(Reading reading, References refs, int p, Mention first, int to,
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

    /** Nouns of one's own words or view after a possessive: « selon ses termes », « à ses yeux », « à son avis ». */
    private static final Set<String> VIEW_NOUNS = Set.of("termes", "mots", "propos", "dires", "avis", "yeux",
            "analyse", "estimation", "estimations", "calculs");

    /**
     * A possessive of the source right after « selon », « pour » or « à » and before a noun of its own words or
     * view ({@link #VIEW_NOUNS}): « selon ses termes », « à ses yeux » are the current person's; not « selon son
     * entraîneur ». Null otherwise.
     */
    private static Mention inOwnView(List<Word> list, int k, int p) {
        if (k + 2 >= list.size()) {
            return null;
        }
        Word own = list.get(k + 1);
        if (!(own.is("ses") || own.is("son") || own.is("sa")) || !VIEW_NOUNS.contains(list.get(k + 2).key())) {
            return null;
        }
        return new Mention(Mention.Kind.PRONOUN, p, own.start(), own.end(), null, '?', false);
    }

    /** Nouns of somebody's spoken words, whose author « selon » names: « selon les propos de X », "remarks by X". */
    private static final Set<String> SPEECH_NOUNS = Set.of("propos", "dires", "paroles", "déclarations", "remarks",
            "comments", "words");

    /**
     * The person or body whose words « selon » / "according to" at {@code k} names: « selon des propos de Paul X »,
     * « selon les dires du ministère », "according to remarks by Ann Lee"; null when no speech noun follows with
     * « de » / "of" / "by" and a name.
     */
    private static Mention speechAuthor(References refs, List<Word> list, int k, int p) {
        int j = k + (list.get(k).is("according") ? 2 : 1);
        if (j < list.size() && THE_OR_SOME.contains(list.get(j).key())) {
            j++;
        }
        if (j + 1 >= list.size() || !SPEECH_NOUNS.contains(list.get(j).key())) {
            return null;
        }
        j++;
        if (!(list.get(j).is("de") || list.get(j).is("du") || list.get(j).is("d") || list.get(j).is("of")
                || list.get(j).is("by"))) {
            return null;
        }
        for (int m = j + 1; m < list.size() && m <= j + 3; m++) {
            Mention found = Syntax.mentionAt(refs, p, list.get(m));
            if (found != null) {
                return found.isName() ? found : null;
            }
        }
        return null;
    }

    /** Articles before a « selon » source's noun: « selon les propos », « selon des dires », "according to the words". */
    private static final Set<String> THE_OR_SOME = Set.of("les", "des", "ses", "leurs", "the", "his", "her", "their");

    /**
     * The person named in apposition to an indefinite « selon » source: « Selon un officier de sécurité, Abdulahi
     * Ahmed, « … » », "According to a police officer, Ann Lee, …". The article does name that source. Null when no
     * person's name stands between two commas after the source's noun phrase.
     */
    private static Mention apposedToSource(References refs, List<Word> list, int p) {
        int comma = -1;
        for (int k = 0; k < list.size(); k++) {
            if (list.get(k).is(",")) {
                comma = k;
                break;
            }
        }
        if (comma < 0 || comma + 2 >= list.size()) {
            return null;
        }
        Mention m = Syntax.mentionAt(refs, p, list.get(comma + 1));
        if (m == null || m.kind() != Mention.Kind.PERSON) {
            return null;
        }
        int after = Word.indexAt(list, m.end());
        return after < list.size() && list.get(after).is(",") ? m : null;
    }

    /**
     * True when a sentence opens with « selon » / "according to" and an indefinite source (« selon un conseiller de
     * X », "according to a friend of X", « d'après des proches »): the words are somebody's the article does not
     * name, not those of the person the source is close to. An indefinite document is no such source: its author
     * follows it.
     */
    private boolean unnamedSource(List<Word> list) {
        for (int k = 0; k < Math.min(list.size(), 3); k++) {
            if (isSelon(list, k) && !list.get(k).is("à")) {
                int next = k + (list.get(k).is("according") ? 2 : 1);
                return next + 1 < list.size() && UNNAMED_SOURCES.contains(list.get(next).key())
                        && !SPEECH_NOUNS.contains(list.get(next + 1).key()) // « selon des propos de X »
                        && lexicon.description(list.get(next + 1).text()) != 'd' // but « selon un communiqué de X »,
                        && !(next + 2 < list.size() && lexicon.description(list.get(next + 2).text()) == 'd'); // "a press release"
            }
        }
        return false;
    }

    /**
     * True when a person named or described in the words before a quotation is the subject of a reporting verb
     * there (« Paul X a déclaré », « Paul X aurait confié à ses proches », « le suspect aurait crié »): the quotation
     * is theirs, whatever outlet a « selon » names. When the « selon » source is a person ({@code afterSource}),
     * only a reporter after it counts: « Selon Claire Y, Paul X aurait qualifié le plan d'« … » » is X's, "Ann Lee
     * said that, according to Tom Hart, …" Hart's.
     */
    private boolean personReports(References refs, List<Word> before, int p, boolean afterSource) {
        int selon = 0;
        while (afterSource && selon < before.size() && !isSelon(before, selon)) {
            selon++;
        }
        for (int j = selon + 1; j < before.size(); j++) { // a person source: not "X said that, according to Y, …"
            Word w = before.get(j);
            if (!w.isWord() || !lexicon.isReportingVerb(w.text()) || lexicon.takesObject(w.text())) {
                continue;
            }
            for (int k = j - 1; k >= 0 && j - k <= 3; k--) {
                Mention m = Syntax.mentionAt(refs, p, before.get(k));
                if (m != null) {
                    if ((m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.DESCRIPTION)
                            && !syntax.inPrepositionalPhrase(before, m)) {
                        return true; // « Selon l'AFP, le suspect aurait crié « … » »: the suspect's words
                    }
                    break;
                }
                if (!AUXILIARIES.contains(before.get(k).key()) && !before.get(k).is("aurait")
                        && !before.get(k).is("avait")) {
                    break;
                }
            }
        }
        return false;
    }

    /** Conjunctions and adverbs that may open a sentence before « pour X, » and "for X,". */
    private static final Set<String> LEADS = Set.of("mais", "et", "or", "donc", "ainsi", "alors", "but", "and", "yet",
            "so");

    /** Nouns of "in the … of X" that give X's view: "in the words of X", "in the view of X". */
    private static final Set<String> VIEW_OF = Set.of("words", "view", "opinion", "eyes", "estimation");

    /**
     * True when the word at k is "selon", the "après" of "d'après", the "according" of "according to", or the last
     * word of a locution of view (« à ses yeux », « aux yeux de », « de l'avis de », "in the words of").
     */
    private static boolean isSelon(List<Word> list, int k) {
        Word w = list.get(k);
        if (w.is("à") && k + 2 < list.size() && (list.get(k + 2).is("yeux") || list.get(k + 2).is("avis"))
                && (list.get(k + 1).is("ses") || list.get(k + 1).is("son"))) {
            return true; // « À ses yeux, c'est « … » », « à son avis »: the possessor's view
        }
        if ((w.is("de") || w.is("d")) && k >= 2 && (list.get(k - 1).is("yeux") && list.get(k - 2).is("aux")
                || list.get(k - 1).is("avis") && NameRun.isApostrophe(list.get(k - 2)))) {
            return true; // « Aux yeux de X, … », « de l'avis de X »: X's view, as « selon X »
        }
        if (w.is("of") && k >= 3 && VIEW_OF.contains(list.get(k - 1).key()) && list.get(k - 2).is("the")
                && list.get(k - 3).is("in")) {
            return true; // "In the words of X", "in the view of X"
        }
        return w.is("selon") || (w.is("après") && k > 1 && NameRun.isApostrophe(list.get(k - 1))
                && list.get(k - 2).is("d")) || (w.is("according") && k + 1 < list.size() && list.get(k + 1).is("to"));
    }

    /**
     * True when the word at k follows a short phrase fronted with a comma at the start of the list: « À l'inverse,
     * pour X, « … » », "In contrast, for X, “…”" (at most four words before the comma).
     */
    private static boolean afterFrontedPhrase(List<Word> list, int k) {
        if (k < 2 || !list.get(k - 1).is(",")) {
            return false;
        }
        int words = 0;
        for (int j = 0; j < k - 1; j++) {
            Word w = list.get(j);
            if (!w.isWord() && !NameRun.isApostrophe(w)) {
                return false;
            }
            words += w.isWord() ? 1 : 0;
        }
        return words <= 4;
    }

    /** The source named by "selon X" / "d'après X" / "according to X" in a list of words, or null. */
    private Mention selon(References refs, List<Word> list, int p, int limit) {
        for (int k = 0; k < list.size(); k++) {
            boolean opinion = (k == 0 || k == 1 && LEADS.contains(list.get(0).key()) || afterFrontedPhrase(list, k))
                    && (list.get(k).is("pour") || list.get(k).is("for")); // « Mais pour Obama, « … » »
            if (!isSelon(list, k) && !opinion) {
                continue;
            }
            if (k >= 2 && list.get(k - 1).is(",") && list.get(k - 2).isWord()
                    && lexicon.isReportingVerb(list.get(k - 2).text())) {
                continue; // "X said, according to Reuters, that …": the agency passed X's words on
            }
            int from = list.get(k).end();
            Mention speaker = speechAuthor(refs, list, k, p);
            if (speaker != null) {
                return speaker; // « selon des propos de Paul X rapportés par l'AFP », "according to remarks by Ann Lee"
            }
            Mention own = inOwnView(list, k, p);
            if (own != null) {
                return own;
            }
            for (int j = k + 1; j < Math.min(list.size(), k + 4); j++) {
                Word w = list.get(j);
                if (w.is("lui") || w.is("him") || w.is("eux") || w.is("them")) {
                    return new Mention(Mention.Kind.PRONOUN, p, w.start(), w.end(), null,
                            w.is("lui") || w.is("him") ? 'm' : 'n', false);
                }
            }
            int words = 0;
            int until = limit;
            for (int j = k + 1; j < list.size(); j++) {
                if (list.get(j).isWord() && ++words > 4) {
                    until = list.get(j).start();
                    break;
                }
            }
            int comma = Integer.MAX_VALUE;
            for (int j = k + 2; j < list.size(); j++) {
                if (list.get(j).is(",")) {
                    comma = list.get(j).start(); // "According to agency reports, Saddam …": the source ends there
                    break;
                }
            }
            Mention body = bodyDocument(refs, p, from, limit);
            if (body != null) {
                return body; // « selon un communiqué du gouvernement camerounais », « selon l'annonce du parquet »
            }
            Mention first = null;
            for (Mention m : refs.in(p, from, limit)) {
                if (m.paragraph() != p || m.quoted() || m.start() < from || m.end() > limit) {
                    continue;
                }
                boolean complement = m.kind() == Mention.Kind.ORGANIZATION && syntax.inPrepositionalPhrase(list, m);
                if (first == null) {
                    if (m.isName() && authorOfDocument(refs.reading().text(p).substring(from, m.start()))) {
                        return m; // "according to a statement from Paul X": the statement's author
                    }
                    if (m.start() >= until || m.start() - from > 30 || m.start() > comma) {
                        return null;
                    }
                    first = m;
                    if (m.kind() != Mention.Kind.DESCRIPTION && m.kind() != Mention.Kind.DOCUMENT && !complement) {
                        return m; // a description or an institution noun may have its name in apposition, and so
                        // may a description whose complement names an institution: « selon le président du
                        // conseil du CERN, Michel Spiro, »
                    }
                } else if (m.isName() && !(complement && first.kind() == Mention.Kind.DESCRIPTION)
                        && refs.apposed(first, m)) { // but « selon le rapport annuel d'Air Océane »: its owner
                    return m;
                } else if (m.isName() && first.kind() == Mention.Kind.DOCUMENT && !refs.isInstitution(first)
                        && References.authorLink(refs.reading().text(p).substring(first.end(), m.start()))) {
                    return m; // "according to a statement from Paul X", « selon un communiqué de la préfecture »
                }
            }
            return first;
        }
        return null;
    }

    /** A complement that names the institution after its noun: « du ministère de l'Intérieur », "of the Interior". */
    private static final java.util.regex.Pattern NAMED_COMPLEMENT = java.util.regex.Pattern.compile(
            "\\s+(?:de|du|des|d['’]|of|for)\\s*(?:la\\s+|l['’]\\s*|the\\s+)?\\p{Lu}");

    /** A document, its link, then an institution noun and an optional adjective (« un communiqué du gouvernement »). */
    private static final java.util.regex.Pattern BODY_DOCUMENT = java.util.regex.Pattern.compile(
            "\\s*(?:to\\s+)?(?:un|une|le|la|l['’]|a|an|the)\\s*(\\p{Ll}+)\\s+(?:du|des|de la|de l['’]|of the|from the)\\s*"
                    + "(\\p{Ll}+)(?:\\s+(\\p{Ll}+))?");

    /**
     * The institution whose document « selon » names when no name follows: « selon un communiqué du gouvernement
     * camerounais » gives « gouvernement camerounais », "according to a statement from the ministry" « ministry ».
     * The institution is an 'o' noun of the roles lists, with a demonym after it kept; null when a name follows
     * (that name is the author) or otherwise.
     */
    private Mention bodyDocument(References refs, int p, int from, int limit) {
        String text = refs.reading().text(p);
        java.util.regex.Matcher m = BODY_DOCUMENT.matcher(text);
        m.region(from, Math.min(limit, text.length()));
        if (!m.lookingAt() || lexicon.description(m.group(1)) != 'd' || lexicon.description(m.group(2)) != 'o') {
            return null;
        }
        boolean adjective = m.group(3) != null && lexicon.demonym(m.group(3)) != 0;
        int end = adjective ? m.end(3) : m.end(2);
        if (NAMED_COMPLEMENT.matcher(text).region(end, text.length()).lookingAt()) {
            return null; // « le communiqué du ministère de l'Intérieur »: the name that follows is the author
        }
        return new Mention(Mention.Kind.ORGANIZATION, p, m.start(2), end, text.substring(m.start(2), end), 'n', false);
    }

    /** The author named after a document right after the verb at k ("read a statement from Mayor X"), or null. */
    private Mention documentAuthorAfter(References refs, List<Word> after, int k, int p, int to) {
        for (Mention m : refs.in(p, after.get(k).end(), to)) {
            if (m.start() >= after.get(k).end() && m.isName() && !m.quoted()) {
                if (m.kind() == Mention.Kind.ORGANIZATION && namesDocument(refs, after.get(k).end(), m, p)) {
                    return m; // "“…,” reads an AEW press release": the organisation's own document
                }
                int end = m.start();
                List<Word> between = Syntax.within(refs.reading().words(p), after.get(k).end(), m.start());
                for (int j = between.size() - 1; j >= 0; j--) {
                    Word w = between.get(j);
                    if (!(w.is(".") || w.isCapitalised() && (lexicon.title(w.text()) != null
                            || lexicon.isPost(w.text())))) {
                        break;
                    }
                    end = w.start(); // "from Mayor Paul X": the title before the name
                }
                return authorOfDocument(refs.reading().text(p).substring(after.get(k).end(), end) + " ") ? m : null;
            }
        }
        return null;
    }

    /**
     * True when an organisation's name right after an article modifies a document noun one or two words later: "an
     * AEW press release", "a Coles statement" (English puts the author before the document).
     */
    private boolean namesDocument(References refs, int from, Mention org, int p) {
        String lead = refs.reading().text(p).substring(from, org.start()).strip();
        if (!(lead.equalsIgnoreCase("a") || lead.equalsIgnoreCase("an") || lead.equalsIgnoreCase("the"))) {
            return false;
        }
        List<Word> words = refs.reading().words(p);
        int i = Word.indexAt(words, org.end());
        for (int j = i; j < words.size() && j < i + 2; j++) {
            Word w = words.get(j);
            if (!w.isWord() || w.isCapitalised()) {
                return false;
            }
            if (lexicon.description(w.text()) == 'd') {
                return true;
            }
        }
        return false;
    }

    /** "to a statement from ", « un communiqué de »: an indefinite document, then its author's link. */
    private static final java.util.regex.Pattern DOCUMENT_OF = java.util.regex.Pattern.compile(
            "\\s*(?:to\\s+)?(?:a|an|the|un|une|le|la|l['’]|his|her|its|their|son|sa|leur)\\s*(\\p{L}+)(.*)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private boolean authorOfDocument(String between) {
        java.util.regex.Matcher m = DOCUMENT_OF.matcher(between);
        if (m.matches() && lexicon.description(m.group(1)) != 'd' && !m.group(1).isEmpty()
                && Character.isLowerCase(m.group(1).charAt(0))) {
            // "a press release from": the modifier before the document noun left out
            m = DOCUMENT_OF.matcher(between.substring(0, m.start(1)) + between.substring(m.end(1)).stripLeading());
        }
        return m.matches() && lexicon.description(m.group(1)) == 'd' && References.authorLink(m.group(2));
    }

    /**
     * Participles of seeing or obtaining a document: the agent after them passed the words on and did not write
     * them ("a letter seen by Sky News", « un courrier consulté par l'AFP », « une note obtenue par Le Monde »).
     */
    private static final Set<String> CONDUITS = Set.of("seen", "obtained", "viewed", "reviewed", "consulted",
            "quoted", "cited", "cité", "citée", "cités", "citées", "acquired", "consulté", "consultée", "consultés", "consultées", "obtenu", "obtenue", "obtenus", "obtenues",
            "procuré", "procurée", "révélé", "révélée", "revealed");

    /** The {@link #CONDUITS} participles that quote a person: "X was quoted by the Times as saying" is X's. */
    private static final Set<String> QUOTING = Set.of("quoted", "cited", "cité", "citée", "cités", "citées");

    /** True for the agent of a {@link #CONDUITS} participle: "seen by X", « consulté par X ». */
    private static boolean conduit(List<Word> words, Mention m) {
        return conduitVerb(words, m) != null;
    }

    /** The {@link #CONDUITS} participle whose agent a mention is ("seen" of "seen by X"), or null. */
    private static String conduitVerb(List<Word> words, Mention m) {
        int i = Word.indexAt(words, m.start()) - 1;
        while (i > 0 && (NameRun.isApostrophe(words.get(i)) || INDEFINITE.contains(words.get(i).key())
                || words.get(i).is("les"))) {
            i--; // "by the Daily Courier", « par l'AFP »
        }
        return i > 0 && (words.get(i).is("by") || words.get(i).is("par"))
                && CONDUITS.contains(words.get(i - 1).key()) ? words.get(i - 1).key() : null;
    }

    /** How many words before a quotation a reporting verb right after its subject's name may stand. */
    private static final int FAR = 30;

    /** Subject pronouns after which a form that is a noun too ("claims", « demande ») is a verb. */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "il", "elle", "ils", "elles");

    /**
     * True when the word at k, a form that is a noun as often as a verb, follows a subject: a person's or an
     * organisation's name ("President Trump claims he …", « la CGT demande que … ») or a subject pronoun.
     */
    private static boolean rightAfterSubject(References refs, List<Word> words, int k, int p) {
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

    /** An incise inside the marks: ", a-t-il reconnu." / ", explique Jean Dupont,". */
    private Mention incise(References refs, List<Word> words, Quotation q) {
        List<Word> inner = Syntax.within(words, q.start(), q.end());
        for (int k = 1; k < inner.size(); k++) {
            Word w = inner.get(k);
            if (!w.isWord() || !lexicon.isReportingVerb(w.text())) {
                continue;
            }
            int comma = k - 1;
            while (comma >= 0 && k - comma <= 3 && !inner.get(comma).is(",")) {
                comma--;
            }
            if (comma < 0 || k - comma > 3) {
                continue;
            }
            int end = endOfWindow(inner, k, 4, q.end());
            Mention m = syntax.bestMention(refs, q.paragraph(), inner.get(comma).end(), end);
            boolean closed = m != null && m.start() > w.start() ? end < q.end() || k + 4 >= inner.size()
                    : punctuatedWithin(inner, k, 2); // "…, she said, was …", not ", he apologised to the …"
            if (m != null && closed && m.kind() != Mention.Kind.DOCUMENT) { // « …, estime la navigatrice, … »
                return m;
            }
        }
        return null;
    }

    /**
     * True when a comma or a sentence end follows the verb at index k within n words, closing an incise whose
     * subject stands before its verb ("…, the minister said, was …"); such a verb that runs on ("The last time,
     * he apologised to the call handler for being a nuisance") is part of the quotation.
     */
    private static boolean punctuatedWithin(List<Word> list, int k, int n) {
        int seen = 0;
        for (int j = k + 1; j < list.size(); j++) {
            Word w = list.get(j);
            if (",.!?;".contains(w.text()) || "—–".contains(w.text())) {
                return true;
            }
            if (w.isWord() && ++seen > n) {
                return false;
            }
        }
        return true;
    }

    /**
     * The subject of a French cleft that follows a quotation and says whose words they were: « « … » : c'est par
     * ces mots que Paul X a ouvert la séance », « c'est en ces termes qu'Anne Y a répondu », « voilà ce qu'a déclaré
     * Paul X » (a role noun may stand before the name: « que l'entraîneur Paul X »), or the person named in
     * the next sentence before « ainsi » / "thus" (« « … » Le consul, Pierre X, a ainsi conclu son discours »). Null
     * for any other words after the quotation.
     */
    private static Mention cleft(References refs, List<Word> after, int p) {
        int k = 0;
        while (k < after.size() && (after.get(k).is(":") || after.get(k).is(",") || after.get(k).is("."))) {
            k++;
        }
        Mention owner = wordsOf(refs, after, k, p);
        if (owner != null) {
            return owner;
        }
        for (int j = k + 1; j < Math.min(after.size(), k + 14); j++) {
            if (".!?".contains(after.get(j).text())) {
                break;
            }
            if (after.get(j).is("ainsi") || after.get(j).is("thus")) {
                for (int i = k; i < j; i++) { // « « … » Le consul, Pierre X, a ainsi conclu son discours »
                    Mention m = Syntax.mentionAt(refs, p, after.get(i));
                    if (m != null && m.kind() == Mention.Kind.PERSON) {
                        return m;
                    }
                }
                break;
            }
        }
        boolean presenting = k < after.size() && (after.get(k).is("voilà") || after.get(k).is("voici")); // « Voilà ce qu'a déclaré X »
        if (!presenting && (k + 2 >= after.size() || !after.get(k).is("c") || !NameRun.isApostrophe(after.get(k + 1))
                || !after.get(k + 2).is("est"))) {
            return null;
        }
        for (int j = k + (presenting ? 1 : 3); j < Math.min(after.size() - 1, k + 10); j++) {
            Word w = after.get(j);
            if (w.is("que") || w.is("qu")) {
                return namedAfter(refs, after, j, p);
            }
            if (!w.isWord() && !NameRun.isApostrophe(w)) {
                return null;
            }
        }
        return null;
    }

    /**
     * The person a sentence opened by a quotation goes on about, right after a colon or a comma: « « … » : Paul X
     * ne décolère pas », « « … », Paul X en est convaincu », « « … » : pour Paul X, le constat est sans appel ». The
     * lead quotation is that person's words. Null when no person is the subject (or « pour » source) there.
     */
    private Mention leadQuotationSubject(References refs, List<Word> words, int p, int from, int to) {
        List<Word> after = Syntax.within(words, from, to);
        if (after.size() < 3 || !(after.get(0).is(":") || after.get(0).is(","))) {
            return null;
        }
        int k = 1;
        if (after.get(k).is("pour") || after.get(k).is("for")) {
            k++;
        }
        Mention m = Syntax.mentionAt(refs, p, after.get(k));
        if (m == null || m.kind() != Mention.Kind.PERSON || m.quoted()) {
            return null;
        }
        int next = Word.indexAt(after, m.end());
        if (next < after.size() && after.get(next).isWord() && lexicon.isReportingVerb(after.get(next).text())) {
            return null; // « « … », Paul X a dit que … »: handled as a reporting verb, whose object may differ
        }
        return m;
    }

    /**
     * The person or organisation named right after the word at j (past an elision's apostrophe: « qu'Anne Y »,
     * « d'Anne Y »), or null.
     */
    private static Mention namedAfter(References refs, List<Word> words, int j, int p) {
        int n = j + 1 < words.size() && NameRun.isApostrophe(words.get(j + 1)) ? j + 2 : j + 1;
        for (int v = 0; v < 2 && n < words.size() && words.get(n).isWord() && !words.get(n).isCapitalised()
                && (AUXILIARIES.contains(words.get(n).key()) || Lexicon.shared().isReportingVerb(words.get(n).text()));
                v++) {
            n++; // « c'est ce qu'a déclaré Paul X »: the verb before its subject
        }
        Mention m = n < words.size() ? Syntax.mentionAt(refs, p, words.get(n)) : null;
        if (m != null && m.kind() == Mention.Kind.DESCRIPTION) {
            int after = Word.indexAt(words, m.end()); // « que l'entraîneur Paul X », "of coach Ann X"
            Mention named = after < words.size() ? Syntax.mentionAt(refs, p, words.get(after)) : null;
            m = named != null && named.kind() == Mention.Kind.PERSON ? named : m;
        }
        if (m == null && n + 1 < words.size() && words.get(n).isWord() && !words.get(n).isCapitalised()
                && Lexicon.shared().description(words.get(n).text()) != 0) {
            m = Syntax.mentionAt(refs, p, words.get(n + 1)); // "the words of coach Ann X": a bare role noun
        }
        return m != null && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.ORGANIZATION) ? m : null;
    }

    private static final Set<String> DEMONSTRATIVES = Set.of("ces", "ce", "those", "these", "such", "tels",
            "telles");
    private static final Set<String> WORDS_NOUNS = Set.of("mots", "propos", "paroles", "words", "remarks");

    /**
     * The person whose words a sentence after a quotation says they were: « Ces mots sont ceux de Paul X », « Ce
     * sont les propos de Paul X », "Those were the words of Paul X"; null for any other sentence.
     */
    private static Mention wordsOf(References refs, List<Word> after, int k, int p) {
        if (k >= after.size() || !DEMONSTRATIVES.contains(after.get(k).key())) {
            return null;
        }
        boolean words = false;
        for (int j = k + 1; j < Math.min(after.size() - 1, k + 9); j++) {
            Word w = after.get(j);
            if (WORDS_NOUNS.contains(w.key())) {
                words = true;
            } else if (words && (w.is("de") || w.is("d") || w.is("of") || w.is("by"))) {
                return namedAfter(refs, after, j, p);
            } else if (!w.isWord() && !NameRun.isApostrophe(w)) {
                return null;
            }
        }
        return null;
    }

    /**
     * The person named last in an inverted clause when the name closes it, after phrases set off by commas:
     * « a lancé mardi à l'Assemblée, lors des questions au gouvernement, le Premier ministre X. » Null when the
     * clause ends otherwise or names nobody outside a prepositional phrase.
     */
    private Mention closingSubject(References refs, List<Word> after, int k, int p, int end) {
        Mention last = null;
        for (Mention m : refs.in(p, after.get(k).end(), end)) {
            if (m.start() >= after.get(k).end() && m.end() <= end && !m.quoted()) {
                last = m;
            }
        }
        if (last == null || last.kind() != Mention.Kind.PERSON
                || syntax.inPrepositionalPhrase(refs.reading().words(p), last)) {
            return null;
        }
        String rest = refs.reading().text(p).substring(last.end(), end).strip();
        boolean closes = rest.isEmpty() || rest.startsWith(".") || rest.startsWith(",")
                && apposedClose(refs.reading().text(p).substring(last.end(), end));
        Mention subject = last;
        boolean commaBefore = after.stream().anyMatch(w -> w.start() > after.get(k).end()
                && w.end() <= subject.start() && w.is(","));
        return closes && commaBefore ? subject : null;
    }

    /** True for ", le maire de la ville." after a name: an apposition, then the end. */
    private static boolean apposedClose(String rest) {
        String r = rest.strip();
        return r.startsWith(",") && r.indexOf(',', 1) < 0;
    }

    /** The end offset of a window of n words after index k, stopping at a sentence or clause end. */
    private static int endOfWindow(List<Word> list, int k, int n, int limit) {
        int seen = 0;
        for (int j = k + 1; j < list.size(); j++) {
            Word w = list.get(j);
            boolean abbreviation = w.is(".") && j > 0 && list.get(j - 1).isCapitalised()
                    && (list.get(j - 1).text().length() == 1 || Lexicon.shared().title(list.get(j - 1).text() + ".") != null);
            if (".!?;".contains(w.text()) && !abbreviation || RELATIVES.contains(w.key()) && !w.isAcronym()) {
                return w.start();
            }
            if (w.isWord() && ++seen > n) {
                return w.start();
            }
        }
        return limit;
    }

    /** The subject of the verb at index {@code verb}: a mention just before it, through "qui", or the sentence's. */
    /**
     * True when a name is the object of a present participle that follows an indefinite noun phrase: "A lawyer
     * representing Paul X", « un avocat représentant Paul X ».
     */
    private static boolean objectOfParticiple(List<Word> words, Mention m) {
        int first = Word.indexAt(words, m.start());
        if (first < 2 || first >= words.size()) {
            return false;
        }
        Word participle = words.get(first - 1);
        if (!participle(words, first - 1) || participle.isCapitalised()) {
            return false;
        }
        for (int j = first - 2; j >= 0 && j >= first - 5; j--) {
            if (UNNAMED_SOURCES.contains(words.get(j).key()) || words.get(j).is("one")) {
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
    private static int ageAside(List<Word> words, int k) {
        int j = k - 1;
        if (j >= 0 && (words.get(j).is("ans") || words.get(j).is("years") || words.get(j).is("year-old"))) {
            j--;
        }
        boolean age = j >= 1 && words.get(j).text().chars().allMatch(Character::isDigit) && words.get(j).text().length() <= 3;
        return age && words.get(j - 1).is(",") ? j - 1 : -1;
    }

    /**
     * The author named right after an indefinite document that opens the clause before its verb: « Un rapport de
     * l'Observatoire national de l'habitat … estimait », "A report by the Audit Office found". Null otherwise.
     */
    private Mention indefiniteDocumentAuthor(References refs, List<Word> before, int verb, int p) {
        int k = firstWord(before, verb);
        if (k + 2 >= verb || !UNNAMED_SOURCES.contains(before.get(k).key())) {
            return null;
        }
        for (int j = k + 2; j < verb; j++) {
            Mention m = Syntax.mentionAt(refs, p, before.get(j));
            if (m != null) {
                return m.isName() && authorOfDocument(refs.reading().text(p).substring(before.get(k).start(), m.start()))
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
        while (j >= 0 && before.get(j).isWord() && (AUXILIARIES.contains(before.get(j).key())
                || BE.contains(before.get(j).key()) || before.get(j).is("has") || before.get(j).is("had")
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

    /** True when only auxiliaries and adverbs of one word stand between two indices (« a », « a ensuite », "has"). */
    private static boolean onlyAuxiliaries(List<Word> words, int from, int to) {
        for (int j = from; j < to; j++) {
            Word w = words.get(j);
            if (!w.isWord() || !(AUXILIARIES.contains(w.key()) || BE.contains(w.key()) || w.is("has") || w.is("had"))) {
                return false;
            }
        }
        return true;
    }

    private Object subject(References refs, List<Word> before, int verb, int p, int sentenceStart, int quoteOpen) {
        if (commonNounSubject(refs, before, verb, p)) {
            return NO_ONE; // « … et les démocrates avaient demandé que … « … » »: a group the article does not name
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
                    : NO_ONE; // « Un porte-parole de Paul X a déclaré », "A spokesman for Paul X said": not X
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
                return owner != null ? owner : NO_ONE; // "the government Twitter account made the announcement:"
            }
            if (m != null && refs.possessive(m)) {
                int after = Word.indexAt(before, m.end());
                if (documentNoun(before, after, Math.min(verb, after + 4))) {
                    return m; // "Ann Lee's statement read:": the author's words
                }
                return NO_ONE; // "Tesla's chief executive said": someone not named
            }
            if (m != null && objectOfParticiple(before, m)) {
                return NO_ONE; // "A lawyer representing Paul X said": the lawyer, whom the article does not name
            }
            String via = m != null ? conduitVerb(before, m) : null;
            if (via != null) {
                if (QUOTING.contains(via)) {
                    k = Word.indexAt(before, m.start());
                    continue; // "X was quoted by the Times as saying": X's words, passed on by the Times
                }
                return NO_ONE; // "A leaked letter seen by Sky News says": who saw it did not write it
            }
            if (m != null && (!syntax.inPrepositionalPhrase(before, m) || Syntax.absolute(before, k, verb, m))) {
                return m;
            }
            if (RELATIVES.contains(w.key())) {
                int a = k > 1 && before.get(k - 1).is(",") ? k - 2 : k - 1;
                Mention antecedent = a >= 0 ? Syntax.mentionAt(refs, p, before.get(a)) : null;
                Mention head = a >= 0 && a < k - 1 && (antecedent == null || antecedent.kind() != Mention.Kind.PERSON)
                        ? appositionHead(refs, before, a, p) : null;
                if (head != null) {
                    return head; // « Yves Roy, délégué CGT, qui dénonce « … » »: the man, not the union
                }
                return antecedent != null ? antecedent : NO_ONE;
            }
            if (w.is(",")) {
                int open = k > 0 && !participle(before, verb) && (k == verb - 1 || onlyAuxiliaries(before, k + 1, verb))
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
                    return NO_ONE; // "Mr Lee's brother, who lives in Ohio, said he was “…”": not "he", who is Lee
                }
                if (s == null) {
                    s = syntax.hostMention(refs, p, sentenceStart, quoteOpen); // « Du côté de la CFDT, on assure »
                }
                return s != null ? s : NO_ONE;
            }
            if (w.is(".") && k > 0 && NameRun.isAbbreviation(before.get(k - 1))) {
                continue; // "Martin Luther King Jr. said": the dot of a name's suffix ends no sentence
            }
            if (".!?".contains(w.text())) {
                return NO_ONE;
            }
        }
        int until = quoteOpen;
        for (int k = verb + 1; k < before.size(); k++) {
            if (COMPLEMENTISERS.contains(before.get(k).key())) {
                until = before.get(k).start(); // « Les démocrates ont demandé que Paul X soit renvoyé … « … » »:
                break; // the reported clause's subject is not the verb's
            }
        }
        Mention s = syntax.subjectMention(refs, p, sentenceStart, until);
        return s != null ? s : NO_ONE;
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
            if (CONTRASTS.contains(w.key())) {
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
        boolean named = noun >= 0 && noun + 1 < verb && words.get(noun + 1).is(","); // « Un porte-parole, Paul X, a dit »
        return noun >= 0 && !named;
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
     * {@link #NO_ONE} when the name is a person's ("Representatives of Ann Lee said": people the article does not
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
        return m.kind() == Mention.Kind.ORGANIZATION ? m : NO_ONE;
    }

    /** Articles that open somebody the article does not name: « un », « une », "a", "an", "another". */
    private static final Set<String> INDEFINITE_ARTICLES = Set.of("un", "une", "a", "an", "another");

    /**
     * The index of the person noun that an indefinite article at {@code k} opens, before {@code limit}: « un
     * porte-parole », « un autre résident », "another witness"; -1 when the words there are no such phrase.
     */
    private int indefinitePerson(List<Word> words, int k, int limit) {
        if (k >= limit || !INDEFINITE_ARTICLES.contains(words.get(k).key())) {
            return -1;
        }
        int n = k + 1 < limit && (words.get(k + 1).is("autre") || words.get(k + 1).is("other")) ? k + 2 : k + 1;
        Word noun = n < limit ? words.get(n) : null;
        char role = noun != null && noun.isWord() && !noun.isCapitalised() ? lexicon.description(noun.text()) : 0;
        return role == 'm' || role == 'f' || role == '?' ? n : -1;
    }

    /** The index of the first word (not punctuation) of a list before {@code limit}, or {@code limit}. */
    private static int firstWord(List<Word> words, int limit) {
        int k = 0;
        while (k < limit && !words.get(k).isWord()) {
            k++;
        }
        return k;
    }

}
