package verbatim.analysis.speakers;

import java.util.List;
import java.util.Set;
import verbatim.analysis.reading.Reading;
import verbatim.analysis.reading.Word;
import verbatim.analysis.reading.NameRun;
import verbatim.analysis.reading.Quotation;
import verbatim.analysis.reading.Mention;
import verbatim.analysis.reading.Lexicon;

/**
 * Whom a pronoun or a possessive around a quotation stands for: in its attribution, the subject of its sentence or
 * of the one before, the current speaker of its gender, an institution, or somebody the article does not name; in
 * narrative, the person in focus ("Her advice is simple: “…”", « Sa réponse : « … » »). Example: {@code « … »,
 * poursuit-il} after a man's quotation is that man's.
 */
final class Pronouns {

    private final Lexicon lexicon;
    private final Syntax syntax;
    private final Sources sources;

    Pronouns(Lexicon lexicon, Syntax syntax, Sources sources) {
        this.lexicon = lexicon;
        this.syntax = syntax;
        this.sources = sources;
    }

    /**
     * The person a stretch of narrative is about, told by a personal pronoun or a possessive in it ("What went
     * through her mind? “…”", "Her advice is simple: “…”", « Que ressent-elle ? « … » »): the most salient person
     * of that gender before it, as {@link Attribution#FOCUS}. Null when the stretch has no such word.
     */
    static SpeakerResolver.Found about(Reading reading, References refs, int p, int from, int to) {
        for (Word w : Syntax.within(reading.words(p), Math.max(from, refs.bodyStart(p)), to)) {
            char gender = switch (w.key()) {
                case "she", "her", "elle" -> 'f';
                case "he", "his", "him", "il" -> 'm';
                default -> 0;
            };
            if (gender != 0 && !reading.quoted(p, w.start())) {
                String name = refs.resolve(new Mention(Mention.Kind.PRONOUN, p, w.start(), w.end(), null, gender, false),
                        p, w.start());
                return name != null && refs.isPerson(name) ? new SpeakerResolver.Found(name, Attribution.FOCUS) : null;
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
    static SpeakerResolver.Found ownWords(Reading reading, References refs, int p, int from, int to) {
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
                    return new SpeakerResolver.Found(m.name(), Attribution.EXPLICIT);
                }
            }
            int j = Word.indexAt(words, m.start()) - 1;
            while (j >= 0 && NameRun.isApostrophe(words.get(j))) {
                j--;
            }
            if (j >= 1 && (words.get(j).is("de") || words.get(j).is("d"))
                    && OWN_WORDS.contains(words.get(j - 1).key())) {
                return new SpeakerResolver.Found(m.name(), Attribution.EXPLICIT);
            }
        }
        return null;
    }

    /**
     * The person a sentence that opens with a French possessive is about, before a colon: « Sa réponse : « … » »
     * is the answer of the most salient person of either gender, as {@link Attribution#FOCUS}; null for a sentence
     * that opens otherwise.
     */
    static SpeakerResolver.Found possessorOpening(Reading reading, References refs, int p, int sentenceStart) {
        List<Word> words = reading.words(p);
        int k = Word.indexAt(words, Math.max(sentenceStart, refs.bodyStart(p)));
        if (k >= words.size() || !(words.get(k).is("son") || words.get(k).is("sa") || words.get(k).is("ses"))
                || reading.quoted(p, words.get(k).start())) {
            return null;
        }
        Word w = words.get(k);
        String name = refs.resolve(new Mention(Mention.Kind.PRONOUN, p, w.start(), w.end(), null, '?', false), p,
                w.start());
        return name != null && refs.isPerson(name) ? new SpeakerResolver.Found(name, Attribution.FOCUS) : null;
    }

    /** Closing quotation marks, after which English writes the reporting verb: "“…,” said Ann Lee". */
    private static final Set<String> CLOSING_MARKS = Set.of("”", "\"", "’");

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
            boolean locution = Grammar.madeKnown(words, k);
            if (!w.isWord() || !(locution || lexicon.isReportingVerb(w.text()) && !lexicon.takesObject(w.text()))) {
                continue;
            }
            int comma = locution ? k - 2 : k - 1;
            if (comma >= 2 && CLOSING_MARKS.contains(words.get(comma).text()) && words.get(comma - 1).is(",")) {
                comma--; // "“She was happy,” said her mother.": English sets the comma inside the marks
            }
            if (comma < 1 || !words.get(comma).is(",") || !locution && Grammar.participle(words, k)) {
                continue; // ", saying Caudipteryx might have …": the name opens the reported clause
            }
            Mention m = Syntax.mentionAt(refs, p, words.get(k + 1));
            if (m != null && refs.possessive(m)) { // "said Alexia's mother": the owned noun is the subject
                Mention owned = null;
                for (Mention n : refs.in(p, m.end(), sentence[1])) {
                    if (n.start() >= m.end() && n.kind() == Mention.Kind.DESCRIPTION) {
                        owned = n;
                        break;
                    }
                }
                int noun = Word.indexAt(words, m.end()) + 2; // past the apostrophe and its "s"
                if (owned == null && noun < words.size() && lexicon.description(words.get(noun).text()) == gender
                        && (gender == 'm' || gender == 'f')) {
                    Word n = words.get(noun);
                    for (Mention named : refs.in(p, n.end(), sentence[1])) {
                        if (named.kind() == Mention.Kind.PERSON && !named.quoted() && named.start() > n.end()
                                && refs.reading().text(p).substring(n.end(), named.start()).strip().equals(",")) {
                            return named; // "said Alexia's mother, Jane X"
                        }
                    }
                    return new Mention(Mention.Kind.DESCRIPTION, p, n.start(), n.end(), null, gender, false);
                }
                m = owned;
            }
            if (m != null && m.kind() == Mention.Kind.PERSON && !m.quoted() && m.agrees(gender)) {
                return m;
            }
            if (m != null && m.kind() == Mention.Kind.DESCRIPTION && !m.quoted() && m.gender() == gender
                    && (gender == 'm' || gender == 'f') && refs.resolve(m) == null) {
                for (Mention n : refs.in(p, m.end(), sentence[1])) {
                    if (n.kind() == Mention.Kind.PERSON && !n.quoted() && refs.apposed(m, n)) {
                        return n; // « raconte la mère d'Alexia, Sylvie X »: named after all
                    }
                }
                return m; // « « … », raconte la mère d'Alexia. « … », dit-elle »: the unnamed mother again
            }
        }
        return null;
    }

    /**
     * The name a mention of the quotation's attribution stands for. A personal pronoun ("il", "she") is the
     * person named as the subject of this sentence or the one before in the paragraph; else the current speaker
     * when the gender agrees ("« … », poursuit-il" after that man's quotation), else the most salient person.
     */
    String who(Reading reading, References refs, Mention m, int paragraph, int at, int sentenceStart) {
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
            if (subject != null && subject.kind() == Mention.Kind.DESCRIPTION) {
                return null;
            }
            if (subject == null) {
                subject = subjectOf(reading, refs, paragraph, previous[0], previous[1], m.gender());
            }
            if (subject == null && previous[0] >= refs.bodyStart(paragraph)) {
                // « Pour Philippe X, candidat du parti, l'absence … constitue le problème. « … », déplore-t-il »
                Mention source = sources.selon(refs, Syntax.within(reading.words(paragraph), previous[0], previous[1]),
                        paragraph, previous[1]);
                if (source != null && source.kind() == Mention.Kind.PERSON && source.agrees(m.gender())) {
                    subject = source;
                }
            }
        }
        String current = refs.lastSpeaker(paragraph, at);
        String known = refs.lastSpeakerOfGender(paragraph, at, m.gender());
        if (subject != null && subject.kind() == Mention.Kind.PERSON && subject.gender() == '?' && known != null
                && !known.equals(subject.name()) && refs.spokeIn(paragraph, Math.min(at, m.start()))) {
            // "he added" after "Grace Mwangi" (either gender) continues the man who spoke in this paragraph; one who
            // spoke in the paragraph before does not outrank the person this one introduces ("Among them is Yerlan
            // X, a teacher. “…,” she said")
            return known;
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
            if (named == null && refs.gender(current) == '?' && m.gender() != '?') {
                named = introducedSince(refs, m, paragraph, at, current);
            }
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
            if (k > i && !onlyAuxiliaries(words, i + 1, k)) {
                break; // « Il a souhaité rappeler … »: a verb that wants the reporting verb is between them
            }
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
        return namedBefore(refs, pronoun, paragraph, salient) ? salient : null;
    }

    /** True when the pronoun's paragraph names the person {@code name} before it, outside quotation marks. */
    private static boolean namedBefore(References refs, Mention pronoun, int paragraph, String name) {
        for (Mention m : refs.in(paragraph, 0, pronoun.start())) {
            if (m.kind() == Mention.Kind.PERSON && !m.quoted() && m.start() < pronoun.start()
                    && name.equals(m.name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person a gendered pronoun stands for when the current speaker, of unknown gender, spoke in an earlier
     * paragraph and this paragraph names another person before the pronoun, whose gender agrees: "the son of
     * Aigerim Varga. “…,” she told reporters" after a quotation of Ndumiso Sithole's in the paragraph before. A
     * known gender would have told the two apart (Sithole's would not have agreed); unknown, the person the
     * paragraph brings in is the likelier. Null when the rule does not apply.
     */
    private static String introducedSince(References refs, Mention pronoun, int paragraph, int at, String current) {
        if (refs.spokeIn(paragraph, Math.min(at, pronoun.start()))) {
            return null;
        }
        String salient = refs.resolve(pronoun, paragraph, Math.min(at, pronoun.start()));
        if (salient == null || salient.equals(current) || !refs.isPerson(salient)
                || !refs.agrees(salient, pronoun.gender())) {
            return null;
        }
        return namedBefore(refs, pronoun, paragraph, salient) ? salient : null;
    }

    /** True when every word in {@code [from, to)} is an auxiliary or a linking adverb (« a », "has", « ensuite »…). */
    private static boolean onlyAuxiliaries(List<Word> words, int from, int to) {
        for (int k = from; k < to; k++) {
            Word w = words.get(k);
            if (w.isWord() && !Grammar.AUXILIARIES.contains(w.key()) && !Incises.LATER.contains(w.key())) {
                return false;
            }
        }
        return true;
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
            Mention contrasted = SpeakerResolver.contrastedSubject(reading, refs, p, first, to, gender);
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
}
