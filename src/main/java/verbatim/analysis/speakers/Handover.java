package verbatim.analysis.speakers;

import java.util.List;
import java.util.Set;
import verbatim.analysis.reading.Reading;
import verbatim.analysis.reading.Word;
import verbatim.analysis.reading.Quotation;
import verbatim.analysis.reading.Mention;
import verbatim.analysis.reading.Lexicon;

/**
 * Who speaks a quotation that opens a paragraph and names nobody: the one the paragraph before hands it over to (a
 * name alone, "X said:", "…, she adds."), the current speaker, or in a question-and-answer interview the person
 * interviewed. Example: after a paragraph ending {@code Elle a déclaré :}, a paragraph {@code « … »} is hers.
 */
final class Handover {

    private final Lexicon lexicon;
    private final Syntax syntax;
    private final ReportingClause reportingClause;

    Handover(Lexicon lexicon, Syntax syntax, ReportingClause reportingClause) {
        this.lexicon = lexicon;
        this.syntax = syntax;
        this.reportingClause = reportingClause;
    }

    /** The speaker handed over to a quotation that opens a paragraph, or null. */
    SpeakerResolver.Found paragraphOpening(Reading reading, References refs, int p) {
        int prev = p - 1;
        while (prev > 1 && SpeakerResolver.relatedLink(reading.text(prev))) {
            prev--; // « À lire aussi >> … » between: the paragraph before the link hands over
        }
        if (isQuestion(reading, prev) && questions(reading) >= 2) {
            String asked = interviewee(refs);
            if (asked != null) {
                return new SpeakerResolver.Found(asked, Attribution.FOCUS); // a question-and-answer interview: the answer is theirs
            }
        }
        boolean colon = reading.text(prev).strip().endsWith(":");
        String introduced = colon ? introducedBefore(reading, refs, prev) : null;
        if (introduced != null) {
            return new SpeakerResolver.Found(introduced, Attribution.PREVIOUS); // "Elle a déclaré :" then the quotation
        }
        String last = refs.lastSpeaker(p, 0);
        if (last != null) {
            return new SpeakerResolver.Found(last, Attribution.CONTINUING);
        }
        introduced = colon ? null : introducedBefore(reading, refs, prev);
        if (introduced != null) {
            return new SpeakerResolver.Found(introduced, Attribution.PREVIOUS);
        }
        String earlier = refs.lastSpeakerSince(p, 3);
        if (earlier != null) {
            return wholeParagraph(reading, p) ? new SpeakerResolver.Found(earlier, Attribution.CONTINUING) : null;
        }
        String subject = wholeParagraph(reading, p) && refs.lastSpeakerSince(p, p) == null
                ? lastSubject(reading, refs, prev) : null;
        if (subject != null) {
            return new SpeakerResolver.Found(subject, Attribution.PREVIOUS);
        }
        String signed = wholeParagraph(reading, p) ? signature(reading, refs, p + 1) : null;
        return signed != null ? new SpeakerResolver.Found(signed, Attribution.INCISE) : null;
    }

    /**
     * The person who signs a quotation paragraph in the paragraph after it, which holds only the name and perhaps
     * a post after a comma: « « … » » ¶ « Claire X, présidente du Mouvement associatif »; null otherwise.
     */
    private static String signature(Reading reading, References refs, int p) {
        if (p > reading.paragraphs.size() || !reading.quotations(p).isEmpty()) {
            return null;
        }
        String text = reading.text(p).strip();
        int comma = text.indexOf(',');
        String head = comma < 0 ? text : text.substring(0, comma);
        if (reading.words(p).stream().filter(Word::isWord).count() > 12) {
            return null;
        }
        for (Mention m : refs.in(p)) {
            if (m.paragraph() == p && m.kind() == Mention.Kind.PERSON && !m.quoted() && m.start() == 0
                    && onlyOf(head, m.end(), head.length(), ".—–-")) {
                return m.name();
            }
        }
        return null;
    }

    /**
     * The person who is the subject of a paragraph's last sentence, named or described (« Cet agriculteur a dû
     * moissonner … »), handed a quotation that makes up the next paragraph when nobody has spoken yet: « RMC est
     * allée à la rencontre de Vincent X. Cet agriculteur a dû moissonner avec dix jours d'avance. » ¶ « … » is his.
     * Null when that subject is no person.
     */
    private String lastSubject(Reading reading, References refs, int p) {
        List<int[]> sentences = reading.sentences.get(p - 1);
        if (sentences.isEmpty() || !reading.quotations(p).isEmpty()) {
            return null;
        }
        int[] last = sentences.get(sentences.size() - 1);
        Mention s = syntax.subjectMention(refs, p, last[0], last[1]);
        if (s == null || !(s.kind() == Mention.Kind.PERSON || s.kind() == Mention.Kind.DESCRIPTION)
                || s.start() - last[0] > 20) {
            return null;
        }
        String name = refs.resolve(s);
        return name != null && refs.isPerson(name) ? name : null;
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
    static boolean opensParagraph(Reading reading, Quotation q) {
        return onlyOf(reading.text(q.paragraph()), 0, q.open(), "—–-");
    }

    /** True when a quotation fills its paragraph, only punctuation before and after it: an interview's answer. */
    static boolean fillsParagraph(Reading reading, Quotation q) {
        String text = reading.text(q.paragraph());
        return opensParagraph(reading, q) && onlyOf(text, q.close(), text.length(), ".!?…»”\"’)");
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
                Object subject = reportingClause.subject(refs, clause, clause.size() - 1, p, start, w.start());
                return subject instanceof Mention m ? refs.resolve(m) : null;
            }
            if (w.isWord() && !reading.quoted(p, w.start()) && lexicon.isReportingVerb(w.text())
                    && !(k > 0 && (words.get(k - 1).is("pour") || words.get(k - 1).is("to")))) { // « pour expliquer »
                int j = k - 1;
                while (j > 0 && k - j <= 2 && words.get(j).isWord() && Grammar.AUXILIARIES.contains(words.get(j).key())) {
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
                    Object subject = reportingClause.subject(refs, clause, clause.size() - 1, p, reading.sentence(p, w.start())[0],
                            w.start());
                    return subject instanceof Mention m ? refs.resolve(m) : null;
                }
                return null;
            }
        }
        return null;
    }

    /** Forms of « prendre » in « prendre la parole », to take the floor. */
    private static final Set<String> TAKE = Set.of("pris", "prend", "prendra", "prenait", "prenant", "prit",
            "prennent", "prendre");

    /**
     * The person asked, for a quotation that answers a question naming nobody: the subject of the sentence before
     * the question, in its paragraph ("Park spent four years on the island. Why salt? “Because …”"), as
     * {@link Attribution#FOCUS}; null when the sentence before the quotation is no such question.
     */
    static SpeakerResolver.Found answer(Reading reading, References refs, int p, int[] question) {
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
                return new SpeakerResolver.Found(last, Attribution.FOCUS); // « … », a-t-elle confié. ¶ Qu'avez-vous ressenti ? « … »
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
        return new SpeakerResolver.Found(refs.resolve(s), Attribution.FOCUS);
    }
}
