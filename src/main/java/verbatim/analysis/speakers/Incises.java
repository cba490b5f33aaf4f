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
 * The attribution that follows a quotation or interrupts it: a reporting verb after the closing mark and its
 * subject, a cleft or the next sentence that says whose the words were, an incise inside the marks. Example:
 * {@code « … », a ajouté le président} and {@code "…," said Ann Lee} name the president and Ann Lee.
 */
final class Incises {

    private final Lexicon lexicon;
    private final Syntax syntax;
    private final Sources sources;

    Incises(Lexicon lexicon, Syntax syntax, Sources sources) {
        this.lexicon = lexicon;
        this.syntax = syntax;
        this.sources = sources;
    }

    /** Words of being that stand before a participle of speech: "was speaking", « s'est exprimé ». */
    private static final Set<String> BEING = Set.of("was", "is", "were", "est", "s", "se", "était");

    /** Function words that open a predicate after its subject: « ne », « n' », « est », « a », "is", "has". */
    private static final Set<String> PREDICATE_OPENERS = Set.of("ne", "n", "est", "a", "is", "has");

    /** Adverbs of sequence between an auxiliary and its participle: « a ensuite ajouté », "later said". */
    static final Set<String> LATER = Set.of("ensuite", "later", "further", "subsequently", "plus", "tard");

    /**
     * The person who opens the sentence right after a quotation that is a sentence of its own, as the subject of a
     * reporting verb there: "“We are ready.” Coach Ann Lee said the team had trained hard", « « … » Paul Roy,
     * l'entraîneur, a ajouté que … ». A title or a description may stand before the name, an apposition between
     * commas after it, an auxiliary before the verb. Null when anything else follows the quotation.
     */
    Mention nextSentenceReporter(References refs, List<Word> words, int p, Quotation q, int afterEnd) {
        return nextSentenceSubject(refs, words, p, q, afterEnd, true);
    }

    /**
     * As {@link #nextSentenceReporter}, or with {@code reporting} false any verb after the subject: « « Nous sommes
     * prêts. » Paul Roy ne cache pas son optimisme. » — asked only where nobody has spoken before the quotation.
     */
    Mention nextSentenceSubject(References refs, List<Word> words, int p, Quotation q, int afterEnd, boolean reporting) {
        String text = refs.reading().text(p);
        if (afterEnd < 0) {
            afterEnd = refs.reading().sentence(p, Math.max(q.close() - 1, 0))[1];
        }
        if (afterEnd >= text.length() || !text.substring(q.close(), afterEnd).strip().replace(".", "").isEmpty()) {
            return null;
        }
        int[] next = refs.reading().sentence(p, afterEnd + 1);
        List<Word> after = Syntax.within(words, Math.max(next[0], afterEnd), next[1]);
        if (after.isEmpty()) {
            return null;
        }
        for (Quotation o : refs.reading().quotations(p)) { // in reading order
            if (o.open() > next[1]) {
                break;
            }
            if (o.open() > afterEnd && text.substring(afterEnd, o.open()).strip().endsWith(":")) {
                return null; // « « … » La maire promet une suite : « … » »: the sentence introduces its own quotation
            }
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
        for (int n = 0; n < 4 && j < after.size() && (Grammar.AUXILIARIES.contains(after.get(j).key())
                || BEING.contains(after.get(j).key()) || LATER.contains(after.get(j).key())
                || NameRun.isApostrophe(after.get(j))); n++) {
            j++; // "was speaking", « s'est exprimé », « a ensuite évoqué »
        }
        if (j >= after.size() || !after.get(j).isWord()) {
            return null;
        }
        Word verb = after.get(j);
        if (!reporting) { // a lower-case word that is no function word ("was", « ne », « est » aside): a verb
            return !verb.isCapitalised() && !Syntax.PREPOSITIONS.contains(verb.key()) && !lexicon.isStopWord(verb.text())
                    || PREDICATE_OPENERS.contains(verb.key()) ? m : null;
        }
        return lexicon.isReportingVerb(verb.text()) || lexicon.isReportingVerbAfterQuote(verb.text()) ? m : null;
    }

    /**
     * Conjunctions that open a subordinate clause right after a quotation; the clause reports the quotation only
     * when a person, a pronoun or a description opens it ("“…,” as the minister put it").
     */
    private static final Set<String> SUBORDINATORS = Set.of("as", "because", "since", "when", "after", "before",
            "until");

    /**
     * A reporting verb after the quotation and its subject, or a "selon X": a mention, NO_ONE when the verb's
     * subject is nobody named ("a county official said"), or null when there is no attribution after the marks.
     */
    Object after(References refs, List<Word> words, int p, int from, int to, boolean punctuated) {
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
            if (Grammar.RELATIVES.contains(w.key()) && !w.isAcronym() || count == 1 && (Grammar.CONJUNCTIONS.contains(w.key())
                    || Grammar.CONTRASTS.contains(w.key()))) {
                return null; // "said he was “…,” while Ms Lee predicted …": a new clause with its own subject
            }
            if (count == 1 && SUBORDINATORS.contains(w.key())) {
                Mention next = k + 1 < after.size() ? Syntax.mentionAt(refs, p, after.get(k + 1)) : null;
                if (next == null || next.kind() == Mention.Kind.ORGANIZATION || next.kind() == Mention.Kind.DOCUMENT) {
                    return null; // "urged residents to “leave now” as delays would continue": a clause about something
                }
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
            if (Sources.isSelon(after, k)) {
                Mention source = sources.selon(refs, after.subList(Math.max(0, k - 2), after.size()), p, to);
                int next = k + (w.is("according") ? 2 : 1);
                if (source == null && next < after.size() && Sources.UNNAMED_SOURCES.contains(after.get(next).key())) {
                    Mention named = Sources.apposedToSource(refs, after.subList(k, after.size()), p);
                    return named != null ? named // « « … », d'après une journaliste de Martinique 1ère, Laure X, »
                            : SpeakerResolver.NO_ONE; // « … », selon une source proche de l'enquête: somebody the article does not name
                }
                return source;
            }
            if (count == 1 && punctuated && (w.is("read") || w.is("reads"))) {
                Mention author = sources.documentAuthorAfter(refs, after, k, p, to);
                if (author != null) {
                    return author; // "“…,” read a statement from Mayor Paul X"
                }
            }
            boolean verb = count == 1 && punctuated ? lexicon.isReportingVerbAfterQuote(w.text())
                    : lexicon.isReportingVerb(w.text()) && !lexicon.takesObject(w.text()); // not "sent him “…” notes"
            verb &= !(k > 0 && Grammar.NOUN_DETERMINERS.contains(after.get(k - 1).key())); // « la décision du juge »: a noun
            if (!verb && count > 1 && count <= 4 && (w.is("read") || w.is("reads"))) {
                Mention doc = Syntax.firstMention(refs, p, from, w.start());
                verb = doc != null && doc.kind() == Mention.Kind.DOCUMENT; // "“…,” the statement read"
            }
            verb |= count <= 3 && invertedClause(refs, after, k, p) || (count == 2 || count == 3
                    && Grammar.AUXILIARIES.contains(after.get(k - 2).key())) && Grammar.madeKnown(after, k); // « a fait savoir M. X »
            if (verb && (Grammar.infinitive(after, k) && !Grammar.governed(after, k)
                    || Grammar.participle(after, k) && Syntax.firstMention(refs, p, from, w.start()) == null)) {
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
                if (pre == null) {
                    pre = ownerHolder(refs, after, k, p); // "“…,” Acme's chief executive said"
                }
                if (pre != null && pre.kind() == Mention.Kind.ORGANIZATION) {
                    Mention head = Syntax.lastPerson(refs, p, pre.end(), w.start());
                    Mention post = head == null ? refs.postQualifiedBy(pre, w.start()) : null;
                    pre = head != null ? head : post != null ? post : pre; // "“…,” Ashcombe manager Gareth Pryce said",
                } // "“…,” the NASA boss said": the boss, whom the article named before
                boolean of = pre != null && syntax.inPrepositionalPhrase(words, pre);
                if (of && completesTheQuotation(after, pre, w)) {
                    pre = null; // « « … » à la SNCF, a déploré Paul X »: the phrase ends the quoted words' clause
                    of = false;
                }
                if (of && pre.kind() == Mention.Kind.ORGANIZATION && Sources.spokespersonOf(words, pre)) {
                    return pre; // "“…,” a spokesperson for Harbor Foods said": the body speaks through its spokesperson
                }
                if (pre != null && (!of || pre.isName())) {
                    return of ? SpeakerResolver.NO_ONE : pre; // "“…,” one member of the Darwin Society wrote": someone unnamed
                }
                boolean onAfter = k + 1 < after.size() && after.get(k + 1).is("on");
                Mention host = onAfter ? onsHost(refs, after, k + 2, p)
                        : k >= 1 && after.get(k - 1).is("on") ? onsHost(refs, after, k + 1, p) : null; // « a-t-on dit à X »
                if (host == null && (onAfter || k >= 1 && after.get(k - 1).is("on"))) {
                    host = SpeakerResolver.learnedFrom(refs, words, p, from); // « a-t-on appris auprès de la préfecture. « … », a-t-on précisé »
                }
                if (host != null) {
                    return host; // « « … », assure-t-on à la SNCF », « indique-t-on chez Renault »
                }
                Mention post = syntax.bestMention(refs, p, w.end(), endOfWindow(after, k, 8, to));
                if (post != null && post.kind() == Mention.Kind.ORGANIZATION && memberOf(after, k, post)) {
                    return SpeakerResolver.NO_ONE; // « raconte un cheminot CGT », "said a CGT rail worker": a member
                }
                if (post != null && refs.possessive(post)) { // "“…,” said Huber's longtime partner Erick Rowan"
                    Mention owned = Syntax.lastPerson(refs, p, post.end(), endOfWindow(after, k, 12, to));
                    if (owned == null && post.kind() == Mention.Kind.ORGANIZATION) {
                        owned = refs.postHolderAt(post, ownedPost(after, Word.indexAt(after, post.end()), to), p);
                    }
                    return owned != null ? owned : SpeakerResolver.NO_ONE; // "“…,” said Tesla's chief executive": someone unnamed
                }
                if (post == null && (Grammar.inverted(w) || count == 1)) {
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
                    post = sources.documentAuthorAfter(refs, after, k, p, to); // "“…,” read a statement from Mayor X"
                }
                if (post == null) {
                    Mention org = Syntax.firstMention(refs, p, w.end(), endOfWindow(after, k, 8, to));
                    post = org != null && org.kind() == Mention.Kind.ORGANIZATION && Sources.spokespersonOf(words, org)
                            ? org : null; // « « … », a indiqué un porte-parole de la SNCF »
                }
                if (post != null && post.kind() == Mention.Kind.DESCRIPTION) {
                    for (Mention m : refs.in(p, post.end(), to)) { // « a réagi la directrice de la rédaction de
                        if (m.kind() == Mention.Kind.PERSON && !m.quoted() && refs.apposed(post, m)) { // L'Écho, Anne Roy »
                            return m;
                        }
                    }
                }
                return post != null ? post : SpeakerResolver.NO_ONE;
            }
        }
        return null;
    }

    /** Nouns of those who speak for a body rather than as one of its members (« un délégué CGT »). */
    private static final Set<String> FOR_THE_BODY = Set.of("délégué", "déléguée", "dirigeant", "dirigeante",
            "responsable", "secrétaire", "président", "présidente", "official", "officer", "leader", "delegate");

    /**
     * True when the subject after the reporting verb {@code k} is an indefinite noun of a person that the
     * organisation {@code org} only qualifies: « raconte un cheminot CGT », « a dit une militante de Sud-Rail »,
     * "said a CGT rail worker" — one unnamed member, not the body. A spokesperson or a delegate speaks for it
     * (« un porte-parole de la SNCF », « un délégué CGT »).
     */
    private boolean memberOf(List<Word> after, int k, Mention org) {
        if (k + 1 >= after.size() || !(after.get(k + 1).is("un") || after.get(k + 1).is("une")
                || after.get(k + 1).is("a") || after.get(k + 1).is("an"))) {
            return false;
        }
        for (int j = k + 2; j < Math.min(after.size(), k + 7); j++) {
            Word x = after.get(j);
            if (!x.isWord()) {
                return false;
            }
            if (x.isCapitalised() || x.start() >= org.start() && x.end() <= org.end()) {
                continue;
            }
            char g = lexicon.description(x.text());
            if (Sources.SPOKESPEOPLE.contains(x.key()) || FOR_THE_BODY.contains(x.key()) || g == 'o') {
                return false;
            }
            if (g != 0 || lexicon.role(x.text()) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the words between a closing mark and an inverted reporting verb are a prepositional phrase that
     * opens right after the mark and ends with a comma before the verb: « « … » à la SNCF, a déploré Paul X », "“…” in
     * the region, said Ann X". The phrase belongs to the sentence the quotation began; the subject follows the verb.
     */
    private static boolean completesTheQuotation(List<Word> after, Mention pre, Word verb) {
        int first = 0;
        while (first < after.size() && !after.get(first).isWord()) {
            first++;
        }
        if (first >= after.size() || !Syntax.PREPOSITIONS.contains(after.get(first).key())
                || after.get(first).start() > pre.start()) {
            return false;
        }
        int v = after.indexOf(verb);
        for (int k = v - 1; k > first; k--) {
            Word w = after.get(k);
            if (w.is(",")) {
                return w.start() >= pre.end();
            }
            if (!w.isWord() || !Grammar.AUXILIARIES.contains(w.key())) {
                return false;
            }
        }
        return false;
    }

    /**
     * The holder of the post an organisation in the possessive owns right before a reporting verb: "“…,” Acme's
     * chief executive said" after "Ann Lee, the chief executive of Acme" ({@link References#postHolderAt}); null
     * when no organisation in the possessive opens the words before the verb or nobody holds its post.
     */
    private Mention ownerHolder(References refs, List<Word> after, int verb, int p) {
        int first = 0;
        while (first < verb && !after.get(first).isWord()) {
            first++;
        }
        Mention owner = first < verb ? Syntax.mentionAt(refs, p, after.get(first)) : null;
        if (owner == null || owner.kind() != Mention.Kind.ORGANIZATION || !refs.possessive(owner)) {
            return null;
        }
        int end = Word.indexAt(after, owner.end());
        String post = ownedPost(after, end, after.get(verb).start());
        return post != null && verb <= end + 5 ? refs.postHolderAt(owner, post, p) : null;
    }

    /**
     * The post noun an English possessive owns after an inverted verb ("chief executive" of "said Acme's chief
     * executive."): the last post noun ({@link Lexicon#isPost}) within three lower-case words from {@code from},
     * before punctuation; null when there is none.
     */
    private String ownedPost(List<Word> after, int from, int to) {
        String post = null;
        for (int k = from; k < after.size() && k < from + 5 && after.get(k).start() < to; k++) {
            Word w = after.get(k);
            if (w.is("s") || NameRun.isApostrophe(w)) {
                continue;
            }
            if (!w.isWord() || w.isCapitalised()) {
                break;
            }
            if (lexicon.isPost(w.text())) {
                post = w.text();
            }
        }
        return post;
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
        return Syntax.organizationAfter(refs, after, k + 1, k + 5, p);
    }

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
        if (k >= after.size() || !Grammar.INDEFINITE.contains(after.get(k).key())) {
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
    static boolean punctuated(String text, Quotation q) {
        String inner = text.substring(q.start(), q.end()).strip();
        if (!inner.isEmpty() && ",!?…".indexOf(inner.charAt(inner.length() - 1)) >= 0) {
            return true;
        }
        String rest = text.substring(q.close()).stripLeading();
        return !rest.isEmpty() && ",—–".indexOf(rest.charAt(0)) >= 0;
    }

    /**
     * True when the word at k is a past participle followed by "par" / "by" and an agent that is no name nor
     * description: « des gardes assurées par des intérimaires », "shifts covered by agency staff" — a passive
     * about some other noun of the sentence, not the report of a quotation.
     */
    private static boolean passiveAgentAfter(References refs, List<Word> words, int k, int p) {
        if (!Grammar.isParticiple(words.get(k)) || k + 2 >= words.size()
                || !(words.get(k + 1).is("par") || words.get(k + 1).is("by"))) {
            return false;
        }
        Mention agent = Syntax.mentionAt(refs, p, words.get(k + 2));
        if (agent == null && k + 3 < words.size()) {
            agent = Syntax.mentionAt(refs, p, words.get(k + 3)); // "by the minister"
        }
        return agent == null;
    }

    /**
     * True when the word at k, right after a closing mark, is a verb of an inverted or short attribution clause,
     * whatever the verb: "« … », a grogné Thomas Rivet", "« … ! » s'est écriée Paula", "“…,” grumbled Ann Lee",
     * "“…,” Ann Lee grumbled." The clause holds only auxiliaries, the verb and its subject, and ends there.
     */
    private boolean invertedClause(References refs, List<Word> after, int k, int p) {
        Word w = after.get(k);
        if (!w.isWord() || w.isCapitalised() || w.text().length() < 3 || Grammar.AUXILIARIES.contains(w.key())
                || lexicon.isStopWord(w.text()) || Syntax.PREPOSITIONS.contains(w.key()) || Grammar.RELATIVES.contains(w.key())
                || lexicon.description(w.text()) != 0) {
            return false; // not "manager" in "“…,” Ashcombe manager Gareth Pryce said"
        }
        for (int j = 0; j < k; j++) {
            Word b = after.get(j);
            if (b.isWord() && !Grammar.AUXILIARIES.contains(b.key()) && Syntax.mentionAt(refs, p, b) == null) {
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
    int attributionAfter(Reading reading, References refs, List<Word> words, Quotation q, int limit) {
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

    /** True when « s'est » / « s'était » stands right before the verb at k: a reflexive past, two words more. */
    private static boolean reflexiveBefore(List<Word> words, int k) {
        return k >= 3 && (words.get(k - 1).is("est") || words.get(k - 1).is("était"))
                && NameRun.isApostrophe(words.get(k - 2)) && words.get(k - 3).is("s");
    }

    /** An incise inside the marks: ", a-t-il reconnu." / ", explique Jean Dupont,". */
    Mention incise(References refs, List<Word> words, Quotation q) {
        List<Word> inner = Syntax.within(words, q.start(), q.end());
        for (int k = 1; k < inner.size(); k++) {
            Word w = inner.get(k);
            if (!w.isWord() || !lexicon.isReportingVerb(w.text())) {
                continue;
            }
            int comma = k - 1;
            int reach = reflexiveBefore(inner, k) ? 4 : 3; // « …, s'est félicité Paul X. … »
            while (comma >= 0 && k - comma <= reach && !inner.get(comma).is(",")) {
                comma--;
            }
            if (comma < 0 || k - comma > reach) {
                continue;
            }
            int end = endOfWindow(inner, k, 4, q.end());
            Mention m = syntax.bestMention(refs, q.paragraph(), inner.get(comma).end(), end);
            if (m != null && m.start() > w.start() && Grammar.participle(inner, k)) {
                continue; // "…, saying Lagos remains home to …": a name after a present participle starts what is said
            }
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
    static Mention cleft(References refs, List<Word> after, int p) {
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
    Mention leadQuotationSubject(References refs, List<Word> words, int p, int from, int to) {
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
                && (Grammar.AUXILIARIES.contains(words.get(n).key()) || Lexicon.shared().isReportingVerb(words.get(n).text()));
                v++) {
            n++; // « c'est ce qu'a déclaré Paul X »: the verb before its subject
        }
        Mention m = n < words.size() ? Syntax.mentionAt(refs, p, words.get(n)) : null;
        if (m != null && m.kind() == Mention.Kind.DESCRIPTION) {
            int after = Word.indexAt(words, m.end()); // « que l'entraîneur Paul X », "of coach Ann X"
            Mention named = after < words.size() ? Syntax.mentionAt(refs, p, words.get(after)) : null;
            for (int a = after; named == null && a + 1 < Math.min(words.size(), after + 8); a++) {
                if (words.get(a).is(",")) { // the name in apposition: « le président de la République, Emmanuel X, »
                    Mention apposed = Syntax.mentionAt(refs, p, words.get(a + 1));
                    named = apposed != null && apposed.kind() == Mention.Kind.PERSON ? apposed : null;
                    break;
                }
                if (!words.get(a).isWord() && !NameRun.isApostrophe(words.get(a))) {
                    break;
                }
            }
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
            if (".!?;".contains(w.text()) && !abbreviation || Grammar.RELATIVES.contains(w.key()) && !w.isAcronym()) {
                return w.start();
            }
            if (w.isWord() && ++seen > n) {
                return w.start();
            }
        }
        return limit;
    }
}
