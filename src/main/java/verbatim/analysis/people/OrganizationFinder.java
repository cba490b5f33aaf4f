package verbatim.analysis.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import verbatim.analysis.reading.Reading;
import verbatim.analysis.reading.Word;
import verbatim.analysis.reading.NameRun;
import verbatim.analysis.reading.Mention;
import verbatim.analysis.reading.Lexicon;

/**
 * Finds organisations among the runs of capitalised words: a run holding an organisation word ("Online News
 * Agency", "Mistral AI"), a known name ("Microsoft"), an acronym ("CGT") or a word with an inner capital
 * ("BlackBerry"); a single word that begins an organisation named in the article stands for it ("Online").
 *
 * <p>The result is informational: it keeps organisations out of the people and lets them be speakers.
 */
public final class OrganizationFinder {

    private static final Set<String> NAME_PREFIXES = Set.of("mc", "mac", "di", "de", "le", "la", "du", "van", "o");

    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVXLC]+");
    private static final java.util.regex.Pattern CAMEL_HEAD = java.util.regex.Pattern.compile("^(\\p{Lu}?\\p{Ll}*).*");
    private final Lexicon lexicon;

    public OrganizationFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The organisation mentions of an article, each named by its canonical (first full) form. */
    public List<Mention> find(Reading reading) {
        return find(reading, new NameCues(reading, lexicon));
    }

    /** The organisation mentions of an article whose {@code cues} (made of the same reading) are known already. */
    public List<Mention> find(Reading reading, NameCues cues) {
        List<Mention> mentions = new ArrayList<>();
        Map<String, String> byFirstWord = new LinkedHashMap<>();
        List<NameRun> singles = new ArrayList<>();
        List<Mention> extended = new ArrayList<>();
        for (NameRun raw : splitLists(reading.runs)) {
            NameRun run = stripLeading(raw);
            if (run == null) {
                continue;
            }
            int based = basedEnd(run);
            if (based > 0) { // "North American-based Linamar", "London-based Acme Foods": a firm, named after its seat
                NameRun firm = run.sub(based, run.to());
                mentions.add(mention(reading, firm, firm.name()));
                byFirstWord.putIfAbsent(firm.word(0).key(), firm.name());
                continue;
            }
            if (covered(extended, run)) {
                continue; // « Laiteries de l'Ouest »: "Ouest" is the complement of a name found already
            }
            run = beforeRole(beforePerson(afterPerson(run)), "en".equals(reading.lang));
            NameRun owned = "en".equals(reading.lang) ? withOwner(reading, run) : run;
            int plural = "fr".equals(reading.lang) && owned == run ? pluralHeadEnd(run) : -1;
            NameRun whole = owned != run ? owned : plural > 0 ? run.sub(run.from(), plural) : null;
            if (whole != null) { // "St. Aldric's Hospital", « Laiteries de l'Ouest »: past the run, kept apart
                Mention m = mention(reading, whole, whole.name());
                mentions.add(m);
                extended.add(m);
                byFirstWord.putIfAbsent(whole.word(0).key(), whole.name());
                continue;
            }
            if ("fr".equals(reading.lang) && run.nameWords().size() >= 2 && run.to() == raw.to()
                    && lexicon.isOrganizationCue(run.word(run.size() - 1).text()) && headInitial(run)) {
                run = run.sub(run.from(), complementEnd(run, lowerCaseEnd(run, run.to()))); // « CGT du Centre spatial guyanais »
            }
            if (run.size() >= 2 && lexicon.isKnownOrganization(run.name())
                    || run.nameWords().size() >= 2 && (hasCue(run) || hasAcronym(run, cues) || afterInstitutionNoun(run, "fr".equals(reading.lang))
                    || ("fr".equals(reading.lang) && reportsNext(run) || inStatement(run)) && speakingBody(run))
                    || apposedInstitution(run, "fr".equals(reading.lang)) || run.size() >= 2 && speakingPlace(run) || shortFormAfter(run)) {
                String name = run.name();
                mentions.add(mention(reading, run, name));
                byFirstWord.putIfAbsent(run.word(0).key(), name);
            } else if (run.size() == 1) {
                singles.add(run);
            }
        }
        singles.removeIf(run -> covered(extended, run)); // "Guy" of "Guy's Hospital"
        for (NameRun raw : reading.runs) {
            NameRun run = stripLeading(raw);
            if (run == null || run.size() == 1 || hasCue(run)) {
                continue;
            }
            String key = String.join(" ", run.nameWords().stream().map(Word::key).toList());
            for (Mention m : List.copyOf(mentions)) {
                String name = Lexicon.key(m.name());
                boolean apart = mentions.stream()
                        .noneMatch(o -> o.paragraph() == run.paragraph() && o.start() <= run.start() && o.end() >= run.start());
                boolean elsewhere = (name.equals(key) || name.startsWith(Lexicon.key(run.name()) + "'s ")) && apart;
                if (name.startsWith(key + " ") || elsewhere) { // "operator Pennine Metro" … "Pennine Metro declined"
                    mentions.add(mention(reading, run, m.name()));
                    break;
                }
            }
        }
        for (NameRun run : singles) {
            if (inAppositionToOrganization(run) && !cues.isCapitalSurname(run.word(0))) {
                byFirstWord.putIfAbsent(run.word(0).key(), run.name());
            }
        }
        Map<String, String> namedAlone = new LinkedHashMap<>();
        Set<String> surnames = null;
        for (NameRun run : singles) {
            Word w = run.word(0);
            if (!byFirstWord.containsKey(w.key()) && (afterInstitutionNoun(run, "fr".equals(reading.lang))
                    || "en".equals(reading.lang) && (neuterReference(run) || ownDocument(run))
                    || (inStatement(run) || spokespersonOf(run)) && aloneEverywhere(reading, w))
                    && lexicon.givenName(w.text()) == 0) {
                surnames = surnames == null ? surnames(reading) : surnames;
                if (!surnames.contains(w.key())) {
                    int end = "fr".equals(reading.lang) ? lowerCaseEnd(run, run.to(), false) : run.to();
                    end = end == run.to() ? linkedEnd(run) : end; // « l'association Lire en Loire »
                    String name = end > run.to() ? run.sub(run.from(), end).name() : w.text(); // « Force ouvrière »
                    namedAlone.putIfAbsent(w.key(), name); // « la firme américaine Monsanto » … ¶ « Monsanto a … »
                }
            }
        }
        Map<String, String> titles = new HashMap<>();
        for (NameRun run : singles) {
            if (articleTitle(run)) { // « réagir Le Canard enchaîné », « selon Le Monde »
                titles.putIfAbsent(run.word(0).key(), titleName(reading, run));
            }
        }
        for (NameRun run : singles) {
            Word w = run.word(0);
            String full = byFirstWord.get(w.key());
            if (full != null && full.contains(" ")) {
                surnames = surnames == null ? surnames(reading) : surnames;
                full = surnames.contains(w.key()) ? null : full; // "Trump said" beside "Donald Trump" and "Trump Hotels"
            }
            if (full != null) {
                mentions.add(mention(reading, run, full));
            } else if (titles.containsKey(w.key()) && !cues.isCapitalSurname(w) && lexicon.givenName(w.text()) == 0
                    && (articleTitle(run) || run.before(1) != null && ARTICLES.contains(run.before(1).key()))) {
                mentions.add(new Mention(Mention.Kind.ORGANIZATION, run.paragraph(), run.start(), titleEnd(run),
                        titles.get(w.key()), '?', reading.quoted(run.paragraph(), run.start()))); // and opening a sentence
            } else if (elidedTitle(run) && !lexicon.isOrganizationCue(w.text())) {
                // « L'Humanité »; « L'Organisation mondiale de la santé » is named by its noun, below
                Word article = run.before(2);
                mentions.add(new Mention(Mention.Kind.ORGANIZATION, run.paragraph(), article.start(), run.end(),
                        reading.text(run.paragraph()).substring(article.start(), run.end()), '?',
                        reading.quoted(run.paragraph(), run.start())));
            } else if (isOrganizationWord(w) && !cues.isCapitalSurname(w) || namedAlone.containsKey(w.key())) {
                mentions.add(mention(reading, run, namedAlone.getOrDefault(w.key(), w.text())));
            } else if (speakingPlace(run)) {
                mentions.add(mention(reading, run, w.text())); // « Bruxelles estime que … », "…," Moscow said
            } else if (lexicon.isOrganizationCue(w.text()) && w.isCapitalised() && run.before(1) != null
                    && (run.before(1).isWord() || NameRun.isApostrophe(run.before(1)))) {
                mentions.add(namedByCue(reading, run));
            }
        }
        mentions.sort((a, b) -> a.paragraph() != b.paragraph() ? a.paragraph() - b.paragraph() : a.start() - b.start());
        return mentions;
    }

    /**
     * The run of an English body named after its owner in the possessive, from the owner's first word: "Hospital"
     * of "St. Aldric's Hospital" gives "St. Aldric's Hospital", whose short form is then "St. Aldric". The run
     * opens with an organisation word and the owner is a run of its own right before "'s", written with no space,
     * that opens with no given name and is no organisation by itself ("Apple's Board" is the board of Apple). Other
     * runs are returned as they are.
     */
    private NameRun withOwner(Reading reading, NameRun run) {
        Word s = run.before(1);
        Word apostrophe = run.before(2);
        if (!run.word(0).isCapitalised() || !lexicon.isOrganizationCue(run.word(0).text()) || s == null || !s.is("s")
                || apostrophe == null || !NameRun.isApostrophe(apostrophe) || apostrophe.end() != s.start()
                || !run.text().substring(s.end(), run.start()).equals(" ")) {
            return run;
        }
        for (NameRun raw : reading.runs) {
            NameRun owner = raw.paragraph() == run.paragraph() && raw.to() == run.from() - 2
                    && raw.end() == apostrophe.start() ? stripLeading(raw) : null;
            if (owner == null) {
                continue;
            }
            Word first = owner.word(0);
            boolean plain = lexicon.givenName(first.text()) == 0 && !lexicon.isStopWord(first.text())
                    && !lexicon.isKnownOrganization(owner.name()) && !isOrganizationWord(first);
            return plain || NameRun.isAbbreviation(first) ? run.sub(owner.from(), run.to()) : run; // "St. Aldric"
        }
        return run;
    }

    /** True when one of the mentions holds the start of a run. */
    private static boolean covered(List<Mention> mentions, NameRun run) {
        for (Mention m : mentions) {
            if (m.paragraph() == run.paragraph() && m.start() <= run.start() && run.start() < m.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of a French name that a capitalised plural common noun heads, right before its complement of
     * capitalised words (« de », « du », « des » or « d' », perhaps « la » or « l' »): « Laiteries de l'Ouest »,
     * « Chantiers de la Loire », « Éditions du Seuil ». French writes a body's first word with a capital, and a
     * person's name is no plural noun. Returns -1 for another run (« Marc Dupuis », « Jacques de Lorraine »).
     */
    private int pluralHeadEnd(NameRun run) {
        if (!pluralNoun(run.word(0))) {
            return -1;
        }
        List<Word> words = run.words();
        int k = run.from() + 1;
        if (k >= words.size() || !DE.contains(words.get(k).key()) || words.get(k).isCapitalised()
                || !run.text().substring(words.get(k - 1).end(), words.get(k).start()).equals(" ")) {
            return -1;
        }
        k++;
        while (k < words.size() && (NameRun.isApostrophe(words.get(k))
                || ARTICLE.contains(words.get(k).key()) && !words.get(k).isCapitalised())) {
            k++; // « de l'Ouest », « de la Loire »
        }
        int end = k;
        while (end < words.size() && words.get(end).isWord() && words.get(end).isCapitalised()) {
            end++;
        }
        return end > k && end >= run.to() ? end : -1;
    }

    /**
     * True for a capitalised French common noun in the plural, whose singular the dictionary knows too: «
     * Laiteries » (« laiterie »), « Chantiers », « Journaux » (« journal »); not a given name, a place, a stop word
     * or a demonym (« Bretons »).
     */
    private boolean pluralNoun(Word w) {
        String key = w.key();
        if (!w.isWord() || !w.isCapitalised() || w.isAcronym() || key.length() < 4 || key.contains("-")
                || !(key.endsWith("s") || key.endsWith("x")) || lexicon.givenName(w.text()) != 0
                || lexicon.isPlace(w.text()) || lexicon.isPlaceStopWord(w.text()) || lexicon.isStopWord(w.text())
                || lexicon.demonym(w.text()) != 0 || lexicon.isNationality(w.text()) || !lexicon.isFrenchWord(key)) {
            return false;
        }
        String singular = key.endsWith("aux") ? key.substring(0, key.length() - 3) + "al"
                : key.substring(0, key.length() - 1);
        return lexicon.isFrenchWord(singular);
    }

    /** Nouns of a government that French names after its head: « l'administration Reagan », « la présidence X ». */
    static final Set<String> GOVERNMENTS = Set.of("administration", "présidence");

    /**
     * True for a name right after a lower-case noun that says what an organisation is: "operator Pennine Metro",
     * « la start-up Axeon », « l'association Mor Glas ». A given name after it is left to the people unless a
     * modifier stands before the noun ("mining company Kimberley Ore").
     */
    private boolean afterInstitutionNoun(NameRun run, boolean french) {
        if (organOf(run) && lexicon.givenName(run.word(0).text()) == 0) {
            return true; // « la direction de Norvalis », "the management of Norvalis": a body's own organ
        }
        Word noun = run.before(1);
        if (french && noun != null && noun.isWord() && !noun.isCapitalised()
                && lexicon.description(noun.text()) == 0 && !lexicon.isStopWord(noun.text())
                && !lexicon.isReportingVerb(noun.text()) && lexicon.givenName(run.word(0).text()) == 0) {
            Word head = run.before(2); // « l'équipementier automobile Aldéran », « le groupe pharmaceutique Vexa »
            return head != null && head.isWord() && !head.isCapitalised() && lexicon.description(head.text()) == 'o';
        }
        if (noun == null || !noun.isWord() || noun.isCapitalised() || lexicon.description(noun.text()) != 'o'
                || run.size() == 1 && GOVERNMENTS.contains(noun.key())) {
            return false; // but « l'administration Reagan »: the government its head names
        }
        if (lexicon.givenName(run.word(0).text()) == 0) {
            return true;
        }
        Word modifier = run.before(2); // "investment bank Morgan Stanley", but "told the court Mary Hale …"
        return modifier != null && modifier.isWord() && !modifier.isCapitalised()
                && !lexicon.isStopWord(modifier.text()) && !lexicon.isReportingVerb(modifier.text());
    }

    /** True for a name after an organ noun and « de » / "of": « la direction de Norvalis », « direction d'Axeon ». */
    private static boolean organOf(NameRun run) {
        int k = 1;
        if (run.before(k) != null && NameRun.isApostrophe(run.before(k))) {
            k++;
        }
        Word of = run.before(k);
        Word organ = run.before(k + 1);
        return of != null && (of.is("de") || of.is("d") || of.is("of")) && organ != null
                && Lexicon.ORGANS.contains(organ.key());
    }

    /**
     * True for a name followed by an apposition that says it is an organisation: "Glenbrae Creamery, a
     * family-owned business founded in 1987, …", « Axeon, une jeune entreprise lyonnaise, … ». A name opening with a
     * given name is left to the people, and so are "Hale, a company spokesman" and "Hale, the party's leader" (the
     * organisation noun is not the head). The article is one of the article's language: in French « a » is the verb
     * (« Anne Kerbrat, a quitté le groupe », after « Sa fondatrice, », names a person).
     */
    private boolean apposedInstitution(NameRun run, boolean french) {
        if (lexicon.givenName(run.word(0).text()) != 0 || lexicon.isStopWord(run.word(0).text())
                || lexicon.role(run.word(0).text()) != 0 || openingParticiple(run)) {
            return false;
        }
        Word comma = run.after(1);
        Word article = run.after(2);
        if (comma == null || !comma.is(",") || article == null
                || !(french ? FRENCH_ARTICLES : ENGLISH_ARTICLES).contains(article.key())) {
            return false;
        }
        for (int k = 3; k <= 8; k++) {
            Word w = run.after(k);
            if (w == null || w.isCapitalised() || !w.isWord() && !NameRun.isApostrophe(w) && !w.is("-")) {
                return false;
            }
            if (!w.isWord()) {
                continue;
            }
            char noun = lexicon.description(w.text());
            if (noun == 'o') {
                Word next = run.after(k + 1);
                if (next != null && NameRun.isApostrophe(next)) {
                    k += 2; // "Hale, the party's leader": the party owns the head noun that follows
                    continue;
                }
                return next == null || !next.isWord() || lexicon.description(next.text()) == 0;
            }
            if (noun != 0) {
                return false; // "Hale, a former engineer"
            }
        }
        return false;
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "un", "une", "le", "la", "l");

    private static final Set<String> FRENCH_ARTICLES = Set.of("un", "une", "le", "la", "l");

    private static final Set<String> ENGLISH_ARTICLES = Set.of("a", "an", "the");

    /** Articles and determiners, which open a phrase and are never part of a body's name: "The Bank", "This Party". */
    private static final Set<String> DETERMINING = Set.of("a", "an", "the", "this", "that", "these", "those", "his",
            "her", "its", "their", "our", "my", "your", "un", "une", "le", "la", "l", "les", "ce", "cet", "cette", "ces",
            "son", "sa", "ses", "leur", "notre", "votre", "every", "each", "no", "any", "some");

    /**
     * True for one word opening a sentence that ends as a past participle does: « Interrogé, le ministère indique
     * … », "Asked, the ministry said …" — the participle of the subject that follows, not a name in apposition.
     */
    private static boolean openingParticiple(NameRun run) {
        Word before = run.before(1);
        String key = run.word(0).key();
        return run.size() == 1 && (before == null || ".!?«»\"“”:".contains(before.text()))
                && (key.endsWith("é") || key.endsWith("ée") || key.endsWith("és") || key.endsWith("ées")
                || key.endsWith("ed") && key.length() > 4);
    }

    /**
     * True for one unknown word set between commas next to a lower-case noun naming an organisation: "la
     * fédération des banques, Febelfin, …", "the union, Unifor, said". A given name is left to the people, and
     * a word that opens a clause ("Plutôt que de rejoindre une entreprise, Sharma emprunte …") is no apposition.
     */
    private boolean inAppositionToOrganization(NameRun run) {
        Word comma = run.before(1);
        Word after = run.after(1);
        if (comma == null || !comma.is(",") || after == null || !(after.is(",") || after.is(")")) || lexicon.givenName(run.word(0).text()) != 0
                || lexicon.isStopWord(run.word(0).text())) {
            return false;
        }
        for (int k = 2; k <= 5; k++) {
            Word w = run.before(k);
            if (w == null || !w.isWord() && !NameRun.isApostrophe(w) || w.isCapitalised()) {
                return false;
            }
            if (lexicon.isOrganizationCue(w.text()) || lexicon.role(w.text()) == 'o') {
                return true;
            }
        }
        return false;
    }

    /**
     * Time-zone abbreviations written after a time (« 2 h UTC », "10:00 GMT"), which are acronyms but name no
     * organisation. Source: the abbreviations in common use of the IANA time zone database (tzdata), and the
     * Quebec French « HNE » / « HAE » (heure normale / avancée de l'Est).
     */
    private static final Set<String> TIME_ZONES = Set.of("UTC", "GMT", "WET", "WEST", "CET", "CEST", "EET", "EEST",
            "MSK", "IST", "JST", "KST", "HKT", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT", "EST", "EDT", "CST",
            "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "AST", "ADT", "NST", "NDT", "HNE", "HAE", "BST");

    /** True for a single word that names an organisation by itself: "Microsoft", "CGT", "BlackBerry". */
    public boolean isOrganizationWord(Word w) {
        if (lexicon.isKnownOrganization(w.text())) {
            return true;
        }
        if (lexicon.isStopWord(w.text()) || ROMAN.matcher(w.text()).matches() || lexicon.role(w.text()) != 0
                || lexicon.isNonPerson(w.text())) {
            return false;
        }
        if (w.isAcronym() && w.text().split("-")[0].length() <= 6) {
            return !TIME_ZONES.contains(w.text()) && !leadIn(w);
        }
        if (w.isCamelCase()) {
            String lower = CAMEL_HEAD.matcher(w.text()).replaceAll("$1").toLowerCase(java.util.Locale.ROOT);
            return !NAME_PREFIXES.contains(lower);
        }
        return placeCompound(w.text());
    }

    /**
     * True for a word in capitals that opens a paragraph, as some newspapers set their
     * first words ("INDIAN spinner X has hit back", "A SPAT between …"): a demonym, a given name or a word of five
     * letters or more that no list knows as a body, not an acronym.
     */
    private boolean leadIn(Word w) {
        if (w.start() != 0 || w.text().length() < 2) {
            return false;
        }
        String word = w.text().charAt(0) + w.text().substring(1).toLowerCase(java.util.Locale.ROOT);
        return lexicon.demonym(word) != 0 || lexicon.isNationality(word) || lexicon.givenName(word) != 0
                || w.text().length() >= 5 && !lexicon.isKnownOrganization(w.text());
    }

    /**
     * True for a word of a common noun, a hyphen and a country or region, as French and Canadian bodies and firms are
     * named: « Météo-France », « Radio-Canada », « Hydro-Québec ». The noun is a word of the French dictionary that
     * is no given name, no place and no point of the compass (« Sud-Soudan » is a country), nor « Saint ».
     */
    private boolean placeCompound(String word) {
        int hyphen = word.indexOf('-');
        if (hyphen <= 0 || hyphen != word.lastIndexOf('-') || hyphen == word.length() - 1) {
            return false;
        }
        String head = word.substring(0, hyphen);
        String tail = word.substring(hyphen + 1);
        return (lexicon.isPlaceStopWord(tail) || lexicon.isPlace(tail)) && !lexicon.isPlace(head)
                && !lexicon.isPlaceStopWord(head) && lexicon.givenName(head) == 0
                && !COMPASS_AND_SAINTS.contains(Lexicon.key(head)) && lexicon.isFrenchWord(head);
    }

    private static final Set<String> COMPASS_AND_SAINTS = Set.of("nord", "sud", "est", "ouest", "north", "south",
            "east", "west", "saint", "sainte", "san", "santa", "são");

    /**
     * Cuts "Manchester United and Aston Villa" into two runs where the part before "and" / "et" / "&" is an
     * organisation by itself, or where an article follows the conjunction ("Pennine Metro and the Transport
     * Workers' Federation"); "Securities and Exchange Commission" stays whole.
     */
    private List<NameRun> splitLists(List<NameRun> runs) {
        List<NameRun> result = new ArrayList<>();
        for (NameRun run : runs) {
            int from = run.from();
            for (int k = run.from() + 1; k < run.to() - 1; k++) {
                Word w = run.words().get(k);
                if ((w.is("and") || w.is("et") || w.is("&")) && !w.isCapitalised()) {
                    NameRun left = run.sub(from, k);
                    Word next = run.words().get(k + 1);
                    boolean article = !next.isCapitalised() && ARTICLES.contains(next.key());
                    if (left.nameWords().size() >= 2 && (hasCue(left) || article)) { // "X and the Y Federation"
                        result.add(left);
                        from = k + 1;
                    }
                }
            }
            result.add(from == run.from() ? run : run.sub(from, run.to()));
        }
        return result;
    }

    /** Letters written after a British or Commonwealth name for an office or an honour (case as written). */
    static final Set<String> POSTNOMINALS = Set.of("KC", "QC", "MP", "MEP", "MSP", "MS", "TD", "OBE", "CBE",
            "MBE", "KBE", "DBE", "FRS", "PhD");

    /**
     * True for "Greenpeace UK": a run of several words with an acronym among them (not a Roman numeral), unless a
     * person's post or title in it is followed by a name ({@link #postThenName}).
     */
    private boolean hasAcronym(NameRun run, NameCues cues) {
        List<Word> words = run.nameWords();
        return words.stream().anyMatch(w -> w.isAcronym() && !ROMAN.matcher(w.text()).matches()
                && !cues.isCapitalSurname(w))
                && words.stream().noneMatch(w -> !w.isAcronym() && lexicon.givenName(w.text()) != 0)
                && !postThenName(words);
    }

    /**
     * True when a capitalised post or title ("Administrator", "MP", "Prosecutor") is followed, to the end of the run
     * (less honours written after a name: "QC"), by two or three capitalised words that are neither acronyms, stop
     * words, posts nor organisation cues: the shape of a person's name, given name listed or not. "NASA Administrator
     * Mpho Dlamini", "Conservative MP Aigerim Kowalczyk", "Prosecutor Ekow Halvorsen QC" name a person after the post;
     * "BBC World Service" and "Greenpeace UK" name no one. Two or three such words before the honours alone are a
     * name too ("Bolat Ferreira KC").
     */
    private boolean postThenName(List<Word> words) {
        int end = words.size();
        while (end > 2 && POSTNOMINALS.contains(words.get(end - 1).text())) {
            end--; // "QC", "MP" after the name
        }
        if (end < words.size() && end <= 3 && words.subList(0, end).stream().allMatch(w -> w.isCapitalised()
                && !w.isAcronym() && !lexicon.isStopWord(w.text()) && !lexicon.isOrganizationCue(w.text())
                && !lexicon.isTitleOrPost(w.text()))) {
            return true; // "Bolat Ferreira KC": a name and its honours
        }
        for (int k = 0; k + 2 < end; k++) {
            Word post = words.get(k);
            if (!lexicon.isTitleOrPost(post.text()) || lexicon.isOrganizationCue(post.text())) {
                continue;
            }
            int names = end - k - 1;
            boolean plain = names >= 2 && names <= 3;
            for (int j = k + 1; plain && j < end; j++) {
                Word w = words.get(j);
                plain = w.isCapitalised() && !w.isAcronym() && !lexicon.isStopWord(w.text())
                        && !lexicon.isTitleOrPost(w.text()) && !lexicon.isOrganizationCue(w.text());
            }
            if (plain) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for a name of two words or more that opens with no given name nor title, followed by one of its own words
     * or its initials in brackets: "World Wonder Ring Stardom (Stardom)", « Fédération nationale des chasseurs (FNC) »
     * — a body giving the short form it goes by; a person's name never comes so.
     */
    private boolean shortFormAfter(NameRun run) {
        Word open = run.after(1);
        Word shortForm = run.after(2);
        Word close = run.after(3);
        List<Word> words = run.nameWords();
        if (words.size() < 2 || open == null || !open.is("(") || shortForm == null || !shortForm.isWord()
                || !shortForm.isCapitalised() || close == null || !close.is(")")
                || lexicon.givenName(words.get(0).text()) != 0 || lexicon.title(words.get(0).text()) != null) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (Word w : words) {
            if (w.key().equals(shortForm.key())) {
                return true;
            }
            initials.appendCodePoint(w.text().codePointAt(0));
        }
        return shortForm.text().equals(initials.toString());
    }

    /**
     * The part of a run after a person's name and "of" / "de" / "at": "Dieter Helm of Oxford University" gives
     * "Oxford University"; other runs are returned as they are.
     */
    private NameRun afterPerson(NameRun run) {
        Word first = run.word(0);
        char role = lexicon.role(first.text());
        if (lexicon.givenName(first.text()) == 0 && lexicon.title(first.text()) == null
                && (role == 0 || role == 'o' || role == 'd') && !nameBeforeOf(run)) {
            return run;
        }
        for (int k = run.from() + 1; k < run.to() - 1; k++) {
            Word w = run.words().get(k);
            if (lexicon.isOrganizationCue(w.text()) && w.isCapitalised()) {
                return run; // "Royal College of Nursing", "Royal Society of Chemistry": the name is the organisation's
            }
            if ((w.is("of") || w.is("de") || w.is("du") || w.is("at")) && !w.isCapitalised()) {
                int from = k + 1;
                while (from < run.to() - 1 && lexicon.isStopWord(run.words().get(from).text())) {
                    from++; // "CEO of the Harbour Trust" → "Harbour Trust"
                }
                return run.sub(from, run.to());
            }
        }
        return run;
    }

    /**
     * True for two or three capitalised words that could be a name (no stop word, cue, place, role or title),
     * then "of" and a name holding an organisation word: "Xiaogang Wei of the Beijing Gender Health Education
     * Institute", whose given name no list holds. "Bank of England" and "Museum of Modern Art" open with a cue.
     */
    private boolean nameBeforeOf(NameRun run) {
        int of = -1;
        for (int k = run.from(); k < run.to(); k++) {
            if (run.words().get(k).is("of") && !run.words().get(k).isCapitalised()) {
                of = k;
                break;
            }
        }
        int names = of - run.from();
        if (of < 0 || names < 2 || names > 3) {
            return false;
        }
        for (int k = run.from(); k < of; k++) {
            Word w = run.words().get(k);
            if (!w.isWord() || !w.isCapitalised() || w.isAcronym() || lexicon.isStopWord(w.text())
                    || lexicon.isOrganizationCue(w.text()) || lexicon.role(w.text()) != 0
                    || lexicon.title(w.text()) != null || lexicon.isPlace(w.text()) || lexicon.placeCue(w.text()) != 0) {
                return false;
            }
        }
        for (int k = of + 1; k < run.to(); k++) {
            if (lexicon.isOrganizationCue(run.words().get(k).text()) && run.words().get(k).isCapitalised()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The keys of the words an article writes as a person's surname, after a given name or initials: « Ayrault »
     * where « Jean-Marc Ayrault » or « J-M Ayrault » is named, so that « le gouvernement Ayrault » is no
     * organisation called Ayrault.
     */
    private Set<String> surnames(Reading reading) {
        Set<String> surnames = new HashSet<>();
        for (NameRun run : reading.runs) {
            List<Word> names = run.nameWords();
            int from = 0;
            while (from < names.size() - 1 && lexicon.isStopWord(names.get(from).text())) {
                from++; // « Le PDG de Norvalis »: the article opens no name
            }
            if (names.size() - from >= 2) {
                Word first = names.get(from);
                if (lexicon.givenName(first.text()) != 0 || first.text().replace("-", "").length() <= 3
                        && lexicon.role(first.text()) == 0) { // initials, not a post (« le PDG de X »)
                    surnames.add(names.get(names.size() - 1).key());
                }
            }
        }
        return surnames;
    }

    /**
     * The part of an English run before a post that follows the organisation's name: "Nimbus VP of Engineering"
     * and "Nimbus CEO" give "Nimbus" (the post is the person's, named beside it). A post that ends the run, or
     * is followed by "of" and one word, is cut; other runs are returned as they are ("High Commissioner for
     * Refugees", "Ohio Secretary of State Blackwell").
     */
    private NameRun beforeRole(NameRun run, boolean english) {
        if (!english) {
            return run;
        }
        for (int k = run.from() + 1; k < run.to(); k++) {
            Word w = run.words().get(k);
            char role = lexicon.role(w.text());
            boolean post = w.isCapitalised() && role != 0 && role != 'o' && role != 'd';
            boolean last = k + 1 == run.to() || k + 3 == run.to() && run.words().get(k + 1).is("of");
            if (post && last && !lexicon.isStopWord(run.words().get(k - 1).text())) {
                return run.sub(run.from(), k);
            }
        }
        return run;
    }

    /**
     * True for a run that opens with a party's acronym after a lower-case post, a name after it: « le député LR
     * Tshepo Mokoena », « la sénatrice PS Lindiwe Dube ». The acronym is the party's, the rest a person's; both
     * finders cut the run after the acronym.
     */
    boolean partyBeforeName(NameRun run) {
        Word role = run.before(1);
        return run.size() >= 3 && run.word(0).isAcronym() && role != null && role.isWord() && !role.isCapitalised()
                && lexicon.isTitleOrPost(role.text()) && run.word(1).isCapitalised() && !run.word(1).isAcronym();
    }

    /**
     * The part of a run up to its organisation word when a person's name follows it: "Harbour Trust Nina Vale"
     * (in "CEO of the Harbour Trust Nina Vale") gives "Harbour Trust"; other runs are returned as they are.
     */
    private NameRun beforePerson(NameRun run) {
        if (partyBeforeName(run)) {
            return run.sub(run.from(), run.from() + 1); // « le député LR Tshepo Mokoena »: the party, the person
        }
        boolean named = lexicon.isInstitutionNoun(run.before(1))
                && (lexicon.givenName(run.word(0).text()) == 0 || run.word(0).isAcronym());
        for (int k = run.from(); k + 3 < run.to(); k++) {
            if (!lexicon.isOrganizationCue(run.words().get(k).text())) {
                continue;
            }
            if (titleBeforeName(run, k + 1)) {
                return run.sub(run.from(), k + 1); // "Society President Ann Soler": the society, then its president
            }
            Word modifier = run.words().get(k + 1);
            if (k + 4 < run.to() && lexicon.givenName(modifier.text()) == 0 && !lexicon.isOrganizationCue(modifier.text())
                    && !modifier.isAcronym() && titleBeforeName(run, k + 2)) {
                return run.sub(run.from(), k + 1); // "Senate Majority Leader Ann Soler": a word that says which post
            }
        }
        for (int k = run.from() + 1; k + 2 < run.to() || named && k + 1 < run.to(); k++) {
            Word w = run.words().get(k);
            Word next = run.words().get(k + 1);
            if (k + 2 < run.to() && lexicon.isOrganizationCue(w.text()) && next.isCapitalised()
                    && lexicon.givenName(next.text()) != 0 && !lexicon.isOrganizationCue(next.text())
                    && run.words().get(k + 2).isCapitalised()) {
                return run.sub(run.from(), k + 1);
            }

            if (named && lexicon.beginsPersonInName(run.words(), k)) {
                return run.sub(run.from(), k); // « l'agence RIA Novosti Anna Petrova »: the agency, then its source
            }
        }
        return run;
    }

    /**
     * True when the word at k of a run is a title or a post written as one ("President", "Secretary", « Président »)
     * and a given name and one more capitalised word follow it: "President Ann Soler".
     */
    private boolean titleBeforeName(NameRun run, int k) {
        Word w = run.words().get(k);
        boolean post = lexicon.isTitleOrPost(w.text());
        Word given = run.words().get(k + 1);
        Word surname = run.words().get(k + 2);
        boolean twoLast = k + 3 == run.to() && !lexicon.isOrganizationCue(surname.text()) && !given.isAcronym()
                && !lexicon.isPlace(given.text()) && !lexicon.isPlace(surname.text()); // "President Girish Chodankar"
        return post && w.isCapitalised() && (lexicon.givenName(given.text()) != 0 || twoLast)
                && surname.isCapitalised() && !lexicon.isOrganizationCue(given.text());
    }

    /**
     * True for a run of capitalised words that reads as an organisation's name: no given name or title first, not a
     * place, and a French common word of three letters or more among its words (« Business », « Logistique »,
     * « Sauvage »; not the « Xi » of « Xi Jinping »), which a person's name rarely holds. Asked of a run that reports
     * speech as a body does: the subject of a reporting verb in a French article (« Business Lorraine a reconnu »,
     * « Nordvent Logistique assure »), or, in either language, speaking in a statement ({@link #inStatement}:
     * "said Rivage Sauvage in a statement").
     */
    private boolean speakingBody(NameRun run) {
        List<Word> words = run.nameWords();
        Word first = words.get(0);
        if (lexicon.givenName(first.text()) != 0 || lexicon.title(first.text()) != null || lexicon.isPlace(run.name())
                || lexicon.demonym(first.text()) != 0 // « L'Américain John Smith a jugé »: a person described
                || words.stream().noneMatch(w -> w.text().length() > 2 && lexicon.isFrenchWord(w.key())
                        && !lexicon.isPlace(w.text())
                        && !lexicon.isPlaceStopWord(w.text()) && lexicon.givenName(w.text()) == 0)) {
            return false;
        }
        return true;
    }

    /**
     * True when a reporting verb that takes no object follows a run as its subject, after at most an auxiliary, «
     * quant à elle » and a short adverb: "Moscow said", « Business Lorraine a quant à elle reconnu », « le Rwanda a
     * rapidement répondu », « Moscou a aussitôt dénoncé ».
     */
    private boolean reportsNext(NameRun run) {
        int k = 1;
        Word next = run.after(k);
        if (next != null && AUXILIARIES.contains(next.key())) {
            next = run.after(++k);
        }
        if (next != null && next.is("quant") && run.after(k + 1) != null && run.after(k + 1).is("à")) {
            k += 3; // « a quant à elle reconnu »
            next = run.after(k);
        }
        if (next != null && next.isWord() && (next.key().endsWith("ment") || next.key().endsWith("ly")
                || ADVERBS.contains(next.key()))) {
            next = run.after(++k);
        }
        return next != null && next.isWord() && !next.isCapitalised() && lexicon.isReportingVerb(next.text())
                && !lexicon.takesObject(next.text());
    }

    /**
     * True when two or more prepositions stand among the eight words before a place, with no punctuation between:
     * the place ends a long chain of complements whose head, not the place, is the subject.
     */
    private static boolean embedded(NameRun run) {
        int prepositions = 0;
        for (int back = 1; back <= 8; back++) {
            Word w = run.before(back);
            if (w == null || !w.isWord() && !NameRun.isApostrophe(w)) {
                break;
            }
            prepositions += PLACE_PREPOSITIONS.contains(w.key()) ? 1 : 0;
        }
        return prepositions >= 2;
    }

    /** Short adverbs that stand between an auxiliary and its verb: « a aussitôt dénoncé », "has also said". */
    private static final Set<String> ADVERBS = Set.of("aussitôt", "déjà", "aussi", "alors", "ensuite", "encore",
            "vite", "also", "already", "since", "then", "later", "again", "soon");

    private static final Set<String> PLACE_ARTICLES = Set.of("le", "la", "l", "les", "the");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("de", "du", "des", "d", "à", "au", "aux", "en", "of",
            "in", "for", "from", "to", "with", "by", "par", "pour", "avec", "contre", "against", "sur", "on");
    private static final Set<String> AUXILIARIES = Set.of("a", "ont", "avait", "aurait", "has", "had", "have", "will", "would");

    /**
     * True for a capital or a country standing for its government as the subject of a reporting verb: "Moscow
     * said", « Bruxelles estime que », « », a réagi Moscou » — the place speaks, as in the gold files, where
     * « Moscou » and « Bruxelles » are speakers. The place is one word of the places among the stop words or of
     * {@code places.txt}, or a name of several words there (« la Corée du Sud »; a place alone is never a person);
     * an adverb may stand before the verb (« le Rwanda a rapidement répondu »); an object-taking verb ("Moscow
     * praised Ann Lee") does not count.
     */
    private boolean speakingPlace(NameRun run) {
        Word place = run.word(0);
        boolean known = run.size() == 1 ? lexicon.isPlaceStopWord(place.text()) || lexicon.isPlace(place.text())
                : lexicon.isPlace(run.name()); // « la Corée du Sud a annoncé »
        if (!place.isCapitalised() || !known) {
            return false;
        }
        Word article = run.before(1);
        Word governing = article != null && PLACE_ARTICLES.contains(article.key()) ? run.before(2) : article;
        if (governing != null && PLACE_PREPOSITIONS.contains(governing.key()) && embedded(run)) {
            return false; // « la direction de la chaîne de l'audiovisuel extérieur de la France a condamné »
        }
        if (reportsNext(run)) {
            return true;
        }
        Word verb = run.before(1);
        if (verb == null || !verb.isWord() || verb.isCapitalised() || !lexicon.isReportingVerbAfterQuote(verb.text())) {
            return false;
        }
        Word before = run.before(2);
        if (before != null && AUXILIARIES.contains(before.key())) {
            before = run.before(3);
        }
        return before != null && !before.isWord() && ",»\"”".contains(before.text());
    }

    /**
     * True for a word in the possessive before a document that speaks within the next three words: "Stardom's
     * official statement read", "Harwick's latest report says". Asked of a word that is no given name and no
     * surname of the article, it names the body that issued the document.
     */
    private boolean ownDocument(NameRun run) {
        Word apostrophe = run.after(1);
        Word s = run.after(2);
        if (apostrophe == null || !NameRun.isApostrophe(apostrophe) || s == null || !s.is("s")) {
            return false;
        }
        for (int k = 3; k <= 5; k++) {
            Word w = run.after(k);
            if (w == null || !w.isWord()) {
                return false;
            }
            if (lexicon.role(w.text()) == 'd') {
                return true;
            }
        }
        return false;
    }

    /**
     * True for a word that a spokesperson speaks for: "a spokeswoman for Tolmar", « un porte-parole de Tolmar », "a
     * Tolmar spokesman", "Tolmar's spokesperson".
     */
    private static boolean spokespersonOf(NameRun run) {
        Word link = run.before(1);
        Word noun = run.before(2);
        if (link != null && (link.is("for") || link.is("de") || link.is("of")) && noun != null
                && Lexicon.SPOKESPEOPLE.contains(noun.key())) {
            return true;
        }
        int k = 1;
        if (run.after(1) != null && NameRun.isApostrophe(run.after(1)) && run.after(2) != null && run.after(2).is("s")) {
            k = 3;
        }
        Word after = run.after(k);
        return after != null && !after.isCapitalised() && Lexicon.SPOKESPEOPLE.contains(after.key());
    }

    /**
     * True for a word that reports speech in a document of its own, a reporting verb beside it: "Brenvik said in a
     * statement", "said Brenvik in a statement", "Brenvik, in a press release, said", « Brenvik a indiqué dans un
     * communiqué », « a annoncé Brenvik dans un communiqué ». A person may speak so too: {@link #aloneEverywhere}
     * asks the rest of the article.
     */
    private boolean inStatement(NameRun run) {
        Word before = run.before(1);
        boolean verb = before != null && before.isWord() && !before.isCapitalised() && lexicon.isReportingVerb(before.text());
        for (int k = 1; k <= 7; k++) {
            Word w = run.after(k);
            if (w == null || !w.isWord() && !w.is(",")) {
                return false;
            }
            if (w.isCapitalised()) {
                return false;
            }
            if ((w.is("in") || w.is("dans")) && run.after(k + 1) != null
                    && STATEMENT_ARTICLES.contains(run.after(k + 1).key())) {
                for (int j = k + 2; j <= k + 4; j++) {
                    Word doc = run.after(j);
                    if (doc == null || !doc.isWord()) {
                        break;
                    }
                    if (lexicon.role(doc.text()) == 'd') {
                        Word next = run.after(j + 1);
                        return verb || next != null && (next.is(",") && run.after(j + 2) != null
                                && lexicon.isReportingVerb(run.after(j + 2).text())
                                || lexicon.isReportingVerb(next.text())); // "X, in a statement, said"
                    }
                }
                return false;
            }
            verb |= lexicon.isReportingVerb(w.text()) && !AUXILIARIES.contains(w.key());
        }
        return false;
    }

    /** The articles of a document a body speaks in: "in a statement", "in its release", « dans un communiqué ». */
    private static final Set<String> STATEMENT_ARTICLES = Set.of("a", "an", "its", "un", "une", "son", "sa");

    /**
     * True when a word stands alone wherever the article writes it, or first in a longer name ("Brenvik Energy"):
     * never after a given name or another word of a person's name ("Ngari Talwenu"), never after a title ("Mr
     * Talwenu", « M. Talwenu »).
     */
    private boolean aloneEverywhere(Reading reading, Word word) {
        for (NameRun run : reading.runs) {
            List<Word> names = run.nameWords();
            for (int k = 0; k < names.size(); k++) {
                if (names.get(k).key().equals(word.key()) && (k > 0 && !lexicon.isStopWord(names.get(0).text())
                        || titled(run) || lexicon.title(names.get(0).text()) != null)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True for a run after a title and its dot: "Mr. Talwenu", « M. Talwenu ». */
    private boolean titled(NameRun run) {
        Word dot = run.before(1);
        Word title = run.before(2);
        return dot != null && dot.is(".") && title != null && title.isWord() && lexicon.title(title.text() + ".") != null;
    }

    /**
     * True for an English name that a relative or possessive of things refers back to: "Greenpeace, which …",
     * "Everton and its supporters", "Coles, in its media release, reported", "Coles said in its statement". A person
     * would be "who" and "his" / "her", so the name is an organisation's.
     */
    private boolean neuterReference(NameRun run) {
        Word next = run.after(1);
        Word then = run.after(2);
        if (next == null || then == null) {
            return false;
        }
        if (next.is(",") && then.is("which") || next.is("and") && then.is("its")) {
            return true;
        }
        int k = next.is(",") ? 2 : 1; // "Coles, in its media release, reported", "Coles said in its statement"
        if (run.after(k) != null && lexicon.isReportingVerb(run.after(k).text())) {
            k++;
        }
        Word preposition = run.after(k);
        Word its = run.after(k + 1);
        return preposition != null && its != null && ITS_PREPOSITIONS.contains(preposition.key()) && its.is("its");
    }

    /** Prepositions before "its" that tie a document or a channel to the name just before: "Coles, in its release". */
    private static final Set<String> ITS_PREPOSITIONS = Set.of("in", "on", "through", "via", "with");

    /** True when a run holds an organisation word, or is a known organisation. */
    public boolean hasCue(NameRun run) {
        if (lexicon.isKnownOrganization(run.name())) {
            return true;
        }
        List<Word> names = run.nameWords();
        for (int k = 1; k < names.size(); k++) {
            if (lexicon.isOrganizationCue(names.get(k).text())) {
                return true;
            }
        }
        return names.size() >= 2 && lexicon.isOrganizationCue(names.get(0).text())
                && !lexicon.isStopWord(names.get(0).text());
    }

    /**
     * The index after an English "-based" word inside a run when capitalised words follow it ("North American-based
     * Linamar" gives the index of "Linamar"), else -1, and -1 before a given name ("Bristol-based Tom Price").
     */
    private int basedEnd(NameRun run) {
        for (int k = run.from(); k + 1 < run.to(); k++) {
            if (seatWord(run.words().get(k))) {
                return lexicon.givenName(run.words().get(k + 1).text()) == 0 ? k + 1 : -1; // not "Bristol-based Tom X"
            }
        }
        return -1;
    }

    /** True for an English word that names a firm's seat before its name: "London-based", "American-based". */
    static boolean seatWord(Word w) {
        String t = w.text().toLowerCase(java.util.Locale.ROOT);
        return t.endsWith("-based") && t.length() > 6;
    }

    /**
     * True when the word at {@code k} is an abbreviation written with its dot that opens a name ("St. Michael
     * Medical Center", "Mt. Sinai Hospital"): part of the name, though "St" alone is a stop word.
     */
    private static boolean abbreviatedOpener(NameRun run, int k) {
        List<Word> all = run.words();
        return k + 1 < run.to() && NameRun.isAbbreviation(all.get(k)) && all.get(k + 1).is(".");
    }

    /**
     * The run without leading stop words ("The", "Le") but with a place ("Ohio Civil Rights League"), and
     * without a leading acronym that stands for a common noun (« ONG », "NGO"); or null.
     */
    public NameRun stripLeading(NameRun run) {
        if (lexicon.isKnownOrganization(run.name())) {
            return run; // "White House", whose first word is a stop word
        }
        List<Word> all = run.words();
        for (int to = run.to(); to < all.size() && to < run.to() + 2 && all.get(to).isWord()
                && !all.get(to).isCapitalised(); to++) {
            NameRun longer = run.sub(run.from(), to + 1);
            if (lexicon.isKnownOrganization(longer.name())) {
                return longer; // « l'Union européenne », whose lower-case word is part of the known name
            }
        }
        int from = run.from();
        while (from < run.to() && (lexicon.isStopWord(run.words().get(from).text())
                && !(from > run.from() && lexicon.isKnownOrganization(run.sub(from, run.to()).name())) // "The White House"
                && !lexicon.isPlaceStopWord(run.words().get(from).text()) && !clubInitials(run, from)
                && !abbreviatedOpener(run, from)
                || !run.words().get(from).isWord())) {
            from++;
        }
        if (from >= run.to()) {
            return null;
        }
        if (from > run.from() && from + 1 == run.to() && lexicon.isOrganizationCue(run.words().get(from).text())
                && run.words().get(from - 1).isWord() && run.words().get(from - 1).isCapitalised()
                && !DETERMINING.contains(run.words().get(from - 1).key())) {
            from--; // "World Bank officials said": a cue word alone is no name; the word before it is part of it
        }
        from = afterMembers(run, from);
        Word dropped = from > run.from() ? run.words().get(from - 1) : null;
        Word beforeDropped = from - 2 >= 0 ? run.words().get(from - 2) : null;
        boolean midSentence = beforeDropped != null && (beforeDropped.isWord() || NameRun.isApostrophe(beforeDropped));
        if (dropped != null && dropped.isWord() && dropped.isCapitalised() && midSentence
                && lexicon.isOrganizationCue(run.words().get(from).text())) {
            from--; // "The Japan Times": a capitalised word inside a sentence is part of the name its cue word heads
        }
        if (from + 1 < run.to() && run.words().get(from).isAcronym() && lexicon.role(run.words().get(from).text()) == 'o'
                && run.words().get(from + 1).isCapitalised()) {
            from++; // « l'ONG Human Rights Watch »: the acronym of a common noun says what the organisation is
        }
        return run.sub(from, run.to());
    }

    /**
     * Where a body's name starts after a sentence's first word that is a plural person noun and "of" (and "the"):
     * "Representatives of the World Bank said" is the World Bank's people speaking, not a body called
     * "Representatives of …". Kept whole when what follows is no organisation by itself ("Friends of the Earth").
     * The plural is a role noun of the lexicon with its final "s" taken off. Returns {@code from} otherwise.
     */
    private int afterMembers(NameRun run, int from) {
        List<Word> all = run.words();
        Word first = all.get(from);
        boolean opens = from == 0 || !all.get(from - 1).isWord() && !NameRun.isApostrophe(all.get(from - 1));
        String key = first.key();
        if (!opens || from + 2 >= run.to() || !all.get(from + 1).is("of") || key.length() < 5 || !key.endsWith("s")
                || lexicon.description(key.substring(0, key.length() - 1)) == 0) {
            return from;
        }
        int rest = all.get(from + 2).is("the") ? from + 3 : from + 2;
        return rest < run.to() && hasCue(run.sub(rest, run.to())) ? rest : from;
    }

    /**
     * True for two capital letters before a capitalised word that is not in capitals: the initials of a club
     * (« l'ES Rochebrune », « l'AS Valmont », "FC Porto"), kept although « es » and « as » are words too.
     */
    private static boolean clubInitials(NameRun run, int k) {
        Word w = run.words().get(k);
        if (w.text().length() != 2 || !w.isAcronym() || k + 1 >= run.to()) {
            return false;
        }
        Word next = run.words().get(k + 1);
        return next.isWord() && next.isCapitalised() && !next.isAcronym();
    }

    /**
     * An organisation named by a capitalised cue word and the lower-case words and complements that follow it,
     * as French writes them: "la Cour constitutionnelle", "le Syndicat national des journalistes a dit" →
     * "Syndicat national des journalistes".
     */
    private Mention namedByCue(Reading reading, NameRun run) {
        // French puts adjectives after the noun (« Syndicat national »); in English a lower-case word after it
        // begins what is said of the body ("The Department issued a statement")
        int end = "fr".equals(reading.lang) ? lowerCaseEnd(run, run.to()) : run.to();
        NameRun named = run.sub(run.from(), complementEnd(run, end));
        return mention(reading, named, named.name());
    }

    /** The index after up to three lower-case words that follow index {@code to}: « Syndicat national », « spatial guyanais ». */
    private int lowerCaseEnd(NameRun run, int to) {
        return lowerCaseEnd(run, to, true);
    }

    /**
     * As {@link #lowerCaseEnd(NameRun, int)}; without {@code participles}, a past participle ends the name unless
     * another complement follows it: after a complement (« l'Observatoire national de l'habitat publié en avril »)
     * it opens what is said of the body, but « l'Association des imams modérés du Mali » goes on.
     */
    private int lowerCaseEnd(NameRun run, int to, boolean participles) {
        List<Word> words = run.words();
        int from = to;
        while (to < words.size() && to - from < 3 && plainLowerCase(words.get(to))
                && (participles || !pastParticiple(words.get(to))
                        || to + 1 < words.size() && DE.contains(words.get(to + 1).key())) // « imams modérés du Mali »
                && run.text().substring(words.get(to - 1).end(), words.get(to).start()).equals(" ")) {
            to++;
        }
        return to;
    }

    /** Lower-case words that may link the capitalised words of a name an institution noun introduces. */
    private static final Set<String> NAME_LINKS = Set.of("en", "et", "sur", "sous", "and", "on", "in");

    /**
     * The end of a name after an institution noun that goes on past a link word to capitalised words: « Lire en
     * Loire », « Vivre et Travailler Ici »; the run's own end when it does not.
     */
    private static int linkedEnd(NameRun run) {
        List<Word> words = run.words();
        int to = run.to();
        if (to + 1 < words.size() && NAME_LINKS.contains(words.get(to).key()) && !words.get(to).isCapitalised()
                && words.get(to + 1).isWord() && words.get(to + 1).isCapitalised()) {
            to += 2;
            while (to < words.size() && words.get(to).isWord() && words.get(to).isCapitalised()) {
                to++;
            }
        }
        return to;
    }

    private boolean plainLowerCase(Word w) {
        return w.isWord() && Character.isLowerCase(w.text().charAt(0))
                && (!lexicon.isStopWord(w.text()) || WORLDWIDE.contains(w.key()))
                && !lexicon.isReportingVerb(w.text()) && !SEMI_AUXILIARIES.contains(w.key());
    }

    /**
     * Adjectives of a body's reach that the stop words hold (never part of a person's name, as in « la Coupe
     * mondiale »), but that do continue a body's name: « l'Organisation mondiale de la santé », « la Banque
     * mondiale ».
     */
    private static final Set<String> WORLDWIDE = Set.of("mondial", "mondiale", "mondiaux", "mondiales");

    /**
     * French verbs that follow a subject to open its predicate (« L'ONG X vient de publier », « le syndicat
     * doit rendre »), so that they never continue an institution's name; the reporting verbs and the forms of
     * avoir and être are known otherwise.
     */
    private static final Set<String> SEMI_AUXILIARIES = Set.of("vient", "viennent", "venait", "va", "vont",
            "allait", "doit", "doivent", "devait", "devra", "peut", "peuvent", "pouvait", "pourra", "pourrait",
            "veut", "veulent", "voulait", "entend", "entendent", "compte", "comptent", "semble", "semblent",
            "reste", "restent", "fait", "font", "faisait", "tient", "tiennent", "publie", "publient", "lance",
            "lancent", "organise", "organisent", "accuse", "accusent", "demande", "demandent", "appelle",
            "appellent", "réclame", "réclament", "exige", "exigent", "dispose", "disposent");

    /**
     * True when a run's last word, an organisation noun, heads it in the French way and may take adjectives after
     * it: the run's only word, or a word after « de/du/des » (« CGT du Centre » + « spatial guyanais »), not the
     * last word of a name built like "Valmont Industries", whose next lower-case word is its verb.
     */
    private static boolean headInitial(NameRun run) {
        List<Word> words = run.words();
        int last = run.to() - 1;
        int k = last - 1;
        while (k >= run.from() && (NameRun.isApostrophe(words.get(k)) || ARTICLE.contains(words.get(k).key()))) {
            k--;
        }
        return k < run.from() || DE.contains(words.get(k).key()) && !words.get(k).isCapitalised();
    }

    private static final Set<String> DE = Set.of("de", "du", "des", "d");
    private static final Set<String> ARTICLE = Set.of("la", "l");

    /**
     * The index after the complements a French institution's name takes, « de/du/des » then a lower-case noun
     * with its adjectives (at most twice) or a proper name: « Syndicat indépendant » + « des pilotes » + « de
     * ligne », « Fédération départementale » + « des chasseurs » + « de la Lère », « Institut national » + « des
     * sciences » + « du vivant ». Returns {@code to} when no complement follows.
     */
    private int complementEnd(NameRun run, int to) {
        List<Word> words = run.words();
        for (int round = 0; round < 3 && to < words.size(); round++) {
            int k = to;
            if (!DE.contains(words.get(k).key()) || words.get(k).isCapitalised()) {
                break;
            }
            k++;
            while (k < words.size() && (NameRun.isApostrophe(words.get(k)) || ARTICLE.contains(words.get(k).key())
                    && !words.get(k).isCapitalised())) {
                k++;
            }
            if (k >= words.size() || !words.get(k).isWord()) {
                break;
            }
            Word w = words.get(k);
            if (w.isCapitalised() || lexicon.isPlaceStopWord(w.text())) { // « du Mali », a place the stop words hold too
                int end = k + 1;
                while (end < words.size() && words.get(end).isWord() && words.get(end).isCapitalised()) {
                    end++; // « de la Lère », « du Centre »
                }
                return words.get(end - 1).isAcronym() ? end // « le Bureau central de l'ALDH relève »: an acronym ends it
                        : lowerCaseEnd(run, end);
            }
            if (!plainLowerCase(w) || round == 2) {
                break;
            }
            to = lowerCaseEnd(run, k + 1, false);
        }
        return to;
    }

    private static boolean pastParticiple(Word w) {
        String k = w.key();
        return k.endsWith("é") || k.endsWith("ée") || k.endsWith("és") || k.endsWith("ées");
    }

    /**
     * True for a word after a capitalised elided article inside a sentence: « publié par L'Humanité », « pour
     * L'Opinion ». French writes the article with a capital only where it belongs to a title (a newspaper, a
     * company, a work), and no person's name takes it.
     */
    private static boolean elidedTitle(NameRun run) {
        Word apostrophe = run.before(1);
        Word article = run.before(2);
        Word before = run.before(3);
        return apostrophe != null && NameRun.isApostrophe(apostrophe) && article != null && article.text().equals("L")
                && apostrophe.start() == article.end() && before != null && (before.isWord() || before.is(","));
    }

    /**
     * True for one capitalised word after a capitalised « Le », « La » or « Les » inside a sentence: « a fait réagir
     * Le Canard enchaîné », « selon Le Monde ». As with {@link #elidedTitle}, French capitalises the article only
     * in a title; no person's name takes it (« Le Pen » keeps its given name or « M. » before it).
     */
    private boolean articleTitle(NameRun run) {
        Word article = run.before(1);
        Word before = run.before(2);
        return article != null && (article.text().equals("Le") || article.text().equals("La")
                || article.text().equals("Les")) && before != null && (before.isWord() && !before.isCapitalised()
                || before.is(",")) && lexicon.givenName(run.word(0).text()) == 0
                && !lexicon.isStopWord(run.word(0).text()) && run.after(1) != null;
    }

    /** A title's name: its article, its word and a lower-case participle after it (« Le Canard enchaîné »). */
    private String titleName(Reading reading, NameRun run) {
        return reading.text(run.paragraph()).substring(run.before(1).start(), titleEnd(run));
    }

    /** Where a title's name ends: after the lower-case participle that follows its word, if any. */
    private static int titleEnd(NameRun run) {
        Word next = run.after(1);
        boolean participle = next != null && next.isWord() && !next.isCapitalised() && next.start() == run.end() + 1
                && (next.key().endsWith("é") || next.key().endsWith("ée") || next.key().endsWith("és")
                || next.key().endsWith("ées"));
        return participle ? next.end() : run.end();
    }

    private static Mention mention(Reading reading, NameRun run, String name) {
        return new Mention(Mention.Kind.ORGANIZATION, run.paragraph(), run.start(), run.end(), name, '?',
                reading.quoted(run.paragraph(), run.start()));
    }
}
