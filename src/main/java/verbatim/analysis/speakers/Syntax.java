package verbatim.analysis.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import verbatim.analysis.reading.Lexicon;
import verbatim.analysis.reading.Mention;
import verbatim.analysis.reading.NameRun;
import verbatim.analysis.reading.SetPhrases;
import verbatim.analysis.reading.Word;

/**
 * Where a mention stands in its clause, told from words alone: the subject of a sentence, the object of a
 * preposition (« au micro de France Inter », "to Reuters"), the hearer of a reporting verb ("told BBC News"),
 * the agent of a passive, the host of a view (« chez X »). An approximate syntax, enough for attribution.
 *
 * <p>Example: in "Ruth Kane told the BBC that …", {@link #subjectMention} of the sentence is "Ruth Kane", and
 * "the BBC" is no subject ({@link #afterReportingVerb}).
 */
final class Syntax {

    private final Lexicon lexicon;

    Syntax(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Prepositions whose object is no speaker: "told the BBC", « au micro de France Inter ». Not "by" / « par »:
     * the agent of "a statement released by the ministry" speaks through it.
     */
    static final Set<String> PREPOSITIONS = Set.of("à", "au", "aux", "de", "du", "des", "d", "of", "at",
            "in", "to", "chez", "dans", "en", "sur", "pour", "avec", "with", "for", "from", "on", "via",
            "auprès", "through", "about", "against", "contre", "into", "entre", "between", "after", "après", "before",
            "avant", "under", "sous", "over", "towards", "vers", "devant", "derrière", "pendant", "durant", "parmi",
            "among", "during", "behind", "beside", "near", "outside", "inside", "sans", "without", "malgré", "despite");

    /** "racheté par Louis Favre", "bought by John Reed": the agent of a passive, which is no subject. */
    static boolean agent(List<Word> words, Mention m) {
        int i = Word.indexAt(words, m.start());
        if (i >= 2 && i <= words.size() && DETERMINERS.contains(words.get(i - 1).key())) {
            i--; // "par la présidente du tribunal", "by the coroner"
        }
        return i >= 1 && i <= words.size() && (words.get(i - 1).is("par") || words.get(i - 1).is("by"));
    }

    private static final Set<String> DETERMINERS = Set.of("la", "le", "les", "l", "the", "a", "an", "un", "une");

    /**
     * True for a mention inside a participle phrase that opens the sentence and ends with a comma before the
     * subject: "Asked by the coroner whether it was unusual, he replied:", « Interrogé par le juge, il a
     * répondu : » — the agent there is who asked, not who speaks.
     */
    static boolean inFrontedParticiple(List<Word> words, int from, Mention m, int to) {
        if (!opensWithParticiple(words, from, m.start())) {
            return false;
        }
        for (int k = Word.indexAt(words, m.end()); k < words.size() && words.get(k).start() < to; k++) {
            if (words.get(k).is(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the first word from {@code from}, standing before {@code before}, is a past participle ("Asked",
     * « Interrogé », « Arrivée »): the sentence opens with a participle phrase.
     */
    static boolean opensWithParticiple(List<Word> words, int from, int before) {
        int first = Word.indexAt(words, from);
        while (first < words.size() && !words.get(first).isWord()) {
            first++;
        }
        if (first >= words.size() || words.get(first).start() >= before) {
            return false;
        }
        String opener = words.get(first).key();
        return opener.endsWith("ed") || opener.endsWith("é") || opener.endsWith("ée") || opener.endsWith("és")
                || opener.endsWith("ées");
    }

    /** "with Boswell stating": a name right before a participle is its subject, even after "with" / « avec ». */
    static boolean absolute(List<Word> before, int k, int verb, Mention m) {
        String v = before.get(verb).key();
        return (verb == k + 1 || fromPlace(before, k + 1, verb)) && (v.endsWith("ing") || v.endsWith("ant"))
                && m.kind() != Mention.Kind.DOCUMENT;
    }

    /** True for "of Louisiana", "from New South Wales", « de Lyon »: where a person is from, between two words. */
    private static boolean fromPlace(List<Word> words, int from, int to) {
        if (to - from < 2 || to - from > 4 || !(words.get(from).is("of") || words.get(from).is("from")
                || words.get(from).is("de"))) {
            return false;
        }
        for (int j = from + 1; j < to; j++) {
            if (!words.get(j).isWord() || !words.get(j).isCapitalised()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first unquoted mention of a range that may be a subject: not after a preposition ("seen by Sky News",
     * « au micro de France Inter ») nor right after a reporting verb ("told BBC News"); a person beats an
     * organisation named before it in the range; a mention inside a fronted participle phrase ("Asked what she
     * would do next, …") counts only when nothing after it does. Null when there is none.
     */
    Mention subjectMention(References refs, int p, int from, int to) {
        List<Word> words = refs.reading().words(p);
        from = Math.max(from, refs.bodyStart(p));
        Mention first = null;
        Mention asker = null;
        Mention fronted = null;
        for (Mention m : refs.in(p, from, to)) {
            if (m.paragraph() != p || m.quoted() || m.start() < from || m.end() > to) {
                continue;
            }
            if (agent(words, m) && inFrontedParticiple(words, from, m, to)
                    || asker != null && m.isName() && refs.apposed(asker, m)) {
                asker = m; // "Interrogé par la présidente du tribunal, Mme X, sur …, il a répondu :"
                continue;
            }
            if (m.kind() == Mention.Kind.ORGANIZATION && channel(words, m)) {
                Mention owner = channelOwner(refs, words, m, Word.indexAt(words, to), p);
                if (owner == null) {
                    continue; // "an official Twitter account made the announcement:": the network carried the words
                }
                if (first == null) {
                    return owner; // "the government Twitter account", « le compte Twitter de la mairie »
                }
            }
            if (refs.possessive(m) || inPrepositionalPhrase(words, m) || afterReportingVerb(words, m)
                    || inRelativeClause(words, m, from) && (first != null || !afterDont(words, m))) {
                continue;
            }
            if (first == null && fronted == null && inFrontedParticiple(words, from, m, to)) {
                fronted = m; // "Asked what she would do next, Santoso paused": Santoso, not she, is the subject;
                continue; // the participle phrase's mention is the subject only when the main clause names nobody
            }
            if (first != null && m.isName() && refs.apposed(first, m) && (first.kind() == Mention.Kind.DESCRIPTION
                    || first.kind() == Mention.Kind.DOCUMENT && m.kind() == Mention.Kind.ORGANIZATION)) {
                return m; // "le directeur, Tiago Rodrigues, a dit", "The company, Harlow Foods, said"
            }
            if (first == null) {
                first = m;
            } else if (first.kind() == Mention.Kind.ORGANIZATION && m.kind() == Mention.Kind.PERSON) {
                return m;
            }
        }
        return first != null ? first : fronted;
    }

    /** Nouns of a channel on a network: "the government Twitter account", « le compte Facebook de la mairie ». */
    private static final Set<String> CHANNELS = Set.of("account", "accounts", "page", "feed", "channel", "handle",
            "compte", "comptes", "chaîne", "fil");

    /** True when a name is a network's, with a channel noun after it (English) or before it (French). */
    static boolean channel(List<Word> words, Mention m) {
        int first = Word.indexAt(words, m.start());
        int next = Word.indexAt(words, m.end());
        return next < words.size() && CHANNELS.contains(words.get(next).key())
                || first > 0 && CHANNELS.contains(words.get(first - 1).key());
    }

    /**
     * Who owns the channel a network's name {@code m} is part of, before the verb at {@code verb}: a name or a
     * description right before it ("the ministry's Twitter account", "the government Twitter account") or after
     * « de » / "of" ("le compte Twitter de la mairie", "the Twitter account of Paul X"); null when nobody is named.
     * The network only carried the words.
     */
    static Mention channelOwner(References refs, List<Word> words, Mention m, int verb, int p) {
        int first = Word.indexAt(words, m.start());
        for (int j = first - 1; j >= 0 && first - j <= 3; j--) {
            Word w = words.get(j);
            Mention o = Syntax.mentionAt(refs, p, w);
            if (o != null && o != m && o.kind() != Mention.Kind.PRONOUN) {
                return o;
            }
            if (!w.isWord() && !NameRun.isApostrophe(w)) {
                break;
            }
        }
        for (int j = Word.indexAt(words, m.end()); j < verb && j <= Word.indexAt(words, m.end()) + 4; j++) {
            Word w = words.get(j);
            if (w.is("de") || w.is("du") || w.is("d") || w.is("of")) {
                for (int k = j + 1; k < verb && k <= j + 3; k++) {
                    Mention o = Syntax.mentionAt(refs, p, words.get(k));
                    if (o != null) {
                        return o;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** True when the word before index {@code first} is a capitalised title or post: "Mayor", "Dr", « Me ». */
    private boolean titleBefore(List<Word> words, int first) {
        Word w = words.get(first - 1);
        return w.isWord() && w.isCapitalised() && (lexicon.title(w.text()) != null || lexicon.isPost(w.text()));
    }

    /** Pronouns that end a prepositional phrase by themselves: « de lui », « pour elle », "of him". */
    private static final Set<String> STRESSED_PRONOUNS = Set.of("lui", "elle", "eux", "elles", "him", "her", "them");

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "whom", "whose", "that", "qui",
            "que", "qu", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles");

    /**
     * True when a mention stands in a relative clause opened by a comma after the subject: "The League, which
     * Whitfield co-founded, said" or « Le syndicat, dont Paul Martin est membre, a dit » — Whitfield, Paul Martin
     * are not the subject.
     */
    static boolean inRelativeClause(List<Word> words, Mention m, int from) {
        for (int k = Word.indexAt(words, m.start()) - 1; k > 0 && words.get(k).start() >= from; k--) {
            Word w = words.get(k);
            if (!w.isWord() && !NameRun.isApostrophe(w)) {
                return false;
            }
            if (RELATIVE_PRONOUNS.contains(w.key())) {
                return words.get(k - 1).is(",");
            }
        }
        return false;
    }

    /**
     * True for a name right after « dont », which may read "including" (« D'autres chercheurs, dont Paul X, ont
     * quitté … »): the subject's members, not a relative clause's object, when no subject stands before it.
     */
    private static boolean afterDont(List<Word> words, Mention m) {
        int i = Word.indexAt(words, m.start());
        return i > 0 && words.get(i - 1).is("dont");
    }

    /** Words that open the place whose people speak: « chez X », « du côté de X », « au sein de X ». */
    static final Set<String> HOSTS = Set.of("chez", "côté", "sein", "camp");

    /**
     * A person or organisation named after « chez », « du côté de », « au sein de », « dans le camp de » in a
     * range: whose view the sentence gives when its subject is « on » or a colon introduces the quotation. Null
     * when there is none.
     */
    Mention hostMention(References refs, int p, int from, int to) {
        List<Word> words = refs.reading().words(p);
        for (Mention m : refs.in(p, from, to)) {
            if (m.quoted() || !m.isName()) {
                continue;
            }
            int i = Word.indexAt(words, m.start());
            for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
                Word w = words.get(k);
                if (HOSTS.contains(w.key())) {
                    return m;
                }
                if (!w.isWord() && !NameRun.isApostrophe(w)) {
                    break;
                }
            }
        }
        return null;
    }

    /**
     * True for the object of a reporting verb, an article between them aside: "told the BBC", « a confié Le
     * Monde »; not "said Smith".
     */
    boolean afterReportingVerb(List<Word> words, Mention m) {
        int i = Word.indexAt(words, m.start());
        if (i == 0 || i >= words.size()) {
            return false;
        }
        if (i >= 2 && (words.get(i - 1).is("the") || words.get(i - 1).is("le") || words.get(i - 1).is("la"))) {
            i--; // "told the Harbour Times"
        }
        Word w = words.get(i - 1);
        return w.isWord() && OBJECT_VERBS.contains(w.key());
    }

    /** Verbs whose next noun is the hearer, not the speaker. */
    static final Set<String> OBJECT_VERBS = Set.of("told", "tell", "tells", "telling", "informed", "asked",
            "informe", "informé", "interroge", "interrogé", "cited", "quoted", "cite", "cité");

    /**
     * True for "du groupe RN", "of the Royal Society": a name after a preposition, which is no subject. A role
     * before the preposition makes a title whose name follows in apposition: "le directeur de course Jean
     * Martin a dit" has Jean Martin for subject.
     */
    boolean inPrepositionalPhrase(List<Word> words, Mention m) {
        int first = Word.indexAt(words, m.start());
        if (first >= words.size()) {
            first = -1;
        }
        // a person's mention begins where the people finder ended the name before it: « le président des États-Unis
        // Tamati X » is no « des » phrase, whether or not a list knows "Tamati"
        if (first >= 0 && m.isName() && m.kind() != Mention.Kind.PERSON) {
            while (first > 0) {
                if (words.get(first - 1).isWord() && words.get(first - 1).isCapitalised()
                        && !PREPOSITIONS.contains(words.get(first - 1).key())) {
                    first--; // "au micro de France Bleu Armorique": the words before belong to the same name
                } else if (first > 2 && words.get(first - 1).is("s") && NameRun.isApostrophe(words.get(first - 2))
                        && words.get(first - 3).isCapitalised()) {
                    first -= 3; // "of Australia's Griffith University": a place's body, within the same phrase
                } else {
                    break;
                }
            }
        }
        if (m.kind() == Mention.Kind.PERSON && first >= 2 && titleBefore(words, first)
                && PREPOSITIONS.contains(words.get(first - 2).key())) {
            return true; // "for the office of Mayor Ilse X": a title between the preposition and the name
        }
        for (int i = first - 1; i >= 0 && first - i <= 3; i--) {
            Word w = words.get(i);
            if (!w.isWord() && !NameRun.isApostrophe(w) || w.isCapitalised() && !PREPOSITIONS.contains(w.key())) {
                return false; // "… de France Inter la ministre", "à Reuters Arthur Mensch": another name ends it
            }
            if (CLAUSE_OPENERS.contains(w.key())) {
                return false; // "for what Ms Holloway called …": a clause, whose subject the name is
            }
            if (PREPOSITIONS.contains(w.key())) {
                if (topicMarker(words, i)) {
                    return false; // « Quant à Paul X, il juge … », "As for Paul X, he said": the topic, not an object
                }
                if (SetPhrases.end(words, i) == first) {
                    return false; // « prévient de son côté Marc Dubois »: a set phrase, then the subject
                }
                if (STRESSED_PRONOUNS.contains(words.get(first - 1).key()) && (i == first - 2
                        || i == first - 3 && NameRun.isApostrophe(words.get(first - 2)))) {
                    return false; // « a dit de lui Paul X »: the phrase ended with its pronoun, then the subject
                }
                Word last = words.get(first - 1);
                if (m.kind() == Mention.Kind.PERSON && first - i >= 2 && (plainNoun(last) || last.isWord()
                        && lexicon.isReportingVerb(last.text()) && !lexicon.takesObject(last.text()))) {
                    return false; // « explique au téléphone Paul X », "in a statement Paul X said", « a tenu à
                    // préciser Paul X »: the phrase ended with its noun or verb, and the name after it is the subject
                }
                if (m.kind() == Mention.Kind.DESCRIPTION && first - i >= 2 && plainNoun(last)
                        && References.THE.contains(words.get(first).key())) {
                    return false; // « a déclaré à la presse la chancelière »: the phrase ended with its noun, and a
                } // description opens with its own article
                if (i == first - 1 && m.kind() == Mention.Kind.PERSON && NameRun.isParticle(w)
                        && (i == 0 || !words.get(i - 1).isWord())) {
                    return false; // "“Nothing,” de Montfort said": the particle of a surname, after no noun
                }
                // « le chef de la diplomatie Sergueï Lavrov »: the holder named after the post's complement; but
                // « l'avocat de Claire Dubois »: the name right after the preposition is the complement itself
                return !(i > 0 && i < first - 1 && m.kind() == Mention.Kind.PERSON && lexicon.isPost(words.get(i - 1).text()));
            }
        }
        return false;
    }

    /**
     * True when the preposition at {@code i} is the second word of a topic marker, « quant à » (« quant au »,
     * « quant aux ») or "as for", which puts the sentence's topic first, then its subject as a pronoun.
     */
    private static boolean topicMarker(List<Word> words, int i) {
        return i > 0 && (words.get(i).is("à") || words.get(i).is("au") || words.get(i).is("aux"))
                && words.get(i - 1).is("quant")
                || i > 0 && words.get(i).is("for") && words.get(i - 1).is("as")
                && (i == 1 || !words.get(i - 2).isWord() || words.get(i - 2).is("but") || words.get(i - 2).is("and"));
    }

    /**
     * True for a lower-case common noun that may end a prepositional phrase: no function word, no noun for a person
     * or an institution (« au ministre Paul X », « du journal Y » keep the name inside the phrase); a document
     * noun may ("in a statement Paul X said").
     */
    private boolean plainNoun(Word w) {
        return w.isWord() && !w.isCapitalised() && w.text().length() > 2 && !lexicon.isStopWord(w.text())
                && !References.PRENOMINAL.contains(w.key()) // « de la mort du jeune Alexandre X »: an adjective
                && !PREPOSITIONS.contains(w.key()) && (lexicon.description(w.text()) == 0
                || lexicon.description(w.text()) == 'd') && !lexicon.isReportingVerb(w.text());
    }

    /** Words that open a clause inside a prepositional phrase: "for what X called", "of whom X said". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("what", "whom", "which", "that", "quoi", "lequel",
            "laquelle", "lesquels", "lesquelles", "dont");

    /** The words of a range, found by binary search: a paragraph of many quotations stays linear. */
    static List<Word> within(List<Word> words, int from, int to) {
        List<Word> list = new ArrayList<>();
        for (int k = Word.indexAt(words, from); k < words.size() && words.get(k).start() < to; k++) {
            if (words.get(k).end() <= to) {
                list.add(words.get(k));
            }
        }
        return list;
    }

    /** The unquoted mention covering a word, or null. */
    static Mention mentionAt(References refs, int p, Word w) {
        for (Mention m : refs.in(p, w.start() - References.LONGEST, w.end())) {
            if (m.paragraph() == p && !m.quoted() && w.start() >= m.start() && w.end() <= m.end()) {
                return m;
            }
        }
        return null;
    }

    /**
     * The organisation named first in {@code words} from index {@code from} to {@code last} (inclusive), over words
     * and apostrophes only: "for the Home Office" after a spokesperson noun, « à la SNCF » after « assure-t-on ». Null
     * when punctuation comes first or the first mention there is no organisation.
     */
    static Mention organizationAfter(References refs, List<Word> words, int from, int last, int p) {
        for (int j = from; j < words.size() && j <= last; j++) {
            Word w = words.get(j);
            if (!w.isWord() && !NameRun.isApostrophe(w)) {
                return null;
            }
            Mention m = mentionAt(refs, p, w);
            if (m != null) {
                return m.kind() == Mention.Kind.ORGANIZATION ? m : null;
            }
        }
        return null;
    }

    /** The last person named between two offsets of a paragraph, outside quotations, or null. */
    static Mention lastPerson(References refs, int p, int from, int to) {
        Mention last = null;
        for (Mention m : refs.in(p, from, to)) {
            if (m.paragraph() == p && !m.quoted() && m.start() >= from && m.end() <= to
                    && m.kind() == Mention.Kind.PERSON) {
                last = m;
            }
        }
        return last;
    }

    /**
     * The first unquoted mention in a range of a paragraph; a description followed by a name in apposition
     * gives the name ("Le directeur du festival, Tiago Rodrigues, a salué" → Tiago Rodrigues).
     */
    static Mention firstMention(References refs, int p, int from, int to) {
        from = Math.max(from, refs.bodyStart(p));
        Mention first = null;
        for (Mention m : refs.in(p, from, to)) {
            if (m.paragraph() != p || m.quoted() || m.start() < from || m.end() > to || refs.possessive(m)) {
                continue;
            }
            if (first == null) {
                first = m;
                if (m.kind() != Mention.Kind.DESCRIPTION) {
                    return m;
                }
            } else if (m.isName() && refs.apposed(first, m)) {
                return m;
            } else if (m.start() > first.end()) {
                return first;
            }
        }
        return first;
    }

    /**
     * In a range: a person, else an organisation, else a description or document, else a pronoun; never the
     * object of a preposition (the outlet of « au micro de France Inter », "to Reuters").
     */
    Mention bestMention(References refs, int p, int from, int to) {
        Mention best = null;
        List<Word> words = refs.reading().words(p);
        for (Mention m : refs.in(p, from, to)) {
            if (m.paragraph() != p || m.start() < from || m.end() > to
                    || m.kind() != Mention.Kind.PRONOUN && inPrepositionalPhrase(words, m)) {
                continue; // « a affirmé au micro de France Inter la ministre »
            }
            if (best == null || rank(m) < rank(best)) {
                best = m;
            }
        }
        return best;
    }

    static int rank(Mention m) {
        return switch (m.kind()) {
            case PERSON -> 0;
            case ORGANIZATION -> 1;
            case DESCRIPTION, DOCUMENT -> 2;
            case PRONOUN -> 3;
        };
    }
}
