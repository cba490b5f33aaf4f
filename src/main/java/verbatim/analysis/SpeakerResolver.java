package verbatim.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
    private static final Set<String> PREPOSITIONS = Set.of("à", "au", "aux", "de", "du", "des", "d", "of", "at",
            "in", "to", "chez", "dans", "en", "sur", "pour", "avec", "with", "for", "from", "on");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or", "et", "mais", "ou", "puis");
    private static final int NO_ONE = -2;

    private final Lexicon lexicon;

    public SpeakerResolver(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The speakers of the quotations of depth 0, in their order; null where the article does not say. */
    List<String> resolve(Reading reading, References refs) {
        List<String> speakers = new ArrayList<>();
        for (int p = 1; p <= reading.paragraphs.size(); p++) {
            List<Quotation> quotes = reading.quotations(p);
            String previous = null;
            for (int i = 0; i < quotes.size(); i++) {
                Quotation q = quotes.get(i);
                Object found = speaker(reading, refs, quotes, i, previous);
                String speaker = found instanceof String s ? s : null;
                if (speaker == null && found == null && q.open() == 0 && p > 1) {
                    speaker = refs.lastSpeaker(p, 0);
                    if (speaker == null) {
                        speaker = introducedBefore(reading, refs, p - 1);
                    }
                }
                refs.spoke(p, q.start(), speaker);
                speakers.add(speaker);
                previous = speaker;
            }
        }
        return speakers;
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
                    && text.substring(m.end()).replaceAll("[\\s:.,—–-]", "").isEmpty()) {
                return m.name(); // a paragraph that is only a name, above what the person said
            }
        }
        List<int[]> sentences = reading.sentences.get(p - 1);
        if (text.endsWith(":") && !sentences.isEmpty()) {
            int[] last = sentences.get(sentences.size() - 1);
            Mention s = firstMention(refs, p, last[0], last[1]);
            return s != null ? refs.resolve(s) : null;
        }
        List<Word> words = reading.words(p);
        for (int k = words.size() - 1; k >= 0; k--) {
            Word w = words.get(k);
            if (w.isWord() && !reading.quoted(p, w.start()) && lexicon.isReportingVerb(w.text())) {
                Word before = k > 0 ? words.get(k - 1) : null;
                Word after = k + 1 < words.size() ? words.get(k + 1) : null;
                for (Word near : new Word[] {before, after}) {
                    Mention m = near == null ? null : mentionAt(refs, p, near);
                    if (m != null && m.kind() != Mention.Kind.DOCUMENT) {
                        return refs.resolve(m);
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** A name, NO_ONE (Integer) when the words say the speaker is nobody we know, or null to go on. */
    private Object speaker(Reading reading, References refs, List<Quotation> quotes, int i, String previous) {
        Quotation q = quotes.get(i);
        int p = q.paragraph();
        String text = reading.text(p);
        List<Word> words = reading.words(p);
        int[] sentence = reading.sentence(p, q.open());
        int afterEnd = Math.min(reading.sentence(p, Math.max(q.close() - 1, 0))[1],
                i + 1 < quotes.size() ? quotes.get(i + 1).open() : text.length());
        int beforeStart = Math.max(sentence[0], i > 0 ? quotes.get(i - 1).close() : 0);
        String inner = text.substring(q.start(), q.end());
        boolean whole = Character.isUpperCase(inner.codePointAt(0)) && ".!?…".indexOf(inner.charAt(inner.length() - 1)) >= 0;
        boolean shortQuote = !whole && Word.split(inner).stream().filter(Word::isWord).count() <= 3;

        Object found = after(refs, words, p, q.close(), afterEnd);
        if (found instanceof Mention m) {
            return refs.resolve(m);
        }
        if (found != null) {
            return found;
        }
        Mention m = incise(refs, words, q);
        if (m != null) {
            return refs.resolve(m, p, q.open());
        }
        List<Word> before = within(words, beforeStart, q.open());
        Mention source = selon(refs, before, p, q.open());
        if (source != null) {
            return refs.resolve(source);
        }
        int verb = -1;
        for (int k = before.size() - 1; k >= 0 && before.size() - k <= 9; k--) {
            Word w = before.get(k);
            if (w.is(",") && k != before.size() - 1 || w.is(".")) {
                break;
            }
            if (w.isWord() && lexicon.isReportingVerb(w.text())) {
                verb = k;
                break;
            }
        }
        if (verb >= 0) {
            Object subject = subject(refs, before, verb, p, sentence[0], q.open());
            return subject instanceof Mention s ? refs.resolve(s) : NO_ONE;
        }
        if (!before.isEmpty()) {
            Mention last = mentionAt(refs, p, before.get(before.size() - 1));
            if (last != null && last.kind() != Mention.Kind.DESCRIPTION) {
                return refs.resolve(last);
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
            Mention s = firstMention(refs, p, clause, q.open());
            if (s == null) {
                s = firstMention(refs, p, beforeStart, q.open());
            }
            return s != null ? refs.resolve(s) : null;
        }
        if (before.stream().anyMatch(Word::isWord)) {
            if (shortQuote) {
                return NO_ONE;
            }
            Mention s = firstMention(refs, p, sentence[0], q.open());
            return s != null ? refs.resolve(s) : NO_ONE;
        }
        if (shortQuote && !(q.open() == 0 && q.close() >= text.length() - 1)) {
            return NO_ONE;
        }
        int[] prevSentence = reading.sentence(p, Math.max(sentence[0] - 1, 0));
        if (sentence[0] > 0) {
            Mention s = firstMention(refs, p, prevSentence[0], prevSentence[1]);
            if (s != null && s.kind() != Mention.Kind.DESCRIPTION) {
                return refs.resolve(s);
            }
        }
        return previous;
    }

    /**
     * A reporting verb after the quotation and its subject, or a "selon X": a mention, NO_ONE when the verb's
     * subject is nobody named ("a county official said"), or null when there is no attribution after the marks.
     */
    private Object after(References refs, List<Word> words, int p, int from, int to) {
        List<Word> after = within(words, from, to);
        int count = 0;
        for (int k = 0; k < after.size() && count < 14; k++) {
            Word w = after.get(k);
            if (!w.isWord()) {
                continue;
            }
            count++;
            if (RELATIVES.contains(w.key()) || count == 1 && CONJUNCTIONS.contains(w.key())) {
                return null;
            }
            if (isSelon(after, k)) {
                return selon(refs, after.subList(Math.max(0, k - 2), after.size()), p, to);
            }
            boolean verb = count == 1 ? lexicon.isReportingVerbAfterQuote(w.text()) : lexicon.isReportingVerb(w.text());
            if (verb && !w.isCapitalised()) {
                Mention pre = firstMention(refs, p, from, w.start());
                if (pre != null) {
                    return pre;
                }
                Mention post = bestMention(refs, p, w.end(), endOfWindow(after, k, 8, to));
                return post != null ? post : NO_ONE;
            }
        }
        return null;
    }

    /** True when the word at k is "selon", the "après" of "d'après", or the "according" of "according to". */
    private static boolean isSelon(List<Word> list, int k) {
        Word w = list.get(k);
        return w.is("selon") || (w.is("après") && k > 1 && NameRun.isApostrophe(list.get(k - 1))
                && list.get(k - 2).is("d")) || (w.is("according") && k + 1 < list.size() && list.get(k + 1).is("to"));
    }

    /** The source named by "selon X" / "d'après X" / "according to X" in a list of words, or null. */
    private Mention selon(References refs, List<Word> list, int p, int limit) {
        for (int k = 0; k < list.size(); k++) {
            boolean opinion = k == 0 && (list.get(0).is("pour") || list.get(0).is("for"));
            if (!isSelon(list, k) && !opinion) {
                continue;
            }
            int from = list.get(k).end();
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
            Mention first = null;
            for (Mention m : refs.in(p)) {
                if (m.paragraph() != p || m.quoted() || m.start() < from || m.end() > limit) {
                    continue;
                }
                if (first == null) {
                    if (m.start() >= until || m.start() - from > 30) {
                        return null;
                    }
                    first = m;
                    if (m.kind() != Mention.Kind.DESCRIPTION) {
                        return m;
                    }
                } else if (m.isName() && refs.apposed(first, m)) {
                    return m;
                }
            }
            return first;
        }
        return null;
    }

    /** An incise inside the marks: ", a-t-il reconnu." / ", explique Jean Dupont,". */
    private Mention incise(References refs, List<Word> words, Quotation q) {
        List<Word> inner = within(words, q.start(), q.end());
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
            boolean closed = end < q.end() || k + 4 >= inner.size();
            Mention m = bestMention(refs, q.paragraph(), inner.get(comma).end(), end);
            if (m != null && closed && (m.kind() == Mention.Kind.PRONOUN || m.kind() == Mention.Kind.PERSON)) {
                return m;
            }
        }
        return null;
    }

    /** The end offset of a window of n words after index k, stopping at a sentence or clause end. */
    private static int endOfWindow(List<Word> list, int k, int n, int limit) {
        int seen = 0;
        for (int j = k + 1; j < list.size(); j++) {
            Word w = list.get(j);
            boolean abbreviation = w.is(".") && j > 0 && list.get(j - 1).isCapitalised()
                    && (list.get(j - 1).text().length() == 1 || Lexicon.shared().title(list.get(j - 1).text() + ".") != null);
            if (".!?;".contains(w.text()) && !abbreviation || RELATIVES.contains(w.key())) {
                return w.start();
            }
            if (w.isWord() && ++seen > n) {
                return w.start();
            }
        }
        return limit;
    }

    /** The subject of the verb at index {@code verb}: a mention just before it, through "qui", or the sentence's. */
    private Object subject(References refs, List<Word> before, int verb, int p, int sentenceStart, int quoteOpen) {
        for (int k = verb - 1; k >= 0 && verb - k <= 10; k--) {
            Word w = before.get(k);
            Mention m = mentionAt(refs, p, w);
            if (m != null && refs.possessive(m)) {
                return NO_ONE; // "Tesla's chief executive said": someone not named
            }
            if (m != null && !inPrepositionalPhrase(before, m)) {
                return m;
            }
            if (RELATIVES.contains(w.key())) {
                int a = k > 1 && before.get(k - 1).is(",") ? k - 2 : k - 1;
                Mention antecedent = a >= 0 ? mentionAt(refs, p, before.get(a)) : null;
                return antecedent != null ? antecedent : NO_ONE;
            }
            if (w.is(",")) {
                Mention s = firstMention(refs, p, sentenceStart, quoteOpen);
                return s != null ? s : NO_ONE;
            }
            if (".!?".contains(w.text())) {
                return NO_ONE;
            }
        }
        Mention s = firstMention(refs, p, sentenceStart, quoteOpen);
        return s != null ? s : NO_ONE;
    }

    /**
     * True for "du groupe RN", "of the Royal Society": a name after a preposition, which is no subject. A role
     * before the preposition makes a title whose name follows in apposition: "le directeur de course Jean
     * Martin a dit" has Jean Martin for subject.
     */
    private boolean inPrepositionalPhrase(List<Word> words, Mention m) {
        int first = -1;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).start() >= m.start()) {
                first = i;
                break;
            }
        }
        for (int i = first - 1; i >= 0 && first - i <= 3; i--) {
            Word w = words.get(i);
            if (!w.isWord() && !NameRun.isApostrophe(w)) {
                return false;
            }
            if (PREPOSITIONS.contains(w.key())) {
                return !(i > 0 && m.kind() == Mention.Kind.PERSON && lexicon.role(words.get(i - 1).text()) != 0);
            }
        }
        return false;
    }

    private static List<Word> within(List<Word> words, int from, int to) {
        List<Word> list = new ArrayList<>();
        for (Word w : words) {
            if (w.start() >= from && w.end() <= to) {
                list.add(w);
            }
        }
        return list;
    }

    /** The unquoted mention covering a word, or null. */
    private static Mention mentionAt(References refs, int p, Word w) {
        for (Mention m : refs.in(p)) {
            if (m.paragraph() == p && !m.quoted() && w.start() >= m.start() && w.end() <= m.end()) {
                return m;
            }
        }
        return null;
    }

    /**
     * The first unquoted mention in a range of a paragraph; a description followed by a name in apposition
     * gives the name ("Le directeur du festival, Tiago Rodrigues, a salué" → Tiago Rodrigues).
     */
    private static Mention firstMention(References refs, int p, int from, int to) {
        from = Math.max(from, refs.bodyStart(p));
        Mention first = null;
        for (Mention m : refs.in(p)) {
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

    /** In a range: a person, else an organisation, else a description or document, else a pronoun. */
    private static Mention bestMention(References refs, int p, int from, int to) {
        Mention best = null;
        for (Mention m : refs.in(p)) {
            if (m.paragraph() != p || m.start() < from || m.end() > to) {
                continue;
            }
            if (best == null || rank(m) < rank(best)) {
                best = m;
            }
        }
        return best;
    }

    private static int rank(Mention m) {
        return switch (m.kind()) {
            case PERSON -> 0;
            case ORGANIZATION -> 1;
            case DESCRIPTION, DOCUMENT -> 2;
            case PRONOUN -> 3;
        };
    }
}
