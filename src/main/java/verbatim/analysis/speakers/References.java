package verbatim.analysis.speakers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import verbatim.analysis.reading.Reading;
import verbatim.analysis.reading.Word;
import verbatim.analysis.reading.NameRun;
import verbatim.analysis.reading.Mention;
import verbatim.analysis.reading.Lexicon;

/**
 * Every mention of an article that may name a speaker, and what each refers to: names stand for themselves;
 * pronouns ("il", "she") and descriptions ("la lauréate", "l'astronome") point to the most salient person
 * before them; documents ("la lettre", "the statement") and "it" point to the last speaker; institution nouns
 * ("le ministère", "the company") point to the organisation named with them or before them, and an institution
 * noun with a capitalised complement is an organisation's name itself ("le ministère de la Santé").
 *
 * <p>Salience: the sentences before the reference are searched from the nearest back; in a sentence, a
 * person named outright wins over one referred to, and the first one (the subject, most often) wins. A
 * description whose role noun was given to a person in apposition ("Mrinank Sharma, responsable de la
 * sécurité" … "le responsable") points to that person. A description with nobody before it points to the
 * next person named in its paragraph ("a confié la lauréate. … a poursuivi Vondrousova"), else to the person of
 * the next paragraph given its role noun (a lead: "Le ministre a déclaré …" ¶ "Paul Dorval, ministre, …").
 */
public final class References {

    private static final Set<String> DETERMINERS = Set.of("le", "la", "l", "the", "sa", "son", "his", "her",
            "its", "their", "this", "cette", "ce", "cet");

    private static final Set<String> STOPS = Set.of("un", "une", "des", "a", "an", "de", "du", "d", "et", "and",
            "à", "au", "aux", "of", "to", "in", "en", "dans", "par", "by", "pour", "for", "avec", "with", "que",
            "that", "qui", "who", "est", "is", "was", "été");
    private final Lexicon lexicon;
    private final Syntax syntax;
    private final Reading reading;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<List<Mention>> byParagraph = new ArrayList<>();
    private final Map<Mention, String> resolved = new HashMap<>();
    private final Map<String, Set<String>> rolesOf = new HashMap<>();
    private final Map<Mention, String> roleOf = new HashMap<>();
    /** The lower-cased words of the titles set right before each person's name ("civil", "aviation", "minister"). */
    private final Map<String, Set<String>> titleWordsOf = new HashMap<>();
    /** Pronouns that name the last person named before their sentence: « ce dernier », "the latter". */
    private final Set<Mention> latter = new HashSet<>();
    private final Map<String, Character> genders = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    /** The speaker of the last quotation before a place; set by the resolver as it goes. */
    private final List<Object[]> speakers = new ArrayList<>();

    public References(Lexicon lexicon, Reading reading, List<Mention> people, List<Mention> organizations) {
        this.lexicon = lexicon;
        this.syntax = new Syntax(lexicon);
        this.reading = reading;
        mentions.addAll(people);
        mentions.addAll(organizations);
        for (int p = 1; p <= reading.paragraphs.size(); p++) {
            findReferences(p);
        }
        mentions.sort((a, b) -> a.paragraph() != b.paragraph() ? a.paragraph() - b.paragraph()
                : a.start() != b.start() ? a.start() - b.start() : a.kind().compareTo(b.kind()));
        for (int p = 0; p < reading.paragraphs.size(); p++) {
            byParagraph.add(new ArrayList<>());
        }
        mentions.forEach(m -> byParagraph.get(m.paragraph() - 1).add(m));
        for (Mention m : people) {
            genders.merge(m.name(), m.gender(), (a, b) -> a == '?' ? b : a);
            if (!m.quoted()) {
                counts.merge(m.name(), 1, Integer::sum);
                rolesOf.computeIfAbsent(m.name(), k -> new HashSet<>()).addAll(rolesAround(m));
                titleWordsOf.computeIfAbsent(m.name(), k -> new HashSet<>()).addAll(titleWords(m));
            }
        }
    }

    /** The article these mentions were found in. */
    public Reading reading() {
        return reading;
    }

    public List<Mention> all() {
        return mentions;
    }

    /** More than the length of any name: a mention covering an offset starts at most this far before it. */
    public static final int LONGEST = 200;

    /** The mentions of a paragraph that start in [from, to), by binary search, in reading order. */
    public List<Mention> in(int paragraph, int from, int to) {
        List<Mention> list = in(paragraph);
        int lo = Word.firstAt(list, Mention::start, from);
        int hi = Math.max(lo, Word.firstAt(list, Mention::start, to));
        return list.subList(lo, hi);
    }


    /** The mentions of one paragraph, in reading order. */
    public List<Mention> in(int paragraph) {
        return paragraph >= 1 && paragraph <= byParagraph.size() ? byParagraph.get(paragraph - 1) : List.of();
    }

    /** Where a paragraph's text begins after its dateline, if any. */
    public int bodyStart(int paragraph) {
        return reading.bodyStart(paragraph);
    }

    /** True for "Nadal's uncle": a name in the possessive, which is not the subject. */
    public boolean possessive(Mention m) {
        String text = reading.text(m.paragraph());
        return m.end() + 1 < text.length() && (text.charAt(m.end()) == '\'' || text.charAt(m.end()) == '’')
                && text.charAt(m.end() + 1) == 's' && (m.end() + 2 == text.length()
                || !Character.isLetter(text.charAt(m.end() + 2)));
    }

    /** A bracketed aside, left out where apposition is judged: "the RMT union (National Union of Rail, …), Mick Cash". */
    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile(" ?\\([^()]*\\)");

    /** Prepositions whose object a name right after them is, never a description's apposition. */
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("à", "au", "aux", "de", "d", "du", "des", "avec",
            "pour", "par", "chez", "contre", "sur", "to", "of", "with", "for", "by", "against", "on", "about", "from");

    /**
     * True when a name follows a description as its apposition: "le directeur du festival, Tiago Rodrigues"; a
     * bracketed aside between them does not count ("the general secretary of the RMT union (…), Mick Cash").
     */
    public boolean apposed(Mention description, Mention name) {
        if (description.paragraph() != name.paragraph() || name.start() < description.end()) {
            return false;
        }
        String between = withoutTitle(BRACKETED.matcher(reading.text(name.paragraph())
                .substring(description.end(), name.start())).replaceAll(""));
        if (between.length() <= 60 && between.stripTrailing().endsWith(",")
                && between.chars().filter(c -> c == ',').count() == 1 && !between.contains(".")) {
            return true; // "le directeur du festival, Tiago Rodrigues"
        }
        int comma = between.indexOf(',');
        if (between.length() <= 60 && comma >= 0 && comma == between.lastIndexOf(',') && !between.contains(".")
                && rankBeforeName(Word.split(between.substring(comma + 1)))) {
            return true; // « le président du SIPL, le commandant Fabrice X »: a rank of his own before the name
        }
        List<Word> words = Word.split(between);
        int last = words.size() - 1;
        while (last > 0 && NameRun.isApostrophe(words.get(last))) {
            last--; // « la mère d'Alexia »: the elided preposition before its apostrophe
        }
        if (name.kind() == Mention.Kind.PERSON && last >= 0 && OBJECT_PREPOSITIONS.contains(words.get(last).key())) {
            return false; // « a promis la directrice à Paul X », "the lawyer for Ann Roy": the name is the object
        }
        return words.stream().filter(Word::isWord).count() <= 6 // « le ministre de l'Économie et des Finances X »
                && words.stream().allMatch(w -> w.isWord() || NameRun.isApostrophe(w))
                && words.stream().noneMatch(w -> VERBS.contains(w.key()) || lexicon.isReportingVerb(w.text()));
    }

    /** True for a definite article and one or two role nouns, all the words between a comma and a name: « le commandant ». */
    private boolean rankBeforeName(List<Word> words) {
        if (words.size() < 2 || words.size() > 3 || !THE.contains(words.get(0).key())) {
            return false;
        }
        return words.subList(1, words.size()).stream().allMatch(w -> w.isWord() && !w.isCapitalised()
                && (lexicon.role(w.text()) != 0 || lexicon.description(w.text()) != 0));
    }

    /** The text before a name without the title that opens the name: "de la famille, Me " → "de la famille, ". */
    private String withoutTitle(String between) {
        List<Word> words = Word.split(between);
        int cut = between.length();
        for (int k = words.size() - 1; k >= 0; k--) {
            Word w = words.get(k);
            boolean title = w.isWord() && (lexicon.title(w.text()) != null || lexicon.title(w.text() + ".") != null);
            if (title || w.is(".") && k > 0 && lexicon.title(words.get(k - 1).text() + ".") != null) {
                cut = w.start();
            } else {
                break;
            }
        }
        return between.substring(0, cut);
    }

    /** "l'entraîneur parisien Luis Enrique": the words between a description and a name hold no verb. */
    private static final Set<String> VERBS = Set.of("a", "est", "ont", "sont", "avait", "était", "sera", "va",
            "has", "is", "was", "were", "had", "have", "will", "would", "fait", "did", "does", "dit", "said");

    /**
     * The last organisation named (outside quotations) before a place, in its paragraph or the one before; one
     * named only as where something appeared or was said ("noting on Twitter", "told the BBC") or as the
     * complement of a preposition ("coverage of an International Space Station spacewalk") counts only when no
     * other is named.
     */
    private String nearestOrganization(int paragraph, int offset) {
        String where = null;
        for (int p = paragraph; p >= Math.max(1, paragraph - 1); p--) {
            List<Mention> list = in(p, 0, p == paragraph ? offset : Integer.MAX_VALUE);
            for (int k = list.size() - 1; k >= 0; k--) {
                Mention m = list.get(k);
                if (m.kind() == Mention.Kind.ORGANIZATION && !m.quoted()) {
                    if (!venue(m) && !outlet(m) && !afterPreposition(m)) {
                        return m.name();
                    }
                    where = where == null ? m.name() : where;
                }
            }
        }
        return where;
    }

    /** True for a mention right after a preposition, an article between them aside: "of an ISS spacewalk". */
    private boolean afterPreposition(Mention m) {
        List<Word> words = reading.words(m.paragraph());
        int k = Word.indexAt(words, m.start()) - 1;
        while (k >= 0 && (ARTICLES.contains(words.get(k).key()) || NameRun.isApostrophe(words.get(k)))) {
            k--;
        }
        return k >= 0 && OF_WORDS.contains(words.get(k).key());
    }

    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "its", "their", "le", "la", "les", "l",
            "un", "une", "son", "sa", "ses", "leur");
    private static final Set<String> OF_WORDS = Set.of("of", "in", "on", "at", "for", "from", "with", "de", "du",
            "des", "d", "à", "au", "aux", "dans", "sur", "pour", "par", "avec", "by");

    /** True when a canonical name is a person's (not an organisation's). */
    public boolean isPerson(String name) {
        return genders.containsKey(name);
    }

    /** A person's gender as the article tells it ('m', 'f', or '?' when it does not, or for no person). */
    public char gender(String name) {
        return genders.getOrDefault(name, '?');
    }

    /** True when a person's known gender agrees with a pronoun's ('?' and unknown agree with all). */
    public boolean agrees(String name, char gender) {
        char g = genders.getOrDefault(name, '?');
        return gender == '?' || g == '?' || g == gender;
    }

    /** How many unquoted mentions name a person, by canonical name. */
    public int mentionsOf(String name) {
        return counts.getOrDefault(name, 0);
    }

    /** Records a quotation's speaker, for documents and "it" that follow. */
    public void spoke(int paragraph, int offset, String speaker) {
        if (speaker != null) {
            speakers.add(new Object[] {paragraph, offset, speaker});
        }
    }

    /**
     * The speaker of the last quotation of the {@code back} paragraphs before this one, provided the paragraphs
     * after that quotation name nobody else (a narrative paragraph between a speaker's quotations); or null.
     */
    public String lastSpeakerSince(int paragraph, int back) {
        for (int i = speakers.size() - 1; i >= 0; i--) {
            int p = (int) speakers.get(i)[0];
            if (p >= paragraph) {
                continue;
            }
            if (p < paragraph - back) {
                return null;
            }
            String name = (String) speakers.get(i)[2];
            for (int q = p + 1; q < paragraph; q++) {
                for (Mention m : in(q)) {
                    if (m.kind() == Mention.Kind.PERSON && !m.quoted() && !m.name().equals(name)) {
                        return null;
                    }
                }
            }
            return name;
        }
        return null;
    }

    /** True when a quotation of this paragraph before a place has a speaker. */
    public boolean spokeIn(int paragraph, int offset) {
        for (int i = speakers.size() - 1; i >= 0; i--) {
            int p = (int) speakers.get(i)[0];
            if (p == paragraph && (int) speakers.get(i)[1] < offset) {
                return true;
            }
            if (p < paragraph) {
                return false;
            }
        }
        return false;
    }

    /** The speaker of the last quotation before a place in this paragraph or the one before, or null. */
    public String lastSpeaker(int paragraph, int offset) {
        for (int i = speakers.size() - 1; i >= 0; i--) {
            int p = (int) speakers.get(i)[0];
            int o = (int) speakers.get(i)[1];
            if ((p == paragraph && o < offset) || p == paragraph - 1) {
                return (String) speakers.get(i)[2];
            }
        }
        return null;
    }

    /**
     * The last speaker before a place in this paragraph or the one before whose known gender is {@code gender}
     * (speakers of unknown gender passed over), or null.
     */
    public String lastSpeakerOfGender(int paragraph, int offset, char gender) {
        for (int i = speakers.size() - 1; i >= 0; i--) {
            int p = (int) speakers.get(i)[0];
            int o = (int) speakers.get(i)[1];
            String name = (String) speakers.get(i)[2];
            if ((p == paragraph && o < offset) || p == paragraph - 1) {
                if (name != null && isPerson(name) && gender(name) == gender) {
                    return name;
                }
            } else if (p < paragraph - 1) {
                break;
            }
        }
        return null;
    }

    /** The canonical name a mention stands for, or null when it cannot be told. */
    public String resolve(Mention m) {
        return resolve(m, m.paragraph(), m.start());
    }

    /** Resolves a mention as if it stood at the given place (used for words inside a quotation). */
    public String resolve(Mention m, int paragraph, int offset) {
        if (m.isName()) {
            return m.name();
        }
        if (offset == m.start() && resolved.containsKey(m)) {
            return resolved.get(m);
        }
        String name = switch (m.kind()) {
            case DOCUMENT -> {
                if (isInstitution(m)) {
                    yield institution(m); // an institution speaks for itself, not for the last speaker
                }
                String author = authorAfter(m);
                if (author != null) {
                    yield author; // « le communiqué de la préfecture de l'Isère », "the letter from Ann Lee"
                }
                author = authorBefore(m);
                if (author != null) {
                    yield author; // "The Ofsted report said": English names the author before the document
                }
                if (ownedByCommonNoun(m)) {
                    Mention owner = possessiveInstitution(m); // "The government's statement read:": the one named
                    yield owner != null ? institution(owner) : null; // before; "The family's statement read:": a
                } // group the article does not name
                String body = spokeIn(paragraph, offset) ? null : bodyOpening(paragraph, offset);
                if (body != null) {
                    yield body; // « Le conseil d'administration … a renouvelé sa confiance. « … », indique le communiqué »
                }
                String last = lastSpeaker(paragraph, offset);
                yield last != null ? last : salient(paragraph, offset, '?', true);
            }
            case PRONOUN -> {
                if (latter.contains(m)) {
                    yield latest(paragraph, reading.sentence(paragraph, Math.max(0, m.start() - 1))[0], m.gender());
                }
                if (m.gender() != 'n') {
                    yield salient(paragraph, offset, m.gender(), false);
                }
                // "it said": an organisation that spoke last, else one named in this paragraph or the one before
                String last = lastSpeaker(paragraph, offset);
                yield last != null && !isPerson(last) ? last : nearestOrganization(paragraph, offset);
            }
            default -> {
                String owner = m.kind() == Mention.Kind.DESCRIPTION ? owner(m) : null;
                if (m.kind() == Mention.Kind.DESCRIPTION && ofSomeone(m)) {
                    yield null; // "the daughter of one victim", « le père d'une victime »: somebody not named
                }
                String rank = m.kind() == Mention.Kind.DESCRIPTION ? rank(m) : null;
                if (rank != null) {
                    // "the Shadow Health Secretary" is not the Health Secretary
                    yield other(m, rankedHolder(m, rank), owner);
                }
                String byRole = m.kind() == Mention.Kind.DESCRIPTION && post(m) == null ? formerHolder(m) : byRole(m);
                String origin = m.kind() == Mention.Kind.DESCRIPTION ? origin(m) : null;
                if (byRole != null && origin != null && (otherOrigin(byRole, origin)
                        || !rolesOf.getOrDefault(byRole, Set.of()).contains(post(m)) && !sameOrigin(byRole, origin))) {
                    byRole = null; // « le président brésilien Tiago X … le président suédois »: another president;
                } // « Charles X, président du Conseil européen … le chef de l'État ukrainien »: a post only akin to his
                // and a nationality he was not given
                String head = byRole == null && m.kind() == Mention.Kind.DESCRIPTION ? post(m) : null;
                if (head != null && HEADS.contains(head)) {
                    String body = complementBody(m);
                    byRole = body == null ? null
                            : onlyHolder(m, o -> rolesOf.getOrDefault(o.name(), Set.of()).contains(BODY + body));
                } // « le chef de l'ONU » after « le secrétaire général de l'ONU, Antonio X »: who heads that body
                if (byRole != null) {
                    String focus = paragraphFocus(m);
                    yield other(m, focus != null && !namedInParagraph(byRole, m) ? focus : byRole, owner);
                }
                String kinNoun = m.kind() == Mention.Kind.DESCRIPTION ? roleOf.get(m) : null;
                if (kin(kinNoun) && possessiveDeterminer(m)) {
                    String relative = onlyHolder(m,
                            o -> rolesOf.getOrDefault(o.name(), Set.of()).contains(KIN_ROLE + kinNoun));
                    if (relative != null) {
                        yield relative; // « Philippe et sa fille Pauline … » ¶ « sa fille, elle, trouve que « … » »
                    }
                }
                if (relativeOfSomeone(m)) {
                    yield null; // « la mère de la victime » after « Souad X, la sœur de la victime »: a relative no
                    // name was given, unless one was put beside this very noun (byRole above)
                }
                String role = m.kind() == Mention.Kind.DESCRIPTION ? post(m) : null;
                // a description does not refer to a person named in its own sentence (that one would be "il")
                int sentenceStart = reading.sentence(paragraph, Math.max(0, Math.min(offset, m.start()) - 1))[0];
                String before = sentenceStart > 0 || paragraph > 1
                        ? salient(paragraph, sentenceStart, m.gender(), false, role) : null;
                if (before == null) {
                    // « Le chef de la diplomatie Sergueï Lavrov a jugé », but not "The senator said Trump had “…”"
                    int verbAt = beforeVerb(m, offset);
                    before = salient(paragraph, verbAt, m.gender(), false, role);
                    String named = before;
                    List<Word> words = reading.words(paragraph);
                    if (named != null && in(paragraph, m.end(), verbAt).stream().anyMatch(o -> named.equals(o.name())
                            && o.kind() == Mention.Kind.PERSON && syntax.inPrepositionalPhrase(words, o))) {
                        before = null; // « Le principal suspect dans l'enquête sur la mort du jeune Alexandre X a
                    } // soutenu … »: the name in the description's complement is another person
                }
                if (before != null && possessiveDeterminer(m)) { // "son complice": the possessor's partner, never
                    String other = salient(paragraph, offset, m.gender(), false, role, before); // the possessor
                    if (other == null) {
                        yield null; // "Tom Hart was arrested. “…,” his lawyer said.": a lawyer the article does not name
                    }
                    before = other;
                }
                if (before != null && origin != null && otherOrigin(before, origin)) {
                    // « … le président brésilien Tiago X. Le président suédois a appelé à « … » »: not X
                    before = salient(paragraph, sentenceStart, m.gender(), false, role, before);
                }
                if (owner != null && before != null && !namedWith(before, owner)) {
                    yield null; // "the mother of Kevin Ashby said" after a woman named apart from him: someone unnamed
                }
                String found = other(m, before != null ? before : anyoneBefore(m) ? namedLaterWithRole(m) : after(m), owner);
                if (found == null && m.kind() == Mention.Kind.DESCRIPTION && Sources.SPOKESPEOPLE.contains(roleOf.get(m))) {
                    String last = lastSpeaker(paragraph, offset);
                    found = last != null && !isPerson(last) ? last : null; // "A Brightwell Foods spokesman said …
                } // “…,” the spokesman said": the body that spoke through its spokesman, when no person holds the post
                yield found;
            }
        };
        if (offset == m.start()) {
            resolved.put(m, name);
        }
        return name;
    }

    /**
     * The capitalised name between an English document's article and its noun: "Ofsted" of "The Ofsted report",
     * "Harlow Council" of "a Harlow Council statement"; null when none stands there or in French.
     */
    private String authorBefore(Mention d) {
        if (!"en".equals(reading.lang)) {
            return null;
        }
        List<Word> words = reading.words(d.paragraph());
        int noun = Word.indexAt(words, d.end()) - 1;
        int k = noun - 1;
        while (k >= 0 && words.get(k).isWord() && words.get(k).isCapitalised() && !THE.contains(words.get(k).key())
                && !DETERMINERS.contains(words.get(k).key()) && !lexicon.isStopWord(words.get(k).text())
                && lexicon.description(words.get(k).text()) == 0) {
            k--;
        }
        if (k == noun - 1 || k < 0 || !(THE.contains(words.get(k).key()) || words.get(k).is("a")
                || words.get(k).is("an"))) {
            return null;
        }
        return reading.text(d.paragraph()).substring(words.get(k + 1).start(), words.get(noun - 1).end());
    }

    /** The words that join a document to its author: "from", "by", "of", « de », « du », « par », with an article. */
    private static final java.util.regex.Pattern AUTHOR_LINK = java.util.regex.Pattern.compile(
            "\\s*(?:(?:from|by|of|de|du|des|par)\\s+(?:the\\s+|la\\s+|le\\s+|l['’]\\s*)?|d['’]\\s*)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** True when the text between a document and a name joins them as work and author ("from", « de la »). */
    static boolean authorLink(String between) {
        return AUTHOR_LINK.matcher(between).matches();
    }

    /** Indefinite words after "of" / « de » that make a description somebody's relation to an unnamed one. */
    private static final Set<String> SOMEONE = Set.of("one", "a", "an", "un", "une");

    /**
     * True for a description followed by "of" / « de » and an indefinite noun phrase: "the daughter of one victim",
     * "the mother of a pupil", « le père d'une victime ». It names somebody the article does not name there.
     */
    private boolean ofSomeone(Mention d) {
        Word w = afterOf(d);
        return w != null && SOMEONE.contains(w.key());
    }

    private static boolean kin(String noun) {
        return noun != null && Lexicon.KIN.contains(noun);
    }

    /**
     * The description of a post whose noun an organisation's name qualifies, in English, within {@code [from, to)}:
     * "the NASA boss" for "NASA", so that the holder speaks, not the agency. Null when the noun is a spokesperson's
     * ("an Acme spokesman": the body speaks through them) or no such description stands there.
     */
    public Mention postQualifiedBy(Mention organization, int to) {
        if (!"en".equals(reading.lang)) {
            return null;
        }
        for (Mention d : in(organization.paragraph(), organization.start(), to)) {
            if (d.kind() == Mention.Kind.DESCRIPTION && d.start() <= organization.start()
                    && d.end() > organization.end() && d.end() <= to && !Sources.SPOKESPEOPLE.contains(roleOf.get(d)) && post(d) != null) {
                return d;
            }
        }
        return null;
    }

    /** True for a person named by a listed given name alone (« Maxence »), as articles name private people. */
    private boolean givenNameAlone(String name) {
        return name != null && !name.contains(" ") && lexicon.givenName(name) != 0;
    }

    /**
     * True when a description names a post that a person cannot hold: one named by the given name alone, whom no
     * post was given (« Maxence » is no « procureur »).
     */
    public boolean postNotHeldBy(Mention description, String person) {
        return description.kind() == Mention.Kind.DESCRIPTION && post(description) != null && givenNameAlone(person)
                && rolesOf.getOrDefault(person, Set.of()).isEmpty();
    }

    /** True for a description of kinship with its complement: « la mère de la victime », "the father of the boy". */
    public boolean relativeOfSomeone(Mention m) {
        Word of = m.kind() == Mention.Kind.DESCRIPTION && kin(roleOf.get(m)) ? afterOf(m) : null;
        return of != null && !(of.isWord() && !of.isCapitalised() && !COMPLEMENT_OPENERS.contains(of.key()));
    }

    /**
     * Words that open the complement of a kinship noun that names another person: « la mère de la victime », "the
     * father of the boy", « le frère d'un policier ». A bare noun or a number makes a set phrase that describes the
     * person themselves: « le père de famille », "a mother of three" (but "the mother of one victim").
     */
    private static final Set<String> COMPLEMENT_OPENERS = Set.of("la", "le", "l", "les", "un", "une", "des", "du",
            "sa", "son", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "mon", "ma", "mes", "notre", "nos",
            "the", "a", "an", "his", "her", "their", "its", "my", "our", "this", "that", "these", "those", "one");

    /**
     * True when a description of kinship with its complement cannot be {@code person}: « le père de la victime » is
     * not « Paul X, le frère de la victime »; it may be « Paul X, le père de la victime ».
     */
    public boolean otherRelative(Mention m, String person) {
        if (!relativeOfSomeone(m)) {
            return false;
        }
        String noun = roleOf.get(m);
        for (Mention p : mentions) {
            if (p.kind() != Mention.Kind.PERSON || !person.equals(p.name())) {
                continue;
            }
            List<Word> words = reading.words(p.paragraph());
            int from = Word.indexAt(words, p.end());
            for (int k = from; k < Math.min(words.size(), from + 6); k++) {
                if (words.get(k).isWord() && noun.equals(lexicon.roleBase(words.get(k).text()))) {
                    return false; // « Paul X, le père de la victime »: this very relative
                }
            }
        }
        return true;
    }

    /** The word after "of" / « de » / « d' » right after a description, or null when no such word follows it. */
    private Word afterOf(Mention d) {
        List<Word> words = reading.words(d.paragraph());
        int k = Word.indexAt(words, d.end());
        if (k >= words.size() || !(words.get(k).is("of") || words.get(k).is("de") || words.get(k).is("d"))) {
            return null;
        }
        k++;
        while (k < words.size() && NameRun.isApostrophe(words.get(k))) {
            k++;
        }
        return k < words.size() ? words.get(k) : null;
    }

    /**
     * The person named right after a description and "of" / « de »: « la mère de Maëlys X » gives "Maëlys X". The
     * description is someone else, who the article may leave unnamed. Null when no person follows.
     */
    private String owner(Mention d) {
        Word w = afterOf(d);
        if (w == null) {
            return null;
        }
        for (Mention o : in(d.paragraph(), w.start(), w.end())) {
            if (o.kind() == Mention.Kind.PERSON && o.start() <= w.start() && o.end() >= w.end()) {
                return o.name(); // « la mère d'Alexia »: the particle « d' » may be read into the name's mention
            }
        }
        return null;
    }

    /**
     * True when a person and an owner are both named in one sentence of the article: "Paul Roy, the lawyer of Claire
     * Dubois, arrived" lets "the lawyer of Claire Dubois" be Roy. The sentences' names are gathered once, on the
     * first question.
     */
    private boolean namedWith(String person, String owner) {
        if (namesBySentence == null) {
            namesBySentence = new ArrayList<>();
            for (int p = 1; p <= reading.paragraphs.size(); p++) {
                Map<Integer, Set<String>> here = new HashMap<>();
                for (Mention o : in(p)) {
                    if (o.kind() == Mention.Kind.PERSON) {
                        here.computeIfAbsent(reading.sentence(p, o.start())[0], k -> new HashSet<>()).add(o.name());
                    }
                }
                here.values().stream().filter(names -> names.size() > 1).forEach(namesBySentence::add);
            }
        }
        return namesBySentence.stream().anyMatch(names -> names.contains(person) && names.contains(owner));
    }

    /** The names of each sentence that names two people or more; made by {@link #namedWith} when first asked. */
    private List<Set<String>> namesBySentence;

    /**
     * The name resolved for a description, or null when it is the person the description belongs to or one who
     * holds another post of the same noun ({@link #otherPost}).
     */
    private String other(Mention d, String name, String owner) {
        return name != null && name.equals(owner) || otherPost(d, name) ? null : name;
    }

    /**
     * The words of the title right before a person's name, up to four, lower-cased: "Civil Aviation Minister
     * Hardeep Singh Puri" gives "civil", "aviation", "minister". Stops at punctuation and at a determiner.
     */
    private Set<String> titleWords(Mention m) {
        Set<String> words = new HashSet<>();
        List<Word> all = reading.words(m.paragraph());
        int i = Word.indexAt(all, m.start());
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            Word w = all.get(k);
            if (!w.isWord() || DETERMINERS.contains(w.key()) || STOPS.contains(w.key())) {
                break;
            }
            words.add(w.key());
        }
        return words;
    }

    /**
     * True when an English description names a post with a word of its own ("the local health minister") that
     * the title beside a person's name does not hold, while that title holds words of its own besides the post
     * ("Civil Aviation Minister Hardeep Singh Puri"): another minister, whom the article does not name.
     */
    private boolean otherPost(Mention d, String name) {
        if (name == null || !"en".equals(reading.lang) || d.kind() != Mention.Kind.DESCRIPTION) {
            return false;
        }
        String head = roleOf.get(d);
        Set<String> title = titleWordsOf.getOrDefault(name, Set.of());
        if (head == null || title.stream().noneMatch(t -> !t.equals(head) && !lexicon.isStopWord(t))) {
            return false;
        }
        List<Word> all = reading.words(d.paragraph());
        int h = Word.indexAt(all, d.start());
        while (h < all.size() && all.get(h).end() <= d.end() && !all.get(h).key().equals(head)) {
            h++;
        }
        boolean qualified = false;
        for (int k = h - 1; k >= 0 && k >= h - 3; k--) {
            Word w = all.get(k);
            if (!w.isWord() || w.isCapitalised() || DETERMINERS.contains(w.key()) || STOPS.contains(w.key())) {
                break;
            }
            if (title.contains(w.key())) {
                return false; // "the health minister" for "Health Minister Ann Lee"
            }
            qualified |= w.text().length() >= 4 && lexicon.description(w.text()) == 0 && !FORMER.contains(w.key());
        }
        return qualified;
    }

    /**
     * The institution noun in the possessive right before a document ("the government's statement", "the company's
     * letter"), as its mention, or null.
     */
    private Mention possessiveInstitution(Mention document) {
        List<Word> words = reading.words(document.paragraph());
        int first = Word.indexAt(words, document.start());
        for (int k = Math.max(1, first - 2); k <= first + 1 && k + 1 < words.size(); k++) {
            if (NameRun.isApostrophe(words.get(k)) && words.get(k + 1).is("s")) {
                int end = words.get(k).start();
                for (Mention o : in(document.paragraph(), 0, end)) {
                    if (o.end() == end && o.kind() == Mention.Kind.DOCUMENT && isInstitution(o)) {
                        return o;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** True for a document whose owner is a lower-case noun in the possessive: "the family's statement". */
    private boolean ownedByCommonNoun(Mention document) {
        List<Word> all = reading.words(document.paragraph());
        int first = Math.max(0, Word.indexAt(all, document.start()) - 2);
        List<Word> words = all.subList(first, Math.min(all.size(), Word.indexAt(all, document.end()) + 1));
        for (int k = 1; k + 1 < words.size(); k++) {
            Word owner = words.get(k - 1);
            if (NameRun.isApostrophe(words.get(k)) && words.get(k + 1).is("s") && owner.isWord()
                    && !owner.isCapitalised() && !DETERMINERS.contains(owner.key())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person or organisation named right after a document, joined to it as its author (« le communiqué de la
     * préfecture », "a letter from Ann Lee"); null when none is.
     */
    public String authorAfter(Mention document) {
        String text = reading.text(document.paragraph());
        for (Mention n : in(document.paragraph(), document.end(), document.end() + 16)) {
            if (n.start() < document.end() || n.quoted()) {
                continue;
            }
            boolean named = n.isName() && (n.kind() == Mention.Kind.PERSON || n.kind() == Mention.Kind.ORGANIZATION);
            return named && authorLink(text.substring(document.end(), n.start())) ? n.name() : null;
        }
        return null;
    }

    /**
     * The organisation an institution noun stands for: "le ministère" → the last organisation named before it
     * whose name holds that noun ("ministère de l'Intérieur", "the agency" → "Online News Agency"), else the last organisation named in this
     * paragraph or the two before, else the organisation the article named most often before it (the latest of
     * equals); null when none.
     */
    private String institution(Mention d) {
        String noun = roleOf.get(d);
        String same = null;
        String any = null;
        String publicBody = null;
        Map<String, Integer> named = new LinkedHashMap<>();
        Map<String, Integer> sameNamed = new HashMap<>();
        for (Mention m : mentions) {
            if (m.paragraph() > d.paragraph() || m.paragraph() == d.paragraph() && m.start() >= d.start()) {
                break;
            }
            if (m.kind() != Mention.Kind.ORGANIZATION || m.quoted()) {
                continue;
            }
            String key = " " + Lexicon.key(m.name()) + " ";
            if (key.contains(" " + noun + " ") || sameKind(noun, key)) { // "the news agency" → "Online News Agency"
                int count = sameNamed.merge(m.name(), 1, Integer::sum);
                if (same == null || count >= sameNamed.get(same)) {
                    same = m.name(); // of two courts, the one named more often, else the later one
                }
            }
            boolean outlet = outlet(m) || venue(m) || otherKind(noun, key);
            if (!outlet) {
                named.merge(m.name(), 1, Integer::sum);
            }
            if (m.paragraph() >= d.paragraph() - 2 && !outlet) {
                any = m.name();
                for (String body : PUBLIC_BODIES) {
                    if (key.contains(" " + body + " ")) {
                        publicBody = m.name(); // "the city" → "Municipality of Ravello"
                    }
                }
            }
        }
        if (same == null && (BODIES.contains(noun) || NATIONAL_BODIES.contains(noun) && qualifiedBody(d))) {
            return bodyName(d); // « le jury a salué », « le conseil d'administration a estimé », "the Israeli army"
        }
        if (same == null && NATIONAL_BODIES.contains(noun)) {
            for (Mention m : mentions) {
                if (m.paragraph() > d.paragraph() || m.paragraph() == d.paragraph() && m.start() >= d.start()) {
                    break;
                }
                if (m.kind() != Mention.Kind.PERSON && noun.equals(roleOf.get(m)) && qualifiedBody(m)) {
                    same = bodyName(m); // « L'armée égyptienne annonce … » ¶ « L'armée affirme … »: the same army;
                } // "The Lagos State government has …" then "The government said": the same government
            }
            if (same == null && ARMED_FORCES.contains(noun)) {
                return null; // "the army" is not whatever organisation was named last, the group it fought least
            }
        }
        if (same == null && PUBLIC_BODIES.contains(noun)) {
            return publicBody != null ? publicBody : bodyName(d); // « Selon la préfecture, « … » »
        }
        if (same != null || any != null) {
            return same != null ? same : any;
        }
        String most = null; // "the company" far from any name: the organisation the article names most
        for (Map.Entry<String, Integer> e : named.entrySet()) {
            if (most == null || e.getValue() >= named.get(most)) {
                most = e.getKey();
            }
        }
        return most;
    }


    /**
     * True when a word of an organisation's name (as a key, spaces around) names the same kind of body as an
     * institution noun, by the groups of {@code posts.txt}: "the union" → "Transport Workers' Federation",
     * « le syndicat » → « Confédération générale du travail ».
     */
    private boolean sameKind(String noun, String key) {
        if (noun == null) {
            return false;
        }
        for (String word : key.trim().split(" ")) {
            if (!word.equals(noun) && lexicon.samePost(word, noun)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an organisation's name (as a key, spaces around) holds a {@link #STATE_BODIES} noun and the
     * institution noun is none of them: "the charity" is not "Severn Vale Police", « le club » not « la préfecture ».
     */
    private static boolean otherKind(String noun, String key) {
        if (noun == null || STATE_BODIES.contains(noun)) {
            return false;
        }
        for (String body : STATE_BODIES) {
            if (key.contains(" " + body + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Words before an outlet's name: "told the BBC", « au micro de France Inter », « dans un entretien au Monde ». */
    private static final Set<String> OUTLET_CUES = Set.of("told", "tell", "tells", "telling", "micro", "antenne",
            "colonnes", "entretien", "interview", "plateau", "interviewed");

    /** Prepositions of a place where a text appears: "published in the Times", « repris sur le site du Monde ». */
    private static final Set<String> VENUE_PREPOSITIONS = Set.of("in", "on", "at", "via", "dans", "sur");

    /**
     * True for an organisation named as where a document appeared, a few words after "in" / "on" / « dans » /
     * « sur » in its clause: "a letter … published in Monday's edition of the Times and reprinted on the
     * Guardian's site" was written by neither.
     */
    private boolean venue(Mention m) {
        List<Word> words = reading.words(m.paragraph());
        int i = Word.indexAt(words, m.start());
        if (i >= 2 && words.get(i - 1).is("at") && words.get(i - 2).isWord()
                && (personNoun(words.get(i - 2)) || words.get(i - 2).is("staff"))) {
            return false; // "workers at Acme Corp", "an engineer at Acme": the employer, not where it appeared
        }
        return cueBefore(m, VENUE_PREPOSITIONS, 8, true); // not "In Paris, Le Monde said"
    }

    /**
     * True when one of the {@code cues} (written in lower case, where {@code lowerCase}) stands among the
     * {@code window} words before a mention, with no punctuation between them (apostrophes aside).
     */
    private boolean cueBefore(Mention m, Set<String> cues, int window, boolean lowerCase) {
        List<Word> words = reading.words(m.paragraph());
        int i = Word.indexAt(words, m.start());
        for (int k = i - 1; k >= Math.max(0, i - window); k--) {
            Word w = words.get(k);
            if (cues.contains(w.key()) && !(lowerCase && w.isCapitalised())) {
                return true;
            }
            if (!w.isWord() && !NameRun.isApostrophe(w)) {
                return false;
            }
        }
        return false;
    }

    /** True for an organisation named as where something was said, which no later "the agency" refers to. */
    private boolean outlet(Mention m) {
        return cueBefore(m, OUTLET_CUES, 4, false);
    }

    /**
     * Bodies that deliberate and speak as one, which an article names by their noun alone: « le jury », « le
     * conseil d'administration », "the court". With no organisation of that noun named before, the speaker is
     * the body as written.
     */
    private static final Set<String> BODIES = Set.of("jury", "tribunal", "cour", "court", "conseil", "board",
            "commission", "comité", "committee", "panel", "intersyndicale", "police", "gendarmerie", "coalition");

    /**
     * The armed forces among {@link #NATIONAL_BODIES}: such a noun is the same force named earlier with its demonym
     * (« l'armée égyptienne » … « l'armée »), never a company, party or group that the article names.
     */
    private static final Set<String> ARMED_FORCES = Set.of("army", "military", "navy", "armée", "marine");

    /** Nouns of a state's arms, which a demonym names: "the Israeli army", « la diplomatie canadienne ». */
    private static final Set<String> NATIONAL_BODIES = Set.of("army", "military", "navy", "armée", "marine",
            "diplomatie", "government", "gouvernement", "ministry", "ministère", "police");

    /**
     * True for an institution noun that a demonym or an acronym says whose it is: "the Israeli army", "the US
     * military", « l'armée israélienne », « la diplomatie française ». Such a body is named by those words.
     */
    private boolean qualifiedBody(Mention d) {
        List<Word> words = reading.words(d.paragraph());
        int noun = Word.indexAt(words, d.end()) - 1;
        if (noun < 0) {
            return false;
        }
        for (int k = noun - 1; k >= 0 && noun - k <= 2 && words.get(k).start() >= d.start(); k--) {
            Word w = words.get(k);
            if (w.isCapitalised() && (lexicon.demonym(w.text()) != 0 || w.isAcronym()
                    || "en".equals(reading.lang) && !THE.contains(w.key()) && !DEMONSTRATIVES.contains(w.key()))) {
                return true; // English: the modifier before the noun ("the Israeli army", "the Ontario government")
            }
        }
        Word next = noun + 1 < words.size() ? words.get(noun + 1) : null;
        return next != null && next.isWord() && !next.isCapitalised() && lexicon.demonym(next.text()) != 0;
    }

    /** A body's noun with its lower-case complement: « conseil d'administration », "jury". */
    private String bodyName(Mention d) {
        List<Word> words = reading.words(d.paragraph());
        int k = Word.indexAt(words, d.end());
        int end = d.end();
        if (k + 1 < words.size() && OF.contains(words.get(k).key())) {
            int j = k + 1;
            while (j < words.size() && NameRun.isApostrophe(words.get(j))) {
                j++;
            }
            if (j < words.size() && words.get(j).isWord() && !words.get(j).isCapitalised()
                    && !THE.contains(words.get(j).key()) && !lexicon.isStopWord(words.get(j).text())) {
                end = words.get(j).end(); // « conseil d'administration », « comité de direction »
            }
        }
        int next = Word.indexAt(words, end);
        if (end == d.end() && next < words.size() && words.get(next).isWord() && !words.get(next).isCapitalised()
                && (lexicon.demonym(words.get(next).text()) != 0 || BODY_ADJECTIVES.contains(words.get(next).key()))) {
            end = words.get(next).end(); // « le gouvernement malien », « le conseil municipal »
        }
        String text = reading.text(d.paragraph());
        int start = Word.indexAt(words, d.start());
        while (start < words.size() && (THE.contains(words.get(start).key())
                || DEMONSTRATIVES.contains(words.get(start).key()) || NameRun.isApostrophe(words.get(start)))) {
            start++; // not « Cette commission »: the body's noun
        }
        int first = Math.min(start, words.size() - 1);
        String name = text.substring(words.get(first).start(), end);
        boolean opening = first == 0 || ".!?:".contains(words.get(first - 1).text());
        return opening && lexicon.description(words.get(first).text()) != 0
                ? name.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + name.substring(1) // "Police said": police
                : name;
    }

    /**
     * Institution nouns that name a public body: "le gouvernement" is not the last company named, so these
     * stand only for an organisation named with the same noun ("le ministère" → "ministère de la Santé").
     */
    private static final Set<String> PUBLIC_BODIES = Set.of("ministère", "ministry", "gouvernement", "government",
            "mairie", "préfecture", "parquet", "municipalité", "municipality", "city", "council", "conseil",
            "department", "board");

    /** Nouns of the state's bodies: an organisation named with one is no company, charity, union or club. */
    private static final Set<String> STATE_BODIES = java.util.stream.Stream.concat(PUBLIC_BODIES.stream(),
            java.util.stream.Stream.of("police", "gendarmerie", "court", "cour", "tribunal", "army", "armée"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Adjectives that say which body an institution noun is: « le conseil municipal », « le gouvernement fédéral ». */
    private static final Set<String> BODY_ADJECTIVES = Set.of("national", "nationale", "fédéral", "fédérale",
            "régional", "régionale", "municipal", "municipale", "départemental", "départementale", "local", "locale",
            "provincial", "provinciale", "central", "centrale", "constitutionnel", "constitutionnelle");

    private static final Set<String> POSSESSIVES = Set.of("son", "sa", "ses", "leur", "his", "her", "their");

    /** True for "son complice", "her colleague": a description of someone by their tie to another person. */
    private boolean possessiveDeterminer(Mention m) {
        List<Word> words = reading.words(m.paragraph());
        int i = Word.indexAt(words, m.start());
        if (i < words.size() && POSSESSIVES.contains(words.get(i).key())) {
            return true;
        }
        for (int k = i - 1; k >= Math.max(0, i - 2); k--) { // "his longtime producer", « son ancien avocat »
            Word w = words.get(k);
            if (POSSESSIVES.contains(w.key())) {
                return true;
            }
            if (!w.isWord() || w.isCapitalised()) {
                return false;
            }
        }
        return false;
    }

    /**
     * The organisation or institution that opens a sentence of this paragraph before {@code offset} (its first
     * mention, outside quotations, with at most an article before it), resolved; or null. A communiqué quoted in a paragraph where nobody spoke yet is
     * that body's.
     */
    private String bodyOpening(int paragraph, int offset) {
        int sentence = -1;
        for (Mention m : in(paragraph, bodyStart(paragraph), offset)) {
            int start = reading.sentence(paragraph, m.start())[0];
            if (start == sentence || m.quoted() || m.start() >= offset) {
                continue;
            }
            sentence = start;
            if (m.start() - start > 4) {
                continue; // « Au cours de ses années chez Anthropic, Sharma … »: not what the sentence opens with
            }
            if (m.kind() == Mention.Kind.ORGANIZATION && !outlet(m) && !venue(m)) {
                return m.name();
            }
            if ((m.kind() == Mention.Kind.DESCRIPTION || m.kind() == Mention.Kind.DOCUMENT) && isInstitution(m)) {
                String name = resolve(m);
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /** The most salient person of a pronoun's gender before a place, other than one already ruled out; or null. */
    public String salientOtherThan(Mention pronoun, int paragraph, int offset, String excluded) {
        return salient(paragraph, offset, pronoun.gender(), false, null, excluded);
    }

    /** The most salient person (or organisation, if allowed) before a place. */
    private String salient(int paragraph, int offset, char gender, boolean organizations) {
        return salient(paragraph, offset, gender, organizations, null);
    }

    /**
     * The most salient person before a place who may bear a role noun: a person introduced with other roles
     * ("Bruno Le Maire, ministre") is not "le procureur".
     */
    private String salient(int paragraph, int offset, char gender, boolean organizations, String role) {
        return salient(paragraph, offset, gender, organizations, role, null);
    }

    /**
     * How many sentences further back a pronoun of known gender looks for a person of that gender when the nearest
     * person's gender is unknown: « La navigatrice X … Son équipe, dirigée par Y, … « … », a-t-elle dit » is X's.
     */
    private static final int UNSURE_REACH = 3;

    private String salient(int paragraph, int offset, char gender, boolean organizations, String role,
                           String exclude) {
        String unsure = null; // the nearest person of unknown gender, while a person of the pronoun's is looked for
        int further = 0;
        for (int p = paragraph; p >= 1; p--) {
            List<int[]> sentences = sentencesBefore(p, p == paragraph ? offset : Integer.MAX_VALUE);
            for (int s = sentences.size() - 1; s >= 0; s--) {
                if (unsure != null && ++further > UNSURE_REACH) {
                    return unsure;
                }
                int[] range = sentences.get(s);
                String name = null;
                Mention object = null;
                String referred = null;
                for (Mention m : in(p, range[0], range[1])) {
                    if (m.start() < range[0] || m.start() >= range[1] || m.quoted()) {
                        continue;
                    }
                    Set<String> roles = m.kind() == Mention.Kind.PERSON ? rolesOf.getOrDefault(m.name(), Set.of())
                            : Set.of();
                    if (role != null && holdsPost(roles) && !compatible(roles, role)) {
                        continue;
                    }
                    if (role != null && m.kind() == Mention.Kind.PERSON && roles.isEmpty()
                            && givenNameAlone(m.name())) {
                        continue; // « Maxence a porté secours … », « a expliqué le procureur »: a witness named by
                    } // the given name alone holds no post
                    if (m.name() != null && m.name().equals(exclude)) {
                        continue;
                    }
                    if (m.kind() == Mention.Kind.PERSON && m.agrees(gender)
                            || organizations && m.kind() == Mention.Kind.ORGANIZATION && !venue(m)) {
                        name = m.name();
                        object = m.kind() == Mention.Kind.PERSON && !viewHolder(reading.words(p), m)
                                && (syntax.inPrepositionalPhrase(reading.words(p), m)
                                || Syntax.agent(reading.words(p), m)) ? m : null;
                        break;
                    }
                    if (organizations && m.kind() == Mention.Kind.DOCUMENT && isInstitution(m)) {
                        name = resolve(m); // « Le conseil d'administration a renouvelé … » ¶ « … », indique le communiqué
                        if (name != null) {
                            break;
                        }
                    }
                    if (referred == null && (m.kind() == Mention.Kind.PRONOUN || m.kind() == Mention.Kind.DESCRIPTION)
                            && m.agrees(gender) && m.gender() != 'n') {
                        String who = resolve(m);
                        Set<String> theirs = who == null ? Set.of() : rolesOf.getOrDefault(who, Set.of());
                        boolean agrees = who != null && agrees(who, gender) // "his director" resolved to a man
                                && !who.equals(exclude); // "X said he … His lawyer said": "he" is X, excluded too
                        if (agrees && (role == null || !holdsPost(theirs) && !givenNameAlone(who)
                                || compatible(theirs, role))) {
                            referred = who;
                        }
                    }
                }
                if (name != null && unsure == null && (gender == 'm' || gender == 'f') && gender(name) == '?'
                        && isPerson(name) && object != null) {
                    unsure = name; // "dirigée par Yerlan X", "speaking to Martin Y": no subject, maybe not the one
                    continue;
                }
                if (name != null && (unsure == null || gender(name) == gender)) {
                    return name;
                }
                if (referred != null && (unsure == null || gender(referred) == gender)) {
                    return referred;
                }
            }
        }
        return unsure;
    }

    /**
     * True for a person whose view the words before introduce: « Pour Paul X, « … » », « selon Paul X », "according
     * to Paul X" — the one who speaks, though a preposition stands before the name.
     */
    private static boolean viewHolder(List<Word> words, Mention m) {
        int i = Word.indexAt(words, m.start());
        if (i < 1 || i > words.size()) {
            return false;
        }
        if (i >= 2 && words.get(i - 1).is("to")) {
            i--; // "according to"
        }
        return Sources.isSelon(words, i - 1) || words.get(i - 1).is("pour") && (i == 1 || !words.get(i - 2).isWord());
    }

    /** Words after which "one of" names somebody unnamed: "One of the victims", "one of his neighbours". */
    private static final Set<String> OF_DETERMINERS = Set.of("the", "his", "her", "their", "its", "our");

    /**
     * True where a sentence opens with somebody it does not name as its subject, who may be a pronoun's antecedent
     * of this gender: "One of the victims …", "A local resident …", "Another witness …", « L'une des victimes … »,
     * « Une habitante du quartier … », « Un témoin … »; not where the sentence names a person ("One of the
     * researchers, Ole Berg, …").
     */
    public boolean opensWithSomeone(int paragraph, int start, char gender) {
        int end = reading.sentence(paragraph, start)[1];
        if (in(paragraph, start, end).stream().anyMatch(m -> m.kind() == Mention.Kind.PERSON && !m.quoted())) {
            return false; // "One of the researchers, Ole Berg, said …": named after all
        }
        List<Word> words = reading.words(paragraph);
        int i = Word.indexAt(words, start);
        while (i < words.size() && !words.get(i).isWord()) {
            i++;
        }
        if (i + 3 >= words.size()) {
            return false;
        }
        Word first = words.get(i);
        if (first.is("One") && words.get(i + 1).is("of") && OF_DETERMINERS.contains(words.get(i + 2).key())) {
            return personNoun(words.get(i + 3));
        }
        if (first.is("L") && NameRun.isApostrophe(words.get(i + 1)) && (words.get(i + 2).is("un") && gender == 'm'
                || words.get(i + 2).is("une") && gender == 'f') && (words.get(i + 3).is("des") || words.get(i + 3).is("de"))) {
            return true; // « L'une des victimes », « l'un de ses voisins »
        }
        boolean indefinite = first.is("A") || first.is("An") || first.is("Another")
                || first.is("Un") && gender == 'm' || first.is("Une") && gender == 'f';
        if (!indefinite) {
            return false;
        }
        for (int k = i + 1; k < Math.min(words.size(), i + 4); k++) {
            Word w = words.get(k);
            if (!w.isWord() || w.isCapitalised()) {
                return false;
            }
            if (personNoun(w)) {
                return !fragment(words, k, end);
            }
        }
        return false;
    }

    /**
     * True when the noun at k ends a verbless sentence, only a relative clause after it: « Pauline a mis le petit
     * dernier dans la poussette. Une maman, qui n'est pas inquiète. » describes the woman just named.
     */
    static boolean fragment(List<Word> words, int k, int end) {
        if (k + 2 >= words.size() || !words.get(k + 1).is(",")
                || !(words.get(k + 2).is("qui") || words.get(k + 2).is("who") || words.get(k + 2).is("dont"))) {
            return false;
        }
        for (int j = k + 3; j < words.size() && words.get(j).start() < end; j++) {
            if (words.get(j).is(",")) {
                return false; // « Une maman, qui attendait, nous a dit … »: the relative clause closes, a verb follows
            }
        }
        return true;
    }

    /** True for a noun that may describe a person ("victim", « habitante »), singular or plural. */
    private boolean personNoun(Word w) {
        char g = lexicon.description(w.text());
        if (g == 0 && w.text().length() > 3 && (w.text().endsWith("s") || w.text().endsWith("x"))) {
            g = lexicon.description(w.text().substring(0, w.text().length() - 1));
        }
        return g == 'm' || g == 'f' || g == '?';
    }

    private List<int[]> sentencesBefore(int paragraph, int offset) {
        List<int[]> list = new ArrayList<>();
        for (int[] s : reading.sentences.get(paragraph - 1)) {
            if (s[0] < offset) {
                list.add(new int[] {s[0], Math.min(s[1], offset)});
            }
        }
        return list;
    }

    /** True when some person is named (outside quotations) before a mention. */
    private boolean anyoneBefore(Mention d) {
        for (Mention m : mentions) {
            if (m.paragraph() > d.paragraph() || m.paragraph() == d.paragraph() && m.start() >= d.start()) {
                return false;
            }
            if (m.kind() == Mention.Kind.PERSON && !m.quoted()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one person given a role of the description's post in the rest of its paragraph or the next one, when
     * nobody before held it: « « … », avait lancé la procureure. » then « La magistrate, Hélène Castagnier, avait
     * requis … ». Null for a description of no post, or when none or several are so named.
     */
    private String namedLaterWithRole(Mention d) {
        String role = post(d);
        if (role == null) {
            return null;
        }
        Set<String> found = new HashSet<>();
        for (int p = d.paragraph(); p <= Math.min(reading.paragraphs.size(), d.paragraph() + 1); p++) {
            for (Mention m : in(p)) {
                if ((p > d.paragraph() || m.start() > d.end()) && !m.quoted() && m.kind() == Mention.Kind.PERSON
                        && m.agrees(d.gender()) && compatible(rolesOf.getOrDefault(m.name(), Set.of()), role)) {
                    found.add(m.name());
                }
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /**
     * The offset of the first reporting verb after a description and before {@code offset}, or {@code offset}: a
     * name after that verb is in what the description's holder said, and is not them.
     */
    private int beforeVerb(Mention d, int offset) {
        List<Word> words = reading.words(d.paragraph());
        for (int k = Word.indexAt(words, d.end()); k < words.size() && words.get(k).start() < offset; k++) {
            Word w = words.get(k);
            if (w.isWord() && !w.isCapitalised() && lexicon.isReportingVerb(w.text())) {
                return w.start();
            }
        }
        return offset;
    }

    /** The first person named after a description in its paragraph, agreeing in gender. */
    private String after(Mention d) {
        int sentenceEnd = reading.sentence(d.paragraph(), d.start())[1];
        for (Mention m : in(d.paragraph(), sentenceEnd, Integer.MAX_VALUE)) {
            // not one named later in the description's own sentence: "The senator said Trump had “…”"
            if (m.start() >= sentenceEnd && !m.quoted()
                    && m.kind() == Mention.Kind.PERSON && m.agrees(d.gender())) {
                return m.name();
            }
        }
        // a lead that names nobody ("Le ministre de l'Agriculture a déclaré …"): the person of the next
        // paragraph who is given that role noun
        String role = post(d);
        String first = null;
        boolean opening = false;
        for (Mention m : in(d.paragraph() + 1)) {
            if (role != null && !m.quoted() && m.kind() == Mention.Kind.PERSON && m.agrees(d.gender())
                    && compatible(rolesOf.getOrDefault(m.name(), Set.of()), role)) {
                return m.name();
            }
            if (first == null && !m.quoted() && m.kind() == Mention.Kind.PERSON) {
                first = m.agrees(d.gender()) && !holdsPost(rolesOf.getOrDefault(m.name(), Set.of())) ? m.name() : "";
                opening = m.start() == bodyStart(m.paragraph());
            }
        }
        // « Le ministre de l'Agriculture a demandé « … » » ¶ « Dans un communiqué, Henri X indique … »: the first
        // person of the next paragraph, given no other post, when the description's paragraph names nobody after it;
        // a description of what someone is, not of a post, only when that person opens the next paragraph: « « … »,
        // a lancé l'ancien footballeur. » ¶ « Jean X, 45 ans, a joué dix saisons au club. »
        return (role != null || opening) && first != null && !first.isEmpty() ? first : null;
    }

    /**
     * The one person named before a description who was given its role noun, or null (none, or several). One given
     * the very noun wins over those given a noun of the same post: « le demi de mêlée » is the one called so, not
     * the captain, though a captain is a player too.
     */
    private String byRole(Mention d) {
        String role = post(d);
        if (role == null) {
            return null;
        }
        String exact = onlyHolder(d, m -> rolesOf.getOrDefault(m.name(), Set.of()).contains(role));
        return exact != null ? exact : onlyHolder(d, m -> compatible(rolesOf.getOrDefault(m.name(), Set.of()), role));
    }

    /**
     * The one person named before a ranked description (see {@link #RANKS}) with the same rank word near one of
     * their mentions ("Deputy Mayor Ann Cole" … "the deputy mayor"); null for none or several.
     */
    private String rankedHolder(Mention d, String rank) {
        return onlyHolder(d, m -> !m.quoted() && rankNear(m, rank));
    }

    /** True when a rank word stands among the words around a person's mention ("Deputy Mayor Ann Cole"). */
    private boolean rankNear(Mention m, String rank) {
        List<Word> words = reading.words(m.paragraph());
        int first = Word.indexAt(words, m.start());
        for (int k = Math.max(0, first - 6); k < Math.min(words.size(), first + 12); k++) {
            if (words.get(k).key().equals(rank)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words that make a post another one: "the Shadow Health Secretary", "the deputy mayor", « le maire adjoint »,
     * « la vice-présidente ». A description with one of these is not bound to the holder of the plain post.
     */
    private static final Set<String> RANKS = Set.of("shadow", "deputy", "assistant", "vice", "junior", "adjoint",
            "adjointe", "adjoints", "adjointes", "suppléant", "suppléante", "intérimaire", "acting", "interim");

    /** The {@link #RANKS} word a description holds ("shadow" of "the Shadow Health Secretary"), or null. */
    private String rank(Mention d) {
        List<Word> words = reading.words(d.paragraph());
        int first = Word.indexAt(words, d.start());
        int from = first;
        while (from > 0 && first - from < 3 && words.get(from - 1).isWord()) {
            from--; // "the Shadow Health Secretary": the rank may stand before the words of the mention
        }
        for (int k = from; k < words.size() && words.get(k).end() <= d.end() + 12; k++) {
            Word w = words.get(k);
            if (RANKS.contains(w.key())) {
                return w.key();
            }
            if (w.end() > d.end() && !w.isWord()) {
                break;
            }
        }
        return null;
    }

    /**
     * The mention of the one person named before an organisation in the possessive who holds a post there: "Acme's
     * chief executive" after "Ann Lee, the chief executive of Acme" or "Acme chief executive Ann Lee" gives Ann
     * Lee's latest mention. The holder must hold the post's noun ({@link Lexicon#roleBase}) and be named in one
     * sentence with the organisation; null for no post, no such person, or several.
     */
    public Mention postHolderAt(Mention organization, String post, int paragraph) {
        if (post == null) {
            return null;
        }
        String role = lexicon.roleBase(post);
        Set<String> found = new HashSet<>();
        Mention latest = null;
        for (Mention m : mentions) {
            if (m.paragraph() > paragraph || m.paragraph() == paragraph && m.start() >= organization.start()) {
                break;
            }
            if (m.kind() == Mention.Kind.PERSON && rolesOf.getOrDefault(m.name(), Set.of()).contains(role)
                    && sentenceNames(m, organization.name())) {
                found.add(m.name());
                latest = m;
            }
        }
        return found.size() == 1 ? latest : null;
    }

    /** True when the sentence of a mention names an organisation of the given name. */
    private boolean sentenceNames(Mention m, String organization) {
        int[] sentence = reading.sentence(m.paragraph(), m.start());
        for (Mention o : in(m.paragraph(), sentence[0], sentence[1])) {
            if (o.kind() == Mention.Kind.ORGANIZATION && organization.equals(o.name())) {
                return true;
            }
        }
        return false;
    }

    /** The one person named before a description, agreeing with it, whose mention passes a test; else null. */
    private String onlyHolder(Mention d, Predicate<Mention> holds) {
        Set<String> found = new HashSet<>();
        for (Mention m : mentions) {
            if (m.paragraph() > d.paragraph() || (m.paragraph() == d.paragraph() && m.start() >= d.start())) {
                break;
            }
            if (m.kind() == Mention.Kind.PERSON && m.agrees(d.gender()) && holds.test(m)) {
                found.add(m.name());
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /**
     * The person a paragraph is about before a description: a person who opens one of the paragraph's earlier
     * sentences, agrees with it and holds no post. Two sides each have a coach: in « Côté visiteurs, Paul Roux ne
     * cachait pas sa frustration. « … », a regretté le manager », the manager is Roux, not the other side's
     * coach named in an earlier paragraph. Null when there is none.
     */
    private String paragraphFocus(Mention d) {
        int[] own = reading.sentence(d.paragraph(), d.start());
        String focus = null;
        for (int[] s : reading.sentences.get(d.paragraph() - 1)) {
            if (s[1] > own[0]) {
                break;
            }
            for (Mention m : in(d.paragraph(), s[0], s[1])) {
                if (m.start() < s[0] || m.quoted()) {
                    continue;
                }
                if (m.kind() == Mention.Kind.PERSON && m.agrees(d.gender())
                        && !holdsPost(rolesOf.getOrDefault(m.name(), Set.of()))) {
                    focus = m.name();
                }
                break; // only the first mention of the sentence, its subject as a rule
            }
        }
        return focus;
    }

    /** True when a person is named in a mention's paragraph before it. */
    private boolean namedInParagraph(String name, Mention d) {
        for (Mention m : in(d.paragraph(), 0, d.start())) {
            if (m.start() < d.start() && name.equals(m.kind() == Mention.Kind.PERSON ? m.name() : resolved.get(m))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one person named before with the post a description says was theirs: « L'ancien maire de Vallon,
     * Gérard Roche, … » then « L'ancien maire, lui, s'est contenté de … » is Roche, not the last man named. Null
     * for a description of no former post, and when no one or several hold it.
     */
    private String formerHolder(Mention d) {
        String noun = roleOf.get(d);
        if (noun == null || lexicon.description(noun) == 0 || lexicon.isDescriptor(noun)) {
            return null;
        }
        String base = lexicon.roleBase(noun);
        if (base == null) {
            return null;
        }
        return onlyHolder(d, m -> rolesOf.getOrDefault(m.name(), Set.of()).stream()
                .anyMatch(r -> base.equals(lexicon.roleBase(r))));
    }

    /** Prepositions between a post and the name of whom one holds it: "engineer at X", « ingénieur chez X ». */
    private static final Set<String> EMPLOYER = Set.of("at", "for", "chez");

    /** The role nouns next to a person's name: "le PDG du groupe X", "X, responsable de la sécurité". */
    private Set<String> rolesAround(Mention m) {
        Set<String> roles = new HashSet<>();
        List<Word> words = reading.words(m.paragraph());
        int first = Word.indexAt(words, m.start());
        int last = first - 1;
        while (last + 1 < words.size() && words.get(last + 1).end() <= m.end()) {
            last++;
        }
        if (first >= words.size() || last < first) {
            return roles;
        }
        int from = first - 1 >= 0 && words.get(first - 1).is(",") ? first - 2 : first - 1;
        for (int k = from; k >= Math.max(0, from - 6); k--) {
            Word w = words.get(k);
            if (!w.isWord() && !NameRun.isApostrophe(w) || lexicon.description(w.text()) == 'o'
                    || EMPLOYER.contains(w.key())) {
                break; // "an engineer at Merrow Marine": the post is not the employer's
            }
            addRole(roles, w);
            if (w.isWord() && w.isCapitalised() && !isOrigin(w)) {
                roles.add(BODY + w.key()); // « le secrétaire général de l'ONU, Antonio X »: the body of his post
            }
        }
        if (last + 1 < words.size() && words.get(last + 1).is(",")) {
            for (int k = last + 3; k < Math.min(words.size(), last + 9); k++) {
                Word w = words.get(k);
                if (!w.isWord() && !NameRun.isApostrophe(w)) {
                    break;
                }
                if (w.isCapitalised() && !isOrigin(w)) {
                    roles.add(BODY + w.key()); // "Ann Lee, secretary-general of the UN,"
                }
            }
            for (int k = last + 2; k < Math.min(words.size(), last + 5); k++) {
                Word w = words.get(k);
                if (!w.isWord()) {
                    break;
                }
                addRole(roles, w);
                if (k == last + 2 && lexicon.description(w.text()) == 0 && !w.isCapitalised()
                        && w.text().length() >= 4 && !lexicon.isStopWord(w.text())
                        && !lexicon.isReportingVerbAfterQuote(w.text()) && !w.key().endsWith("ant")
                        && !CLAUSE_WORDS.contains(w.key())) {
                    roles.add(OCCUPATION + w.key()); // « Karim Benali, soudeur depuis vingt ans, »: a trade, unlisted
                }
            }
        }
        return roles;
    }

    /** Words that open a clause after a name's comma, not a noun: ", whose parish …", « , dont la famille … ». */
    private static final Set<String> CLAUSE_WORDS = Set.of("who", "whose", "whom", "which", "where", "when", "while",
            "qui", "que", "dont", "lequel", "laquelle", "lorsque", "quand", "alors", "elle", "lui", "also", "however");

    /** Marks the unlisted noun right after a name and its comma: an occupation, which is a post as the lists' are. */
    private static final String OCCUPATION = "=";

    /** Marks a capitalised word of the complement of a post beside a name: the body the post is of (« de l'ONU »). */
    private static final String BODY = "@";

    /** Marks a kinship noun set beside a name (« sa fille Pauline »): no post, but the noun may name that person. */
    private static final String KIN_ROLE = "%";

    private void addRole(Set<String> roles, Word w) {
        if (kin(w.key())) {
            roles.add(KIN_ROLE + w.key()); // « sa fille Pauline »: « sa fille » may name her again
        }
        char g = lexicon.description(w.text());
        if (g != 0 && g != 'd' && g != 'o' && !lexicon.isDescriptor(w.text())) {
            roles.add(lexicon.roleBase(w.text()));
        } else if (g == 0 && (w.text().length() >= STEM || isOrigin(w)) && !lexicon.isStopWord(w.text())) {
            roles.add(WORD + w.key()); // "responsable syndical": "syndical" tells « le syndicaliste »
        }
    }

    /** True for an adjective or noun of nationality: « brésilien », « russe », "Swedish", "Brazilian". */
    private boolean isOrigin(Word w) {
        return w.isWord() && (lexicon.demonym(w.text()) != 0 || lexicon.isNationality(w.text()));
    }

    /**
     * The nationality that qualifies a description, as a key: « le président suédois », « le chef de l'État
     * ukrainien » (French puts it after the noun or its complement), "the Swedish president" (English before it);
     * null when none does.
     */
    private String origin(Mention d) {
        List<Word> words = reading.words(d.paragraph());
        int k = Word.indexAt(words, d.end());
        if ("en".equals(reading.lang)) {
            int noun = k - 1;
            return noun >= 1 && isOrigin(words.get(noun - 1)) ? words.get(noun - 1).key() : null;
        }
        for (int j = k; j < words.size() && j <= k + 5 && (words.get(j).isWord() || NameRun.isApostrophe(words.get(j)));
                j++) { // « le chef de l'État ukrainien »: the elided article's apostrophe is part of the complement
            if (NameRun.isApostrophe(words.get(j))) {
                continue;
            }
            if (isOrigin(words.get(j)) && !words.get(j).isCapitalised()) {
                return words.get(j).key();
            }
            if (!(j == k || OF.contains(words.get(j).key()) || THE.contains(words.get(j).key())
                    || words.get(j).isCapitalised())) {
                return null; // « le président du conseil régional » names no nationality
            }
        }
        return null;
    }

    /** True when the roles beside a person's name give the nationality {@code origin} (its first five letters). */
    private boolean sameOrigin(String name, String origin) {
        String stem = WORD + origin.substring(0, Math.min(5, origin.length()));
        return rolesOf.getOrDefault(name, Set.of()).stream().anyMatch(r -> r.startsWith(stem));
    }

    /** True when the roles beside a person's name give a nationality other than {@code origin} (its first five letters). */
    private boolean otherOrigin(String name, String origin) {
        String stem = origin.substring(0, Math.min(5, origin.length()));
        for (String r : rolesOf.getOrDefault(name, Set.of())) {
            String word = r.startsWith(WORD) ? r.substring(1) : r;
            if (r.startsWith(WORD) && (lexicon.demonym(word) != 0 || lexicon.isNationality(word))
                    && !word.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** The shortest common beginning by which a word beside a name tells a role noun: "syndical" → « syndicaliste ». */
    private static final int STEM = 7;
    /** Marks a word beside a name that is no role noun but may share its stem with one. */
    private static final String WORD = "~";

    /**
     * The post a description names, as its listed base noun ("eurodéputée" → "député"), or null when it names
     * none that could tell people apart: a descriptor (« l'homme », "the 54-year-old", « le Danois ») or a
     * former post ("the former lawyer", « l'ancien ministre »), which may describe anyone in the article.
     */
    private String post(Mention d) {
        String noun = roleOf.get(d);
        if (noun == null || lexicon.description(noun) == 0 || lexicon.isDescriptor(noun) || noun.startsWith("ex-")) {
            return null;
        }
        List<Word> words = reading.words(d.paragraph());
        int first = Word.indexAt(words, d.start());
        for (int k = first - 1; k >= 0 && k >= first - 3 && words.get(k).isWord()
                && !DETERMINERS.contains(words.get(k).key()); k--) {
            first = k; // "the former studio executive": the mention starts at the noun before its head
        }
        for (int k = first; k < words.size() && words.get(k).start() < d.end(); k++) {
            if (FORMER.contains(words.get(k).key())) {
                return null;
            }
        }
        String base = lexicon.roleBase(noun);
        return HEADS.contains(base) && ofGovernment(words, Word.indexAt(words, d.end())) ? "minister" : base;
    }

    /**
     * The key of the capitalised word that names the body in a description's complement: « le chef de l'ONU » →
     * "onu", "the head of the WHO" → "who"; null when no "de" / "of" and capitalised word follow the description.
     */
    private String complementBody(Mention d) {
        List<Word> words = reading.words(d.paragraph());
        int k = Word.indexAt(words, d.end());
        if (k >= words.size() || !OF.contains(words.get(k).key())) {
            return null;
        }
        for (int j = k + 1; j < Math.min(words.size(), k + 4); j++) {
            Word w = words.get(j);
            if (w.isWord() && w.isCapitalised()) {
                return w.key();
            }
            if (!(THE.contains(w.key()) || NameRun.isApostrophe(w))) {
                return null;
            }
        }
        return null;
    }

    /** Nouns of whoever leads something, which "of government" makes a prime minister's post. */
    private static final Set<String> HEADS = Set.of("head", "chef", "leader", "chief");

    /**
     * True when the words from k are "of (the) government" / « du gouvernement »: "the head of government", « la
     * cheffe du gouvernement » is the prime minister (the head of state, the president, is in the president's group
     * of {@code posts.txt} already).
     */
    private static boolean ofGovernment(List<Word> words, int k) {
        if (k + 1 >= words.size() || !(words.get(k).is("of") || words.get(k).is("du"))) {
            return false;
        }
        int g = k + 1 + (words.get(k + 1).is("the") ? 1 : 0);
        return g < words.size() && (words.get(g).is("government") || words.get(g).is("gouvernement"));
    }

    private static final Set<String> FORMER = Set.of("former", "ancien", "ancienne", "ex", "onetime", "erstwhile");

    /** True when the roles beside a person's name hold a post, not only other words. */
    private static boolean holdsPost(Set<String> roles) {
        for (String r : roles) {
            if (!r.startsWith(WORD) && !r.startsWith(KIN_ROLE) && !r.startsWith(BODY)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a person's roles name a post: the same base noun, a noun of the same post (« le technicien » for
     * "l'entraîneur", {@link Lexicon#samePost}), or a word of the same stem ("syndical" for « le syndicaliste »).
     */
    private boolean compatible(Set<String> roles, String post) {
        if (roles.contains(post)) {
            return true;
        }
        for (String r : roles) {
            if (!r.startsWith(WORD) && lexicon.samePost(r, post)) {
                return true;
            }
            String word = r.startsWith(WORD) ? r.substring(1) : r;
            int same = 0;
            while (same < word.length() && same < post.length() && word.charAt(same) == post.charAt(same)) {
                same++;
            }
            if (same >= STEM) {
                return true;
            }
        }
        return false;
    }

    /** Adds the pronouns, descriptions and documents of a paragraph to the mentions. */
    private void findReferences(int p) {
        List<Word> words = reading.words(p);
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (!w.isWord()) {
                continue;
            }
            boolean quoted = reading.quoted(p, w.start());
            char pronoun = pronoun(w);
            if (pronoun != 0) {
                mentions.add(new Mention(Mention.Kind.PRONOUN, p, w.start(), w.end(), null, pronoun, quoted));
                continue;
            }
            char demonstrative = demonstrative(words, i);
            if (demonstrative != 0) { // « Celui-ci a dénoncé … »: the last man named, like « ce dernier »
                Mention m = new Mention(Mention.Kind.PRONOUN, p, w.start(), w.end(), null, demonstrative, quoted);
                mentions.add(m);
                latter.add(m);
                continue;
            }
            char stressed = stressed(words, i);
            if (stressed != 0) { // « Lui a dénoncé … », « Elle-même a parlé … »
                mentions.add(new Mention(Mention.Kind.PRONOUN, p, w.start(), w.end(), null, stressed, quoted));
                continue;
            }
            char periphrasis = periphrasis(words, i);
            if (periphrasis != 0) { // « a analysé celui qui était déjà à la tête des Bleues »: the man in question
                mentions.add(new Mention(Mention.Kind.PRONOUN, p, w.start(), w.end(), null, periphrasis, quoted));
                continue;
            }
            char last = latter(words, i);
            if (last != 0) {
                Mention m = new Mention(Mention.Kind.PRONOUN, p, words.get(i - 1).start(), w.end(), null, last, quoted);
                mentions.add(m);
                latter.add(m);
                continue;
            }
            char role = lexicon.isForeignNoun(w.text(), reading.lang) ? 0 : lexicon.description(w.text());
            if (role == 0 && w.isCapitalised()) {
                role = lexicon.demonym(w.text());
            }
            if (role == 0 && w.isCapitalised() && i >= 1 && "fr".equals(reading.lang) && !w.isAcronym()
                    && Lexicon.FRENCH_DEMONSTRATIVES.contains(words.get(i - 1).text()) && !named(p, w)
                    && !(i + 1 < words.size() && words.get(i + 1).isCapitalised())) {
                role = words.get(i - 1).is("cette") ? 'f' : 'm'; // « justifie cette Lavalloise »: an inhabitant
            }
            if (role == 0) {
                continue; // most words: no need to look for a determiner before them
            }
            String determiner = determiner(words, i, "fr".equals(reading.lang));
            boolean bare = determiner == null && role == 'o' && "en".equals(reading.lang) && w.is("police")
                    && !(i + 1 < words.size() && words.get(i + 1).isCapitalised()); // not "Police Chief Ann Lee"
            if (determiner == null && !bare || named(p, w)) {
                continue; // English alone writes this body without an article: "police said", "“…,” police said"
            }
            if ("en".equals(reading.lang) && i + 1 < words.size() && words.get(i + 1).isWord()
                    && !words.get(i + 1).isCapitalised()) {
                char head = lexicon.description(words.get(i + 1).text());
                if (head == 'm' || head == 'f' || head == '?') {
                    continue; // "the council leader", "the veteran coach": English puts the head noun last
                } // (French puts the head first: « l'organisation militant pour … », « le syndicat policier »)
            }
            if (role == '?') {
                role = switch (determiner) {
                    case "le", "ce", "cet" -> 'm';
                    case "la", "cette", "sa" -> 'f';
                    default -> '?';
                };
            }
            int named = role == 'o' ? institutionEnd(words, i) : -1;
            int nameAt = i + 1;
            if (role == 'o' && named < 0 && "fr".equals(reading.lang) && i + 2 < words.size()
                    && modifier(words.get(i + 1)) && words.get(i + 2).isCapitalised()) {
                nameAt = i + 2; // « la compagnie aérienne Air Océane », « l'association anticorruption Probité publique »
            }
            if (role == 'o' && named < 0 && nameAt < words.size() && words.get(nameAt).isCapitalised()) {
                int end = nameAt; // « l'association Mor Glas », "the airline Skyward": the name after the noun
                while (end + 1 < words.size() && words.get(end + 1).isWord() && words.get(end + 1).isCapitalised()
                        && !lexicon.beginsPersonInName(words, end + 1)) {
                    end++;
                }
                for (int extra = 0; extra < 2 && end + 1 < words.size() && !words.get(end + 1).isCapitalised()
                        && adjective(words.get(end + 1)); extra++) {
                    end++; // « le collectif Arsine vivante », « l'association Probité publique »
                }
                String text = reading.text(p);
                mentions.add(new Mention(Mention.Kind.ORGANIZATION, p, w.start(), words.get(end).end(), null, 'n',
                        quoted).named(text.substring(words.get(nameAt).start(), words.get(end).end())));
                i = end;
                continue;
            }
            if (named > 0) { // "le ministère de l'Intérieur", "the Ministry of Defence"
                String text = reading.text(p);
                int owner = Lexicon.ORGANS.contains(w.key()) ? ownerName(words, i, named) : -1;
                if (owner >= 0) { // « la direction de Norvalis »: the company speaks through its management
                    mentions.add(new Mention(Mention.Kind.ORGANIZATION, p, w.start(), named, null, 'n', quoted)
                            .named(text.substring(words.get(owner).start(), named)));
                    i = indexAt(words, named) - 1;
                    continue;
                }
                int from = capitalisedModifier(words, i) ? words.get(i - 1).start() : w.start();
                mentions.add(new Mention(Mention.Kind.ORGANIZATION, p, from, named, null, 'n', quoted)
                        .named(text.substring(from, named)));
                i = indexAt(words, named) - 1;
                continue;
            }
            Mention.Kind kind = role == 'd' || role == 'o' ? Mention.Kind.DOCUMENT : Mention.Kind.DESCRIPTION;
            int start = bare ? w.start() : words.get(i - 1).is("'") || words.get(i - 1).is("’") ? words.get(i - 2).start()
                    : words.get(i - 1).start();
            if (!bare && "en".equals(reading.lang) && role == 'o' && words.get(i - 1).isCapitalised()) {
                int j = i - 1; // "the Lagos State government": the capitalised modifiers before the noun, all of them
                while (j >= 1 && words.get(j - 1).isWord() && words.get(j - 1).isCapitalised()
                        && !THE.contains(words.get(j - 1).key()) && !DEMONSTRATIVES.contains(words.get(j - 1).key())) {
                    j--;
                }
                start = words.get(j).start();
            }
            int possessor = "'s".equals(determiner) && role == 'o' ? placePossessor(words, i) : -1;
            if (possessor >= 0) {
                start = words.get(possessor).start(); // "Norway's health ministry": the country's body, named whole
            }
            Mention m = new Mention(kind, p, start, w.end(), null, kind == Mention.Kind.DOCUMENT ? '?' : role,
                    quoted);
            mentions.add(m);
            roleOf.put(m, w.key());
        }
    }

    /**
     * The index of the first capitalised word of an institution noun's complement that ends at offset {@code end}
     * (« direction de Norvalis », « direction du groupe Norvalis »), or -1 when none.
     */
    private static int ownerName(List<Word> words, int noun, int end) {
        for (int k = noun + 1; k < words.size() && words.get(k).start() < end; k++) {
            if (words.get(k).isWord() && words.get(k).isCapitalised()) {
                return k;
            }
        }
        return -1;
    }

    /** French articles, plain or joined to « de » / « à », that may open an institution's name. */
    private static final Set<String> ARTICLES_BEFORE_NAMES = Set.of("l", "le", "la", "les", "du", "des", "au", "aux");

    /**
     * True when the word before an institution noun is a capitalised word right after an article inside a
     * sentence, the first word of the institution's name: « l'Automobile club de Monaco », « le Racing club de
     * Strasbourg ».
     */
    private static boolean capitalisedModifier(List<Word> words, int i) {
        if (i < 2) {
            return false;
        }
        Word modifier = words.get(i - 1);
        Word article = words.get(i - 2);
        if (NameRun.isApostrophe(article) && i >= 3) {
            article = words.get(i - 3);
        }
        return modifier.isWord() && modifier.isCapitalised() && !modifier.isAcronym()
                && ARTICLES_BEFORE_NAMES.contains(article.key()) && !article.isCapitalised();
    }

    private static final Set<String> OF = Set.of("de", "du", "des", "d", "of");
    /** Definite articles, with the apostrophe of the elided one: "the", « la », « l' ». */
    static final Set<String> THE = Set.of("la", "le", "les", "l", "the", "'", "’");

    /** Demonstratives, which open a body's description but are no part of its name: « cette commission ». */
    private static final Set<String> DEMONSTRATIVES = Set.of("ce", "cet", "cette", "ces", "this", "that", "these",
            "those");

    /**
     * The end of an institution's name that an institution noun opens with its complement: "ministère de
     * l'Intérieur", "Ministry of Defence", "syndicat des Travailleurs" (a capitalised word after the
     * preposition), « tribunal administratif de Rennes » (an adjective between), « ministère de la Transition
     * énergétique », « ministère de la Santé et de l'Action sociale » (adjectives and a second complement after);
     * -1 when the noun has no such complement.
     */
    private int institutionEnd(List<Word> words, int i) {
        int k = i + 1;
        if (k < words.size() && adjective(words.get(k))) {
            k++; // « tribunal administratif de Rennes », « conseil municipal de Brest »
        } else if (k + 2 < words.size() && OF.contains(words.get(k).key()) && !THE.contains(words.get(k + 1).key())
                && (words.get(k + 1).isWord() && !words.get(k + 1).isCapitalised() || NameRun.isApostrophe(words.get(k + 1)))) {
            int j = NameRun.isApostrophe(words.get(k + 1)) ? k + 2 : k + 1;
            if (j < words.size() && words.get(j).isWord() && !words.get(j).isCapitalised()
                    && complementEnd(words, j + 1) > 0) {
                k = j + 1; // « tribunal de commerce de Grenoble », « cour d'appel de Rennes »
            }
        }
        int end = complementEnd(words, k);
        if (end < 0) {
            return -1;
        }
        k = indexAt(words, end);
        if (k < words.size() && adjective(words.get(k)) && !words.get(k).isCapitalised()) {
            end = words.get(k).end();
            k++;
        }
        if (k + 1 < words.size() && (words.get(k).is("et") || words.get(k).is("and"))) {
            int more = complementEnd(words, k + 1);
            if (more > 0) {
                end = more;
                k = indexAt(words, end);
                if (k < words.size() && adjective(words.get(k)) && !words.get(k).isCapitalised()) {
                    end = words.get(k).end(); // « … et de l'Action sociale »
                }
            }
        }
        return end;
    }

    /** The end of "de la Santé" / "of Defence" starting at k: a preposition, articles, capitalised words; or -1. */
    private static int complementEnd(List<Word> words, int k) {
        if (k >= words.size() || !OF.contains(words.get(k).key())) {
            return -1;
        }
        k++;
        while (k < words.size() && THE.contains(words.get(k).key())) {
            k++;
        }
        int end = -1;
        while (k < words.size() && words.get(k).isWord() && (words.get(k).isCapitalised() || words.get(k).isAcronym())) {
            end = words.get(k).end();
            k++;
        }
        return end;
    }

    /** A lower-case word that may qualify an institution noun before its name: « aérienne », « automobile ». */
    private boolean modifier(Word w) {
        return w.isWord() && !w.isCapitalised() && w.text().length() > 3 && lexicon.description(w.text()) == 0
                && !lexicon.isStopWord(w.text()) && !lexicon.isReportingVerb(w.text());
    }

    /** A lower-case word with an adjective's ending: « administratif », « énergétique », « sociale ». */
    private boolean adjective(Word w) {
        String key = w.key();
        if (!w.isWord() || key.length() < 5 || lexicon.isReportingVerbAfterQuote(w.text())) {
            return false; // « le ministère de l'Intérieur indique »: a verb, whatever its ending
        }
        for (String ending : ADJECTIVE_ENDINGS) {
            if (key.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> ADJECTIVE_ENDINGS = List.of("ique", "iques", "if", "ive", "al", "ale", "aux",
            "el", "elle", "aire", "ien", "ienne", "ial", "iale", "onal", "onale", "ante", "antes", "enne", "éen",
            "ois", "oise", "ais", "aise", "aine", "iste", "istes", "ière", "ières", "ier", "iers");

    private static int indexAt(List<Word> words, int offset) {
        for (int k = 0; k < words.size(); k++) {
            if (words.get(k).start() >= offset) {
                return k;
            }
        }
        return words.size();
    }

    /** True when the word is part of a person's or an organisation's name. */
    private boolean named(int p, Word w) {
        for (Mention m : mentions) {
            if (m.isName() && m.paragraph() == p && w.start() >= m.start() && w.end() <= m.end()) {
                return true;
            }
        }
        return false;
    }

    /** The definite article or possessive before a noun, with up to two words between, or null. */
    private static String determiner(List<Word> words, int i, boolean french) {
        if (!french && placePossessor(words, i) >= 0) {
            return "'s"; // "Norway's health ministry", "Russia's foreign ministry"
        }
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            Word w = words.get(k);
            if (NameRun.isApostrophe(w)) {
                continue;
            }
            if (!w.isWord()) {
                return null;
            }
            String key = w.key();
            if (DETERMINERS.contains(key)) {
                return key;
            }
            if (STOPS.contains(key) || Lexicon.shared().isReportingVerb(w.text())
                    || french && !w.isCapitalised() && !PRENOMINAL.contains(key)) {
                return null; // « pour sa part condamné »: a noun between, so « condamné » is no description
            }
        }
        return null;
    }

    /**
     * The index of a place's name in the possessive before an English noun, with at most one lower-case word
     * between ("Norway's health ministry", "Russia's army"), or -1.
     */
    private static int placePossessor(List<Word> words, int i) {
        for (int k = i - 1; k >= 2 && k >= i - 2; k--) {
            if (words.get(k).is("s") && NameRun.isApostrophe(words.get(k - 1))) {
                Word place = words.get(k - 2);
                Lexicon lexicon = Lexicon.shared();
                return place.isWord() && place.isCapitalised() && (lexicon.isPlace(place.text())
                        || lexicon.isPlaceStopWord(place.text())) ? k - 2 : -1;
            }
            if (!words.get(k).isWord() || words.get(k).isCapitalised()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * French adjectives that stand before the noun they qualify (« l'ancien ministre », « la jeune
     * navigatrice »); any other lower-case word between a determiner and a role noun means the noun is not the
     * determiner's. English puts nouns before nouns ("the former studio executive") and is not held to this list.
     */
    static final Set<String> PRENOMINAL = Set.of("ancien", "ancienne", "nouveau", "nouvel", "nouvelle",
            "jeune", "vieux", "vieil", "vieille", "premier", "première", "second", "seconde", "deuxième", "dernier",
            "dernière", "futur", "future", "actuel", "actuelle", "ex", "grand", "grande", "petit", "petite", "seul",
            "seule", "même", "autre", "célèbre", "éternel", "éternelle", "fameux", "fameuse", "principal",
            "principale", "vice", "très", "bon", "bonne", "cher", "chère", "brillant", "brillante", "talentueux",
            "talentueuse", "sénior", "senior", "influent", "influente", "discret", "discrète", "emblématique",
            "charismatique", "regretté", "regrettée", "troisième", "quatrième", "cinquième", "double", "triple");

    /** What may follow « ce dernier » used as a pronoun, not as a determiner (« ce dernier rapport »). */
    private static final Set<String> AFTER_LATTER = Set.of(",", "a", "avait", "aura", "est", "était", "sera", "s",
            "se", "n", "ne", "y", "l", "lui", "leur", "en", "qui", "ont", "has", "had", "is", "was", "said", "added",
            "also", "aussi");

    /**
     * 'm' or 'f' for the last word of « ce dernier », « cette dernière », "the latter" standing for a person ('?'
     * for "the latter"), 0 for any other word.
     */
    private char latter(List<Word> words, int i) {
        if (i == 0 || i + 1 >= words.size()) {
            return 0;
        }
        Word w = words.get(i);
        Word before = words.get(i - 1);
        char gender = w.is("dernier") && before.is("ce") ? 'm' : w.is("dernière") && before.is("cette") ? 'f'
                : w.is("latter") && before.is("the") ? '?' : 0;
        Word next = words.get(i + 1);
        boolean pronounUse = gender != 0 && (AFTER_LATTER.contains(next.key())
                || next.isWord() && lexicon.isReportingVerb(next.text()));
        return pronounUse ? gender : 0;
    }

    /**
     * 'm' or 'f' for « celui-ci » / « celle-ci » used as the subject of a verb (a reporting verb or one of
     * {@link #AFTER_LATTER} next), which stands for the last person of that gender named; 0 otherwise.
     */
    private char demonstrative(List<Word> words, int i) {
        Word w = words.get(i);
        char gender = w.is("celui-ci") ? 'm' : w.is("celle-ci") ? 'f' : 0;
        if (gender == 0 || i + 1 >= words.size()) {
            return 0;
        }
        Word next = words.get(i + 1);
        return AFTER_LATTER.contains(next.key()) || next.isWord() && lexicon.isReportingVerb(next.text()) ? gender : 0;
    }

    /**
     * 'm' or 'f' for « celui qui » / « celle qui » right after an inverted reporting verb, which stands for the person
     * the article speaks of: « « … » a analysé celui qui était déjà à la tête des Bleues »; 0 otherwise.
     */
    private char periphrasis(List<Word> words, int i) {
        Word w = words.get(i);
        char gender = w.is("celui") ? 'm' : w.is("celle") ? 'f' : 0;
        return gender != 0 && i >= 1 && i + 1 < words.size() && words.get(i + 1).is("qui") && words.get(i - 1).isWord()
                && lexicon.isReportingVerb(words.get(i - 1).text()) ? gender : 0;
    }

    /**
     * 'm' or 'f' for a French stressed pronoun that opens a sentence as its subject: « Lui-même a parlé … »,
     * « Elle-même … », « Lui » before a verb (« Lui a dénoncé … », « Lui, il … »); 0 otherwise.
     */
    private char stressed(List<Word> words, int i) {
        Word w = words.get(i);
        boolean opens = i == 0 || ".!?".contains(words.get(i - 1).text());
        if (opens && w.is("lui-même")) {
            return 'm';
        }
        if (opens && w.is("elle-même")) {
            return 'f'; // but « Faye lui-même se souvient »: the name's own emphasis, not a pronoun
        }
        if (w.is("lui") && w.isCapitalised() && opens && i + 1 < words.size()) {
            Word next = words.get(i + 1);
            return next.is(",") || AFTER_LATTER.contains(next.key()) || next.isWord()
                    && lexicon.isReportingVerb(next.text()) ? 'm' : 0;
        }
        return 0;
    }

    /**
     * The last person named, unquoted, in the sentences before {@code sentenceStart} (this paragraph, then the
     * one before) who agrees with {@code gender}: « X a nommé Y. Ce dernier … » is Y.
     */
    private String latest(int paragraph, int sentenceStart, char gender) {
        for (int p = paragraph; p >= Math.max(1, paragraph - 1); p--) {
            List<int[]> sentences = sentencesBefore(p, p == paragraph ? sentenceStart : Integer.MAX_VALUE);
            for (int s = sentences.size() - 1; s >= 0; s--) {
                int[] range = sentences.get(s);
                String name = null;
                for (Mention m : in(p, range[0], range[1])) {
                    if (m.start() >= range[0] && m.end() <= range[1] && !m.quoted()
                            && m.kind() == Mention.Kind.PERSON && m.agrees(gender)) {
                        name = m.name();
                    }
                }
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /** True for a noun that names an institution speaking for itself: « le ministère », "the council". */
    public boolean isInstitution(Mention m) {
        return roleOf.containsKey(m) && lexicon.description(roleOf.get(m)) == 'o';
    }

    /** True for « ce dernier », « cette dernière », "the latter" standing for the last person named. */
    public boolean isLatter(Mention m) {
        return latter.contains(m);
    }

    /** 'm' for il / he, 'f' for elle / she, 'n' for it, 0 for any other word. */
    private static char pronoun(Word w) {
        return switch (w.key()) {
            case "il", "he" -> 'm';
            case "elle", "she" -> 'f';
            case "it" -> 'n';
            default -> 0;
        };
    }
}
