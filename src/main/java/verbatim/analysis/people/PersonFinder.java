package verbatim.analysis.people;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import verbatim.analysis.reading.Reading;
import verbatim.analysis.reading.SetPhrases;
import verbatim.analysis.reading.Word;
import verbatim.analysis.reading.NameRun;
import verbatim.analysis.reading.Mention;
import verbatim.analysis.reading.Lexicon;

/**
 * Finds the people named in an article and gives each mention its canonical name, the longest form used.
 *
 * <p>A run of capitalised words is a person when it starts with a known given name ("Didier Queloz"), follows a
 * title ("M. Diallo", "King Thutmose II"), stands by a reporting verb ("a poursuivi Vondrousova", "Sajid said"),
 * by a role noun ("le président de la commission, Bakary Fofana"), after a demonym ("la Française Harmony Tan"),
 * in a list with another person ("Jeanne Added, Bigflo et Oli"), or repeats a word of a person's name. Products
 * ("Claude Opus 4.6"), organisations and places are not people.
 *
 * <p>Example: "Mrinank Sharma a démissionné. « … », écrit Sharma." gives one person, "Mrinank Sharma", with two
 * mentions.
 */
public final class PersonFinder {

    private static final Set<String> PREPOSITIONS = Set.of("at", "of", "in", "for", "from", "with", "by", "on",
            "near", "to", "about", "chez", "de", "du", "des", "d", "à", "au", "aux", "en", "dans", "pour", "par",
            "avec", "sur", "contre", "près", "vers", "sous");
    private static final Set<String> CONJUNCTIONS = Set.of("ni", "et", "ou", "mais", "and", "or", "but", "nor");
    private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l", "un", "une", "the", "a", "an",
            "et", "and", "que", "that", "qui", "who");
    /** "du Commerce Olivia Grégoire", "of State Antony Blinken": an institution's name, then a person's. */
    private static final Set<String> OF = Set.of("de", "du", "des", "d", "l", "of", "à", "au", "for", "pour");
    private static final Set<String> DETERMINERS = Set.of("le", "la", "les", "l", "un", "une", "the", "a", "an");
    /** French prepositions fused with the definite article (« du » = « de le », « au » = « à le »), written lower case. */
    private static final Set<String> CONTRACTED_ARTICLES = Set.of("du", "au", "aux");
    /** French prepositions of countries and regions (« en Sierra Leone », « au Costa Rica »), written lower case. */
    private static final Set<String> COUNTRY_PREPOSITIONS = Set.of("en", "au", "aux");
    /** Words before a place: "in Palo Alto", "à Saint-Brieuc". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "inside", "outside", "across",
            "à", "en", "dans", "près", "vers");
    /** Where a sentence or a quotation starts: the word after one of these opens it. */
    private static final String OPENERS = ".!?:;«“\"—–(";
    /** The French « de » and its contractions, which join a post to what it is the post of inside a name run. */
    private static final Set<String> FRENCH_OF = Set.of("de", "du", "des");

    private static final Set<String> SPLITTERS = Set.of("and", "&", "of", "the", "for", "y");

    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVX]+");

    /**
     * True for a given name and a common word after it that speaks or holds a post: « Jean Petit a déclaré », « le
     * porte-parole de l'Élysée, Bruno-Roger Petit, a révélé », « Pour Theresa May, Premier ministre, ». The common
     * word (a stop word: « Petit », « Grand », a month) is then a surname. A role named further off, with no comma
     * after the name, was tried too: it made a person of a name that was none.
     */
    private boolean commonWordSurname(NameRun name, List<Word> words, String lang) {
        Word first = words.get(0);
        if (words.size() != 2 || lexicon.givenName(first.text()) == 0 || lexicon.isStopWord(first.text())
                || lexicon.isPlace(first.text())) {
            return false;
        }
        String last = words.get(1).text();
        if (lexicon.isTitleOrPost(last) || lexicon.title(last) != null) {
            return false; // "the Prime Minister apologised": a post, no surname
        }
        boolean apposed = name.after(1) != null && name.after(1).is(","); // "X, a role," or ", X," after a role
        return reportingVerbNear(name, lang) || apposed && roleNear(name);
    }

    /** Posts that only the head of a company or a body holds: « PDG », "CEO", « fondateur ». */
    private static final Set<String> COMPANY_HEADS = Set.of("pdg", "ceo", "dg", "fondateur", "fondatrice",
            "cofondateur", "cofondatrice", "co-fondateur", "co-fondatrice", "founder", "co-founder", "cofounder");

    /**
     * True for one word right after « de » / "of" that follows a company head's post (« PDG de Transdev », "CEO of
     * Zentrix", « fondateur d'Olucome »): the body they lead, which no person is.
     */
    private static boolean companyHead(NameRun run) {
        int k = 1;
        Word of = run.before(k);
        if (of != null && NameRun.isApostrophe(of)) {
            of = run.before(++k);
        }
        Word post = run.before(k + 1);
        boolean inside = run.size() >= 3 && COMPANY_HEADS.contains(run.word(0).key())
                && (run.word(1).is("de") || run.word(1).is("of") || run.word(1).is("du")); // one run: « PDG de Transdev »
        return inside || run.nameWords().size() == 1 && of != null && post != null
                && (of.is("de") || of.is("d") || of.is("of") || of.is("du")) && COMPANY_HEADS.contains(post.key());
    }

    /** Words that may open a plural noun phrase: "the Prime Ministers", « les Premiers ministres ». */
    private static final Set<String> PLURAL_DETERMINERS = Set.of("the", "these", "those", "both", "two", "three",
            "several", "all", "les", "des", "ces", "deux", "trois", "plusieurs");

    /** Words that join a body's cue word to the rest of its name: "Institute for", "Council on", "Committee to". */
    private static final Set<String> BODY_LINKS = Set.of("for", "on", "to", "against", "pour", "contre");
    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\d{1,3}");
    private final Lexicon lexicon;
    private final OrganizationFinder organizations;

    public PersonFinder(Lexicon lexicon, OrganizationFinder organizations) {
        this.lexicon = lexicon;
        this.organizations = organizations;
    }

    /** A candidate name: its run (without title or demonym), the title it had, and what speaks for it. */
    private static final class Candidate {
        final NameRun run;
        final Lexicon.Title title;
        boolean evidence;
        boolean accepted;
        /** The gender the words around this mention give ('m', 'f'), or '?': "la ministre X", "Ms X". */
        char cue = '?';
        /** The given name written before a nickname in quotation marks: "Donald" of Donald "Dods" Nicolson. */
        Word given;
        /** The surname a given name shares with the next one: "Roy" of « Thierry et Véronique Roy ». */
        Word surname;

        Candidate(NameRun run, Lexicon.Title title, boolean evidence) {
            this.run = run;
            this.title = title;
            this.evidence = evidence;
        }

        /**
         * The keys of the name's words, with the lower-case particles inside it: "Stefan van Rijn" → [stefan,
         * van, rijn], so that "Van Rijn" opening a sentence is the same surname.
         */
        List<String> keys() {
            List<String> keys = new ArrayList<>();
            if (given != null) {
                keys.add(NameRun.nameKey(given));
            }
            if (surname != null) {
                keys.add(NameRun.nameKey(run.words().get(run.from())));
                keys.add(NameRun.nameKey(surname));
                return keys;
            }
            List<Word> names = run.nameWords();
            for (int k = run.from(); k < run.to(); k++) {
                Word w = run.words().get(k);
                if (names.contains(w)) {
                    keys.add(NameRun.nameKey(w));
                } else if (!keys.isEmpty() && NameRun.isParticle(w) && k + 1 < run.to()
                        && run.words().get(k + 1).isCapitalised()) {
                    keys.add(w.key());
                }
            }
            return keys;
        }

        /** The keys of the capitalised name words only. */
        List<String> nameKeys() {
            return run.nameWords().stream().map(NameRun::nameKey).toList();
        }
    }

    /** The person mentions of an article, in reading order, each with its canonical name. */
    public List<Mention> find(Reading reading, List<Mention> organizationMentions) {
        return find(reading, organizationMentions, new NameCues(reading, lexicon));
    }

    /** The person mentions of an article whose {@code cues} (made of the same reading) are known already. */
    public List<Mention> find(Reading reading, List<Mention> organizationMentions, NameCues cues) {
        Set<String> orgPlaces = new HashSet<>();
        organizationMentions.forEach(m -> orgPlaces.add(m.paragraph() + ":" + m.start()));
        List<Candidate> candidates = new ArrayList<>();
        for (NameRun raw : reading.runs) {
            if ("fr".equals(reading.lang) && namedAfter(raw)) {
                continue; // « le lycée Alexis de Tocqueville »: a place, whose words name nobody elsewhere either
            }
            for (NameRun part : split(raw, reading.lang)) {
                if ("fr".equals(reading.lang) && part.start() > raw.start() && namedAfterCapitalised(part)) {
                    continue; // « la Fondation Jean Jaurès », « au CHU Henri Mondor »: the name is the place's
                }
                if (part != raw && (part.nameWords().size() == 1 || afterCueAndOf(part))
                        && insideOrganization(part, organizationMentions)) {
                    // « la direction d'Air Océane »: "Océane" split off an organisation's name is no woman, nor
                    // "Marine Heritage" of the "Office of Marine Heritage"
                    continue;
                }
                Candidate c = candidate(part, orgPlaces, cues);
                if (c != null) {
                    candidates.add(c);
                }
            }
        }
        for (Candidate c : candidates) {
            c.given = givenBeforeNickname(c.run);
            c.surname = sharedSurname(c.run);
            c.evidence |= c.given != null || c.surname != null;
            c.accepted = c.evidence || startsWithGivenName(c);
        }
        trimComplements(candidates);
        for (int round = 0; round < 3; round++) {
            Set<String> known = new HashSet<>();
            candidates.stream().filter(c -> c.accepted).forEach(c -> {
                known.add(first(c));
                known.add(last(c));
            });
            for (int i = 0; i < candidates.size(); i++) {
                Candidate c = candidates.get(i);
                if (!c.accepted && (known.contains(first(c)) || known.contains(last(c))
                        || listedWith(reading, candidates, i) && !lexicon.isPlace(c.run.name()) && !fromPlace(c.run))) {
                    // but "a couple from Tasmania, Richard and Lisa Parry": a place before the names is no third one
                    c.accepted = true;
                }
            }
        }
        Set<String> places = namedPlaces(reading);
        return mentions(reading, candidates.stream().filter(c -> c.accepted && !(c.title == null
                && c.run.nameWords().size() == 1 && places.contains(c.run.nameWords().get(0).key()))).toList(),
                reading.lang);
    }

    /**
     * French nouns of places, buildings and storms that take a person's name right after them, in lower case: « le
     * lycée Alexis de Tocqueville », « la rue Victor Hugo », « le stade Pierre Mauroy », « la tempête Ciara ». Source:
     * compiled by the Verbatim
     * team from French street and building naming.
     */
    private static final Set<String> NAMED_AFTER = Set.of("lycée", "collège", "école", "rue", "avenue", "boulevard",
            "place", "quai", "allée", "impasse", "cours", "stade", "piscine", "gymnase", "salle", "hôpital", "clinique",
            "musée", "université", "faculté", "gare", "aéroport", "pont", "parc", "square", "jardin", "théâtre",
            "médiathèque", "bibliothèque", "résidence", "institut", "fondation", "prix", "promotion",
            "campus", "station", "tunnel", "porte", "esplanade", "rond-point", "caserne", "base", "port", "paquebot",
            "porte-avions", "navire", "frégate", "sous-marin", "mosquée", "église", "cathédrale", "basilique",
            "chapelle", "synagogue", "temple", "tempête", "ouragan", "cyclone", "typhon", "chu", "chr", "ehpad");

    /**
     * True for a run right after a lower-case French noun of a place or building named after a person; asked of
     * French articles only ("centre Ingrid Halvorsen" is a player's position, and English capitalises such nouns).
     */
    private boolean namedAfter(NameRun run) {
        Word noun = run.before(1);
        return noun != null && noun.isWord() && !noun.isCapitalised() && NAMED_AFTER.contains(noun.key())
                && run.text().substring(noun.end(), run.start()).equals(" ") && !holderOf(run);
    }

    /**
     * True when a post's noun governs the place noun before a name, through « de » and an article: « la présidente
     * de l'université Josette X », « le directeur du musée Paul X » — the name is the post holder's, as in « le
     * chef de la diplomatie Sergueï X », not the place's.
     */
    private boolean holderOf(NameRun run) {
        int k = 2;
        while (k <= 4 && run.before(k) != null && (NameRun.isApostrophe(run.before(k))
                || ARTICLES.contains(run.before(k).key()))) {
            k++;
        }
        Word link = run.before(k);
        Word post = run.before(k + 1);
        return link != null && post != null && (link.is("de") || link.is("du") || link.is("d")) && isRole(post)
                && !post.isCapitalised();
    }

    /**
     * True for the part of a run of capitalised words that follows, within the run, a French noun of a place or
     * building written with its capital or as an acronym: « la Fondation Jean Jaurès », « le CHU Henri Mondor ».
     */
    private static boolean namedAfterCapitalised(NameRun part) {
        Word noun = part.before(1);
        return noun != null && noun.isWord() && noun.isCapitalised() && NAMED_AFTER.contains(noun.key())
                && part.text().substring(noun.end(), part.start()).equals(" ");
    }

    /** True for one word right after "from", "in" and the like: "a couple from Florida, Richard and Lisa Parry". */
    private static boolean fromPlace(NameRun run) {
        Word before = run.before(1);
        return run.nameWords().size() == 1 && before != null && !before.isCapitalised()
                && (before.is("from") || PLACE_PREPOSITIONS.contains(before.key()));
    }

    /** Nouns for a place that name it after « de » / "of": « la ville de X », "the town of X". */
    private static final Set<String> PLACE_NOUNS = Set.of("ville", "commune", "village", "région", "province",
            "département", "capitale", "île", "quartier", "cité", "city", "town", "region",
            "county", "district", "island", "capital", "state", "port");

    /**
     * The keys of the single words an article names as places: « la ville de Tombel », "the town of Carrow". Such a
     * word is no person anywhere in the article unless a title goes with it.
     */
    private static Set<String> namedPlaces(Reading reading) {
        Set<String> places = new HashSet<>();
        for (NameRun run : reading.runs) {
            Word of = run.before(1);
            Word noun = of != null && NameRun.isApostrophe(of) ? run.before(3) : run.before(2);
            if (of != null && noun != null && run.nameWords().size() == 1
                    && (of.is("de") || of.is("of") || NameRun.isApostrophe(of) && run.before(2).is("d"))
                    && PLACE_NOUNS.contains(noun.key()) && !noun.isCapitalised()) {
                places.add(run.nameWords().get(0).key());
            }
        }
        return places;
    }

    /**
     * True for a word after « de » / « d' » that follows a lower-case word which is neither a role nor a title
     * (« de recherche biomédicale de Thiès », « la région de Kolda »): the complement of a thing, a place as a
     * rule; not « le général de Gaulle », where a role noun stands before the particle.
     */
    private boolean afterNounAndDe(NameRun name) {
        Word de = name.before(1);
        int back = 2;
        if (de != null && NameRun.isApostrophe(de)) {
            de = name.before(2);
            back = 3;
        }
        Word noun = name.before(back);
        return de != null && (de.is("de") || de.is("d")) && noun != null && noun.isWord() && !noun.isCapitalised()
                && lexicon.role(noun.text()) == 0 && lexicon.title(noun.text()) == null
                && lexicon.description(noun.text()) == 0 && !lexicon.isReportingVerbAfterQuote(noun.text());
    }

    /**
     * True for a part of a run right after a capitalised organisation word and a lower-case "of": the
     * "Ecological Transition" of the "Ministry of Ecological Transition", the "Marine Heritage" of the "Office of
     * Marine Heritage" — what the body deals with, not who.
     */
    private boolean afterCueAndOf(NameRun part) {
        Word of = part.before(1);
        Word cue = part.before(2);
        return of != null && of.is("of") && !of.isCapitalised() && cue != null && cue.isWord()
                && cue.isCapitalised() && lexicon.isOrganizationCue(cue.text());
    }

    /** True when a part of a run lies within an organisation's mention. */
    private static boolean insideOrganization(NameRun part, List<Mention> organizations) {
        for (Mention m : organizations) {
            if (m.paragraph() == part.paragraph() && m.start() <= part.start() && m.end() >= part.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The title kept in a name (see {@code titles.txt}: « pape », « roi », « reine », « prince ») written in lower
     * case right before a given name alone, as French writes a sovereign's or a pope's name (« le pape François »):
     * the title is then how the person is named. Null otherwise, and before a given name with a Roman numeral, which
     * names the sovereign alone (« la reine Elizabeth II » is "Elizabeth II", as annotators write it).
     */
    private Lexicon.Title regnalTitle(NameRun name, List<Word> words) {
        Word before = name.before(1);
        if (before == null || !before.isWord() || before.isCapitalised() || words.size() != 1
                || lexicon.givenName(words.get(0).text()) == 0 || name.from() == 0) {
            return null;
        }
        String text = before.text();
        Lexicon.Title t = lexicon.title(Character.toUpperCase(text.charAt(0)) + text.substring(1));
        return t != null && t.kept() ? t : null;
    }

    /** Splits a run at "and", "of" and the like, and before a given name that follows a non-name. */
    private List<NameRun> split(NameRun run, String lang) {
        List<NameRun> pieces = new ArrayList<>();
        Word before = run.before(1);
        Word after = run.after(1);
        if (before != null && before.is("&") || after != null && after.is("&")) {
            return pieces; // "Johnson & Johnson", "Marks & Spencer": a firm's name, whose words name nobody
        }
        int from = run.from();
        for (int k = run.from(); k < run.to(); k++) {
            Word w = run.words().get(k);
            if (SPLITTERS.contains(w.key()) && !w.isCapitalised()) {
                if (k > from) {
                    pieces.add(run.sub(from, k));
                }
                from = k + 1;
            }
        }
        if (from < run.to()) {
            pieces.add(run.sub(from, run.to()));
        }
        List<NameRun> parts = new ArrayList<>();
        for (NameRun piece : pieces) {
            // "the United States and the United Arab Emirates": two places, each whole, before "United" is taken
            // off either as a common word
            if (piece.nameWords().size() < 2 || !lexicon.isPlace(piece.name())) {
                parts.addAll(splitBeforeGivenName(piece, lang));
            }
        }
        return parts;
    }

    /**
     * Splits "Reuters Arthur Mensch", "(ministre du) Commerce Olivia Grégoire" and « (l'agence) RIA Novosti Anna
     * Petrova » before the given name: after « de » or an institution noun, a run that opens with no given name
     * is an institution's name, and a given name after it begins a person's.
     */
    private List<NameRun> splitBeforeGivenName(NameRun run, String lang) {
        List<NameRun> parts = new ArrayList<>();
        int from = run.from();
        Word first = run.words().get(run.from());
        Word b1 = run.before(1);
        Word b2 = run.before(2);
        boolean afterOf = b1 != null && OF.contains(b1.key()) || b1 != null && b2 != null && OF.contains(b2.key())
                && (NameRun.isApostrophe(b1) || b1.is("la") || b1.is("le") || b1.is("les") || b1.is("the"));
        boolean articled = b1 != null && (b1.is("du") || b1.is("des")) || afterOf && !OF.contains(b1.key());
        boolean noun = articled && lexicon.givenName(first.text()) != 0 && lexicon.isFrenchWord(first.text());
        boolean institution = (afterOf || lexicon.isInstitutionNoun(b1)) // « de X », « l'agence X »
                && (lexicon.givenName(first.text()) == 0 || first.isAcronym() || noun) // « du Trésor Steven Mnuchin »:
                && lexicon.title(first.text()) == null;
        if (organizations.partyBeforeName(run)) {
            parts.add(run.sub(from, from + 1)); // « le député LR Tshepo Mokoena »: the party, then the person
            from++;
        }
        int titled = run.to() - 3; // "State Congress President Girish Chodankar": the body, then its president
        if (titled > run.from() && lexicon.isTitleOrPost(run.words().get(titled).text())
                && run.words().get(titled).isCapitalised()
                && lexicon.isOrganizationCue(run.words().get(titled - 1).text())
                && run.words().get(titled + 1).isCapitalised() && run.words().get(titled + 2).isCapitalised()) {
            parts.add(run.sub(from, titled));
            from = titled;
        }
        int common = commonWordsBeforeName(run, lang);
        if (common > from) {
            parts.add(run.sub(from, common)); // « la ministre de la Santé Tamati Haugland »: no given name to tell
            from = common;
        }
        boolean ofInside = false; // « Le Président des États-Unis Donald Trump »: a post, « des », a place, a person
        for (int k = run.from() + 1; k < run.to(); k++) {
            Word w = run.words().get(k);
            Word prev = run.words().get(k - 1);
            ofInside |= !prev.isCapitalised() && FRENCH_OF.contains(prev.key()) && k - 1 > run.from();
            boolean newName = lexicon.givenName(w.text()) != 0 && w.isCapitalised() && !NameRun.isParticle(prev)
                    && ofInside && k + 1 < run.to() && prev.isCapitalised() && lexicon.givenName(prev.text()) == 0
                    || lexicon.givenName(w.text()) != 0 && w.isCapitalised() && !NameRun.isParticle(prev)
                    && (isNonName(prev) || k + 1 < run.to() && lexicon.isOrganizationCue(prev.text()) || institution && prev.text().length() > 1
                    && (lexicon.givenName(prev.text()) == 0 || noun && k == run.from() + 1));
            if (newName) {
                parts.add(run.sub(from, k));
                from = k;
            }
        }
        parts.add(run.sub(from, run.to()));
        return parts;
    }


    /**
     * Where a person's name begins in a run after « de » (or "of") that opens with capitalised common words: the
     * institution's name « Santé », « Sénat », « Finances » are words of the French dictionary, and the two or three
     * capitalised words after them are none, so they are a name even when no list knows its given name (« le
     * président du Sénat Tamati Haugland », "the Department of Justice Ebere Varga"). {@code run.from()} when the
     * run is not so made: a given name there is split off by the caller's own rule, and a single word after the
     * common ones is the institution's own (« de Nouvelle Calédonie »).
     */
    private int commonWordsBeforeName(NameRun run, String lang) {
        if (!afterGenitive(run)) {
            return run.from(); // not « l'Américain Ngari X », a demonym and a name
        }
        int k = run.from();
        while (k < run.to() && isCommonCapitalised(run.words().get(k))) {
            k++;
        }
        Word first = run.words().get(run.from());
        if (k == run.from() && "fr".equals(lang) && run.size() == 3 && first.isWord() && !first.isAcronym()
                && lexicon.givenName(first.text()) == 0 && lexicon.title(first.text()) == null
                && lexicon.placeCue(first.text()) == 0 && !lexicon.isOrganizationCue(first.text())) {
            k++; // « le député de la Drôme Adwoa Varga »: one proper name of a place or a body, then two words
        }
        int rest = run.to() - k;
        if (k == run.from() || rest < 2 || rest > 3) {
            return run.from();
        }
        for (int j = k; j < run.to(); j++) {
            Word w = run.words().get(j);
            if (!w.isCapitalised() || NameRun.isParticle(w) || lexicon.isFrenchWord(w.text())
                    || lexicon.isOrganizationCue(w.text()) || lexicon.title(w.text()) != null
                    || lexicon.placeCue(w.text()) != 0) {
                return run.from();
            }
        }
        return k;
    }

    /** Genitive prepositions, before an article or not: « de la Santé », « du Sénat », "of Justice". */
    private static final Set<String> GENITIVE = Set.of("de", "du", "des", "d", "of");

    /** True when a run comes right after a genitive preposition and at most an article: « de l' », « du », "of the". */
    private static boolean afterGenitive(NameRun run) {
        int k = 1;
        if (run.before(k) != null && NameRun.isApostrophe(run.before(k))) {
            k++;
        }
        Word w = run.before(k);
        if (w != null && (w.is("la") || w.is("le") || w.is("les") || w.is("l") || w.is("the"))) {
            w = run.before(k + 1);
        }
        return w != null && GENITIVE.contains(w.key());
    }

    /** A capitalised word of the French dictionary that is no given name: « Santé », « Sénat », "Justice". */
    private boolean isCommonCapitalised(Word w) {
        return w.isWord() && w.isCapitalised() && !w.isAcronym() && lexicon.givenName(w.text()) == 0
                && lexicon.isFrenchWord(w.text());
    }

    private boolean isNonName(Word w) {
        return lexicon.title(w.text()) == null && (lexicon.isKnownOrganization(w.text()) || w.isAcronym()
                || lexicon.role(w.text()) != 0 || lexicon.isStopWord(w.text()));
    }

    private Candidate candidate(NameRun run, Set<String> orgPlaces, NameCues cues) {
        if (run.nameWords().stream().anyMatch(w -> w.text().chars().anyMatch(Character::isDigit))) {
            return null; // "H1N1", "COVID-19", "A380": a word with a digit names no person
        }
        if (run.nameWords().stream().allMatch(w -> ROMAN.matcher(w.text()).matches())) {
            return null; // « les fusées Titan III et IV »: a Roman numeral alone names nobody
        }
        List<Word> all = run.nameWords();
        String last = all.get(all.size() - 1).text();
        if (all.size() <= 3 && last.length() > 3 && last.endsWith("s")
                && lexicon.isTitleOrPost(last.substring(0, last.length() - 1))
                && (run.before(1) != null && PLURAL_DETERMINERS.contains(run.before(1).key())
                        || PLURAL_DETERMINERS.contains(run.word(0).key()))) {
            return null; // "the Prime Ministers of Belgium and Spain": a post's plural names several holders, no one
        }
        if (companyHead(run)) {
            return null; // « Thierry Mallet, PDG de Transdev »: the company its head leads
        }
        if (run.before(1) != null && BODY_LINKS.contains(run.before(1).key()) && run.before(2) != null
                && run.before(2).isWord() && run.before(2).isCapitalised()
                && lexicon.isOrganizationCue(run.before(2).text()) && lexicon.givenName(run.word(0).text()) == 0) {
            return null; // "the Institute for Fiscal Studies", "Center for Food Safety": the rest of a body's name
        }
        Lexicon.Title title = null;
        boolean evidence = false;
        int from = run.from();
        boolean determiner = run.before(1) != null && DETERMINERS.contains(run.before(1).key())
                && !run.before(1).isCapitalised() || run.before(1) != null && NameRun.isApostrophe(run.before(1))
                && run.before(2) != null && run.before(2).is("l");
        Word before = run.before(1);
        if (before != null && before.is(".") && run.before(2) != null && lexicon.title(run.before(2).text() + ".") != null) {
            title = lexicon.title(run.before(2).text() + ".");
        }
        boolean particleAfterRole = false;
        boolean foreignGiven = false;
        boolean demonym = false; // « la Française X Y »: the article belongs to the demonym, not to the name
        int portfolio = portfolioEnd(run);
        while (from < run.to()) {
            Word w = run.words().get(from);
            Lexicon.Title t = lexicon.title(w.text());
            boolean dotted = from + 1 < run.to() && run.words().get(from + 1).is(".");
            if (dotted && lexicon.title(w.text() + ".") != null) {
                t = lexicon.title(w.text() + ".");
            }
            if (t != null && from + 1 < run.to()) {
                title = t;
                if (t.kept()) {
                    break;
                }
                from += dotted ? 2 : 1;
            } else if (lexicon.demonym(w.text()) != 0 && from == run.from() && run.before(1) != null
                    && run.before(1).isWord() && run.before(1).isCapitalised()) {
                return null; // "France Bleu Armorique" cut after "France": the rest of a name, not a demonym
            } else if (lexicon.demonym(w.text()) != 0 && from + 2 == run.to() && lexicon.givenName(w.text()) == 0
                    && lexicon.givenName(run.words().get(from + 1).text()) == 0 // but "Lorraine Petrakis"
                    && lexicon.title(run.words().get(from + 1).text()) == null) {
                return null; // "Saudi Arabia", "Saudi Aramco", "British Airways": a place or a company, no person
            } else if (OrganizationFinder.seatWord(w) && from + 1 < run.to()) {
                if (lexicon.givenName(run.words().get(from + 1).text()) == 0) {
                    return null; // "American-based Linamar": a firm named after its seat
                }
                from++; // "Bristol-based Tom Price"
            } else if (lexicon.demonym(w.text()) != 0 && from + 1 < run.to() && lexicon.givenName(w.text()) == 0) {
                evidence = true;
                demonym = from == run.from();
                from++;
            } else if (title != null && from + 1 < run.to() && NameRun.isParticle(w)
                    && run.words().get(from + 1).isCapitalised()) {
                break; // "M. Le Gall", "M. de Villepin": after a title, a particle begins the surname
            } else if (from == run.from() && run.to() - from == 2 && NameRun.isParticle(w) && w.isCapitalised()
                    && run.before(1) != null && run.before(1).isWord() && !run.before(1).isCapitalised()
                    && lexicon.description(run.before(1).text()) != 0 && lexicon.description(run.before(1).text()) != 'o') {
                particleAfterRole = true;
                break; // « le général De Gaulle »: after a role noun, a capitalised particle begins the surname
            } else if (from == run.from() && from + 1 < run.to() && "en".equals(cues.lang)
                    && FRENCH_FUNCTION_NAMES.contains(w.key()) && !opensSentence(run)
                    && run.words().get(from + 1).isCapitalised() && !lexicon.isStopWord(run.words().get(from + 1).text())) {
                foreignGiven = true;
                break; // "said Les Moreau", "according to Ma Ngok": no French article in English text, a name
            } else if (from == run.from() && lexicon.givenName(w.text()) == 0 && portfolio > from) {
                from = portfolio; // "Minister of Roads and Rural Bridges Anil Desai": the portfolio, then the name
            } else if (from == run.from() && from + 1 < run.to() && afterNumber(run) && lexicon.givenName(w.text()) == 0
                    && lexicon.givenName(run.words().get(from + 1).text()) != 0) {
                from++; // « explique pour 20 Minutes Julien Morvan »: the number and its word name an outlet
            } else if (from == run.from() && run.to() - from >= 3 && opensSentence(run) && gerundOpening(w)) {
                from++; // « Citant Anne Roy, … », "Quoting Anne Roy, …": a participle, then the name
            } else if (!w.isWord() || lexicon.isStopWord(w.text()) && !(from + 1 < run.to()
                    && cues.isParticleSurname(w.key(), run.words().get(from + 1).key()))
                    && !(dotted && w.text().length() == 1 && Character.isUpperCase(w.text().charAt(0)))) {
                // "J. K. Rowling": an initial, not the stop word "J"
                determiner |= DETERMINERS.contains(w.key()) && title == null;
                if (w.isWord() && w.isCapitalised() && lexicon.isPlaceStopWord(w.text()) && from + 2 == run.to()
                        && lexicon.givenName(run.words().get(from + 1).text()) == 0) {
                    return null; // "France Info", "Paris Match": a place and one word, an outlet's or a club's name
                }
                from++;
            } else {
                break;
            }
        }
        if (from >= run.to()) {
            return null;
        }
        if (run.to() - from == 1 && lexicon.title(run.words().get(from).text()) != null
                && !lexicon.title(run.words().get(from).text()).kept()) {
            return null; // « Le 24 décembre, Mme regrette … »: a courtesy title alone names nobody
        }
        Word dot = run.after(1);
        if (run.to() - from == 1 && dot != null && dot.is(".") && lexicon.title(run.words().get(from).text() + ".") != null) {
            return null; // "Sen." of "said Sen. Mark Hollis": a title, the name follows
        }
        char roleGender = '?';
        int role = functionEnd(run, from);
        if (role == from && from + 2 < run.to() && (describesBeforeAName(run.words().get(from), run.words().get(from + 1))
                || from == run.from() && opensSentence(run) && describesAtSentenceStart(run, from))) {
            role = from + 1; // "Campaigner Fatima Osei", "Producer Marcus Le Roux": a description used as a title
        } else if (role == from && from + 2 == run.to() && from == run.from() && opensSentence(run)
                && describesBeforeASurname(run.words().get(from), run.words().get(from + 1))) {
            role = from + 1; // "Democrat Spearman, a minister, …": the noun opens the sentence, the surname follows
        }
        if (role > from) {
            evidence = true;
            roleGender = lexicon.role(run.words().get(role - 1).text());
            from = role;
            while (from < run.to() && !run.words().get(from).isCapitalised()) {
                from++;
            }
            while (from + 1 < run.to()) { // "Chairman Dr Helen Ward": a title after the role is no part of the name
                Word w = run.words().get(from);
                boolean dotted = run.words().get(from + 1).is(".");
                Lexicon.Title t = dotted ? lexicon.title(w.text() + ".") : lexicon.title(w.text());
                if (t == null || t.kept() || dotted && from + 2 >= run.to()) {
                    break;
                }
                title = t;
                from += dotted ? 2 : 1;
            }
            Word rest = run.words().get(from < run.to() ? from : run.to() - 1);
            Lexicon.Title alone = lexicon.title(rest.text()) != null ? lexicon.title(rest.text()) : lexicon.title(rest.text() + ".");
            if (run.to() - from == 1 && alone != null && !alone.kept()) {
                return null; // "Chairman Dr. Paul Moss": the role and the title, the name after the dot
            }
        }
        int to = run.to();
        while (to - from > 1 && OrganizationFinder.POSTNOMINALS.contains(run.words().get(to - 1).text())) {
            to--; // "Amira Haddad KC", "Sir Tom Lane MP": honours and offices after a name are no part of it
            evidence = true;
        }
        NameRun name = run.sub(from, to);
        List<Word> words = name.nameWords();
        boolean rightAfterTitle = title != null && name.before(1) != null
                && (name.before(1).is(".") || lexicon.title(name.before(1).text()) != null)
                && lexicon.role(words.get(0).text()) == 0; // « M. Compagnon », not « M. le Président »
        Word next = name.after(1);
        if (words.size() > 1 && lexicon.isNationality(words.get(words.size() - 1).text())
                && name.before(1) != null && ARTICLES.contains(name.before(1).key())
                && next != null && next.isWord() && !next.isCapitalised()) {
            return null; // "the Sri Lankan promoters": an adjective of nationality between an article and its noun
        }
        if (qualifiesHolder(name, words)) {
            return null; // "Northfield MP Omar Haidari", "Harlow Gov. Tim Vance": the constituency of the post's holder
        }
        if (words.size() == 1 && isPersonNoun(words.get(0)) && !rightAfterTitle) {
            return null; // "Afghan Girls", "Young Farmers": a noun for people, not a name
        }
        if (words.isEmpty() || orgPlaces.contains(name.paragraph() + ":" + name.start())
                || orgPlaces.contains(run.paragraph() + ":" + run.start()) || organizations.hasCue(name)) {
            return null;
        }
        Word firstWord = words.get(0);
        Word lastWord = words.get(words.size() - 1);
        boolean keptTitle = title != null && title.kept() && lexicon.title(firstWord.text()) == title;
        boolean particleName = words.size() > 1 && NameRun.isParticle(firstWord) && (title != null || particleAfterRole
                || cues.isParticleSurname(firstWord.key(), words.get(1).key())); // « a déclaré Le Pen »
        boolean titleSurname = words.size() > 1 && lexicon.title(lastWord.text()) != null // "Stephen King"
                || FUNCTION_SURNAMES.contains(lastWord.key()) && (words.size() == 2 || words.size() == 3
                && NameRun.isParticle(words.get(1)) && lexicon.givenName(firstWord.text()) != 0) // "Karl De Vos"
                && (lexicon.givenName(firstWord.text()) != 0 // "Anneke Vos", "Carla Des"
                || !lexicon.isStopWord(firstWord.text()) && roleNear(name)) // « le président, Masayoshi Son, »
                || commonWordSurname(name, words, cues.lang);
        boolean initial = firstWord.text().length() == 1 && Character.isUpperCase(firstWord.text().charAt(0))
                && name.to() > name.from() + 1 && name.words().get(name.from() + 1).is("."); // "J. K. Rowling"
        if ((!keptTitle && !particleName && !initial && !foreignGiven && lexicon.isStopWord(firstWord.text()))
                || lexicon.isStopWord(lastWord.text()) && !titleSurname && !endsWithInitial(name)
                || isProduct(name) || endsWithFunction(words) || innerStopWord(words)
                || lexicon.isPluralDemonym(lastWord.text()) // "Ancient Egyptians": a people, no person
                || words.size() == 1 && inhabitants(firstWord, cues.lang) // "appeals to Lagosians": unlisted ones
                || words.size() == 1 && timeZone(name) // "at 2:32 p.m. Pacific time"
                || words.stream().anyMatch(w -> w.isAcronym() && !ROMAN.matcher(w.text()).matches()
                        && !cues.isCapitalSurname(w))
                || (words.size() == 1 && (organizations.isOrganizationWord(firstWord) || firstWord.text().length() < 2
                || lexicon.isOrganizationCue(firstWord.text())
                || lexicon.demonym(firstWord.text()) != 0 || lexicon.isNationality(firstWord.text())
                || lexicon.role(firstWord.text()) != 0))) {
            return null;
        }
        boolean named = title != null || words.size() >= 2 && lexicon.givenName(firstWord.text()) != 0
                && !lexicon.isStopWord(firstWord.text());
        if (!named && words.size() == 1 && lexicon.givenName(firstWord.text()) == 0 && hearer(name)) {
            return null; // "told Wikinews", « a déclaré à Reuters »: whom a speaker told is an outlet here
        }
        if (!named && words.size() == 1 && "fr".equals(cues.lang) && name.before(1) != null
                && (CONTRACTED_ARTICLES.contains(name.before(1).text()) || name.before(1).is("des")
                && lexicon.isFrenchWord(firstWord.text()) && firstWord.key().matches(".*[sx]"))) {
            determiner = true; // « un article du Canard enchaîné », « au Figaro », « le ministre des Transports »
        }
        if (words.size() == 1 && name.size() == 1 && "fr".equals(cues.lang) && name.before(1) != null
                && Lexicon.FRENCH_DEMONSTRATIVES.contains(name.before(1).text())) {
            determiner = true; // « cette Lavalloise », « ce Breton »: an inhabitant, no name
        }
        if (demonym && determiner && words.size() > 1 && words.size() <= 3 && words.size() == name.size()
                && words.stream().allMatch(this::plainNameWord)) {
            determiner = false; // « la Française Kagiso Adeyemi »: a person; but « le Français Air Liquide »
        }
        if (!named && (determiner && !leadsGovernment(name) || placeLike(words, false) && !roleNear(name)
                || modifiesRole(name)) || placeLike(words, true) || locatedAt(name, words)) { // but "said Dae-jung Park"
            return null; // "l'Académie", "the Guardian", "the Pulitzer Prize", "Arsenal manager": no person
        }
        if (words.size() > 1 && (lexicon.title(lastWord.text()) != null || lexicon.role(lastWord.text()) != 0)
                && name.after(1) != null
                && name.after(1).isWord() && name.after(1).isCapitalised() && lexicon.givenName(name.after(1).text()) != 0
                && name.text().substring(name.end(), name.after(1).start()).equals(" ")) {
            return null; // "Florida Governor Ron DeSantis": a place and a title before the holder's given name
        }
        if (modifiesRole(name) && name.after(2) != null && name.after(2).isWord() && name.after(2).isCapitalised()) {
            return null; // "Philippine Red Cross chair Richard Gordon": the holder is named after the post, and the
            // name before it, even one that opens with a given name, is where the post is held
        }
        if (title == null && words.size() == 1 && opensSentence(name) && participleOpening(firstWord, name.after(1))) {
            return null; // « Interrogé par la juge, … », "Asked by the coroner, …": a participle, no name
        }
        if (alias(name)) {
            return null; // "under the ring name Brodie Lee", « sous le nom de scène X »: another name of someone named
        }
        if (namedThing(name) || thingAfter(name) || workplace(name) || publishedIn(name) // a thing, a workplace, a journal
                || name.before(1) != null && SHIP_PREFIXES.contains(name.before(1).text())) {
            return null; // "a country retreat called Bryn Tirion", "the Crew Dragon spacecraft": what is named is a thing
        }
        if (title == null && words.size() == 1 && opensSentence(name) && adverbOpening(firstWord, name.after(1))) {
            return null; // "Additionally, …", « Finalement, … »: an adverb set before its clause, no name
        }
        if (title == null && words.size() == 1 && opensSentence(name) && cues.isWrittenLowerCase(firstWord)) {
            return new Candidate(name, null, false); // "Several" where the article writes "several": a word
        }
        if (title == null && "fr".equals(cues.lang) && name.before(1) != null
                && COUNTRY_PREPOSITIONS.contains(name.before(1).text())) {
            return null; // « en Sierra Leone », « au Costa Rica »: French puts these before countries, never people
        }
        if (!named && words.size() == 1 && name.before(1) != null && (name.before(1).is("of") || name.before(1).is("from"))
                && name.before(2) != null && name.before(2).isWord() && name.before(2).isCapitalised()
                && lexicon.title(name.before(2).text()) == null) {
            return null; // "Patrice Talon of Benin", "Lia Moreno from Tarnow": where a person is from, not a person
        }
        if (!named && name.before(1) != null && PLACE_PREPOSITIONS.contains(name.before(1).key())
                && !name.before(1).isCapitalised() || !named && words.size() == 1 && "fr".equals(cues.lang)
                && afterNounAndDe(name) && !personalContext(name)) { // but « la ferme de Patrick, agriculteur, »
            evidence = false; // "in Palo Alto", « l'Institut de recherche biomédicale de Thiès »: a place, unless
            // the article names a person so elsewhere
        } else if (words.size() > 1 && title == null && lexicon.isPlace(name.name())) {
            return null; // "Abu Dhabi", "Burkina Faso": a country or a large city of several words (GeoNames)
        } else if (!named && title == null && lexicon.isPlace(name.name())) {
            // "Benin" (a country): a person only with a role or a demonym before it, or where the article names a
            // person so elsewhere
        } else {
            evidence |= title != null || reportingVerbNear(name, cues.lang) || roleNear(name)
                    || personalContext(name) || subjectGivenName(name, cues) || qualifiedGivenName(name, cues)
                    || givenNameIntroducingQuotation(name, cues)
                    || kinNamed(name) || affiliated(name) || leadsGovernment(name)
                    || words.size() > 1 && describedAsPerson(name)
                    || "fr".equals(cues.lang) && !determiner && frenchNameShape(name, words);
        }
        Lexicon.Title regnal = regnalTitle(name, words);
        if (title == null && regnal != null) {
            name = name.sub(name.from() - 1, name.to()); // « le pape François », « la reine Elizabeth II »
            title = regnal;
            evidence = true;
        }
        Candidate c = new Candidate(name, title, evidence);
        c.cue = title != null && title.gender() != '?' ? title.gender()
                : roleGender == 'm' || roleGender == 'f' ? roleGender : genderAround(name, cues.lang);
        return c;
    }

    /**
     * The index after the function words that open a run, or {@code from} when there are none: in "Shadow
     * Health Secretary Lena Ford" the function ends after "Secretary", in "Malian Ambassador Ousmane Traoré"
     * after "Ambassador". A kept title ("King Charles") is the person's name and no function; a role noun
     * that is the last name word ("Minnie Driver") is a surname.
     */
    private int functionEnd(NameRun run, int from) {
        int end = from;
        int lastName = -1;
        for (int k = run.to() - 1; k >= from; k--) {
            if (run.words().get(k).isCapitalised()) {
                lastName = k;
                break;
            }
        }
        for (int k = from; k < lastName; k++) {
            Word w = run.words().get(k);
            if (w.isCapitalised() && isRole(w) && lexicon.title(w.text()) == null) {
                end = k + 1;
            }
        }
        return end;
    }

    /** True for a run that ends with a surname's initial and its dot: « Nolan L. ». */
    private static boolean endsWithInitial(NameRun run) {
        return run.size() >= 3 && run.word(run.size() - 1).is(".") && run.word(run.size() - 2).text().length() == 1;
    }

    /**
     * True when a capitalised person noun that is no role of the lists ({@link Lexicon#description}) stands
     * before a known given name: "Campaigner Fatima Osei". A given name itself ("Marine") is never one.
     */
    private boolean describesBeforeAName(Word w, Word next) {
        char g = lexicon.description(w.text());
        return w.isCapitalised() && (g == 'm' || g == 'f' || g == '?') && lexicon.givenName(w.text()) == 0
                && lexicon.givenName(next.text()) != 0 && lexicon.title(w.text()) == null;
    }

    /**
     * True for a person noun opening a sentence before one capitalised word that is no given name: "Democrat
     * Spearman", "Striker Bale". Titles, given names and stop words are not such nouns.
     */
    private boolean describesBeforeASurname(Word w, Word next) {
        char g = lexicon.description(w.text());
        return (g == 'm' || g == 'f' || g == '?') && lexicon.givenName(w.text()) == 0 && lexicon.title(w.text()) == null
                && !lexicon.isStopWord(w.text()) && next.isCapitalised() && !next.isAcronym()
                && lexicon.givenName(next.text()) == 0 && lexicon.description(next.text()) == 0;
    }

    /**
     * True when a sentence opens with a person noun and at least two more capitalised words follow: "Guard
     * Naledi Moyo-Carter scored", "Striker Tom Bale said". The noun is capitalised only because it opens the
     * sentence, so it describes the person whose name follows even when the given name is not in the lists; so
     * does an unlisted word before a given name and a surname ("Curator Kathryn Waters"), as English puts no word
     * but a title or a description there; not before a particle that the given-name list holds too ("Le", "Van" of
     * « Mpho Le Quispe »), which joins a given name to its surname.
     */
    private boolean describesAtSentenceStart(NameRun run, int from) {
        Word w = run.words().get(from);
        char g = lexicon.description(w.text());
        boolean unlisted = g == 0 && from + 3 == run.to() && lexicon.givenName(run.words().get(from + 1).text()) != 0
                && !lexicon.isOrganizationCue(w.text()) && lexicon.demonym(w.text()) == 0
                && lexicon.givenName(run.words().get(from + 2).text()) == 0 // "Curator Kathryn Waters opened …"
                && !NameRun.isParticle(run.words().get(from + 1)); // not « Mpho Le Quispe », whose particle is listed
        return (g == 'm' || g == 'f' || g == '?' || unlisted) && lexicon.givenName(w.text()) == 0
                && lexicon.title(w.text()) == null && !lexicon.isStopWord(w.text())
                && run.words().get(from + 1).isCapitalised() && run.words().get(from + 2).isCapitalised();
    }

    /**
     * True for "Shadow Home Secretary", "Health Minister": words that end with a role noun name a function,
     * unless all the words before it are given names ("Minnie Driver") or it is a title word ("Stephen King");
     * and for names that end with an event noun ({@link #EVENTS}).
     */
    private boolean endsWithFunction(List<Word> words) {
        Word last = words.get(words.size() - 1);
        if (words.size() >= 2 && EVENTS.contains(last.key())) {
            return true; // "God Bless Fort Benning Celebration", "Lorient Summer Festival": an event
        }
        if (words.size() < 2 || !isRole(last) || lexicon.title(last.text()) != null) {
            return false;
        }
        for (int k = 0; k < words.size() - 1; k++) {
            if (lexicon.givenName(words.get(k).text()) == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Nouns of events that end their names ("… Celebration", "… Festival", « … Festival »): a name ending so is no
     * person's. Source: compiled by the Verbatim team.
     */
    private static final Set<String> EVENTS = Set.of("celebration", "celebrations", "festival", "conference",
            "summit", "forum", "awards", "championship", "championships", "marathon", "parade", "expo",
            "jubilee", "tournament", "congrès", "sommet", "salon", "championnat", "championnats", "biennale",
            "fire", "wildfire", "blaze");

    /** Function words of one language that are surnames too, after a given name: "Anneke Vos", "Ann Nos". */
    private static final Set<String> FUNCTION_SURNAMES = Set.of("vos", "nos", "des", "ses", "mes", "tes", "du", "son");

    private static final Set<String> FEMININE = Set.of("la", "une", "sa", "cette", "notre", "votre", "leur");
    private static final Set<String> MASCULINE = Set.of("le", "un", "ce", "cet");

    /**
     * The gender the words next to a name give it: a role noun of known gender or a determiner before a role
     * just before the name ("sa directrice Inès Morel", "la ministre Claire Dumas", "the actress Jo Hart"), or
     * in an apposition just after it ("Inès Morel, directrice de l'école", "Jo Hart, la présidente"), or a person
     * noun of known gender that the name stands in apposition to ("Her son, Tobi, …"); '?' when they say nothing.
     */
    private char genderAround(NameRun run, String lang) {
        char before = roleGender(run.before(1), run.before(2), lang);
        if (before != '?') {
            return before;
        }
        Word b1 = run.before(1);
        char demonym = b1 != null && b1.isCapitalised() ? lexicon.demonym(b1.text()) : 0;
        if (demonym == 'm' || demonym == 'f') {
            return demonym; // « la Française Kagiso Adeyemi », "the Frenchwoman …"
        }
        Word b2 = run.before(2);
        if (run.before(1) != null && run.before(1).is(",") && b2 != null && b2.isWord() && !b2.isCapitalised()) {
            char noun = lexicon.description(b2.text());
            if ((noun == 'm' || noun == 'f') && !("fr".equals(lang) && !determined(run, 2))) {
                return noun; // "Her son, Tobi, …", « sa fille, Inès, … »
            }
        }
        if (run.before(1) != null && isCommonCapitalised(run.before(1))) {
            char head = headGender(run, lang); // « le ministre des Finances Tamati X »: the post before its body
            if (head == 'm' || head == 'f') {
                return head;
            }
        }
        if (run.before(1) != null && run.before(1).is(",")) {
            if (headGender(run, lang) == 'f') { // « La ministre de la Santé, Nguyen Thi Lan, »: the phrase's head;
                return 'f'; // a masculine post (« Le maire de la commune, Christiane X ») is written for women too
            }
        }
        Word a1 = run.after(1);
        Word a2 = run.after(2);
        if (a1 != null && a1.is(",") && a2 != null) {
            char g = roleGender(a2, null, lang);
            return g != '?' ? g : roleGender(run.after(3), a2, lang);
        }
        return '?';
    }

    /**
     * The gender of the head of the noun phrase that ends at the comma before a name (or at the capitalised name of
     * the body a post serves, « le ministre des Finances X »): its first role or description
     * noun after the phrase's opening (the sentence's start or a punctuation mark, at most eight words back), with
     * its determiner. « La ministre de la Santé, X » gives 'f', « Le fils de la ministre, X » 'm'; '?' when the
     * phrase has no such noun.
     */
    private char headGender(NameRun run, String lang) {
        int open = 2;
        while (open <= 9 && run.before(open) != null && (run.before(open).isWord()
                || NameRun.isApostrophe(run.before(open)))) {
            open++;
        }
        for (int k = open - 1; k >= 2; k--) {
            Word w = run.before(k);
            if (w.isWord() && !w.isCapitalised() && (isRole(w) || isPersonNoun(w))) {
                if ("fr".equals(lang) && !determined(run, k)) {
                    continue; // « Dans l'exploitation voisine, Guillaume X »: an adjective after its noun, no head
                }
                return roleGender(w, run.before(k + 1), lang);
            }
            if (w.isWord() && w.isCapitalised() && k < open - 1 && !NameRun.isApostrophe(run.before(k + 1))) {
                return '?'; // a name in the phrase: not a role before it
            }
        }
        return '?';
    }

    /** French determiners and possessives, elided or not, that open a noun phrase. */
    private static final Set<String> FRENCH_DETERMINERS = Set.of("le", "la", "les", "l", "un", "une", "sa", "son",
            "ses", "ce", "cet", "cette", "ces", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes",
            "du", "des", "au", "aux", "d");
    /**
     * French adjectives written before their noun (« la nouvelle ministre », « l'ancien maire »). Source: the short
     * closed class of French grammars (beauty, age, goodness, size, order), compiled by the Verbatim team.
     */
    private static final Set<String> PRENOMINAL = Set.of("nouveau", "nouvel", "nouvelle", "ancien", "ancienne",
            "jeune", "vieux", "vieil", "vieille", "premier", "première", "dernier", "dernière", "seul", "seule",
            "grand", "grande", "petit", "petite", "autre", "futur", "future", "actuel", "actuelle", "célèbre",
            "même", "bon", "bonne", "mauvais", "mauvaise", "vrai", "vraie", "second", "seconde", "deuxième",
            "troisième", "éternel", "éternelle", "fidèle", "regretté", "regrettée");

    /**
     * True when the lower-case noun {@code k} words before a run opens its own noun phrase: a determiner right before
     * it, or before one adjective that French writes before its noun. « l'exploitation voisine » is a noun and its
     * adjective; « la voisine », « la nouvelle voisine » are nouns.
     */
    private static boolean determined(NameRun run, int k) {
        Word p = run.before(k + 1);
        if (p == null) {
            return false;
        }
        if (FRENCH_DETERMINERS.contains(p.key()) || NameRun.isApostrophe(p)) {
            return true;
        }
        Word q = run.before(k + 2);
        return PRENOMINAL.contains(p.key()) && q != null && (FRENCH_DETERMINERS.contains(q.key())
                || NameRun.isApostrophe(q));
    }

    /**
     * The gender of a role or description noun, or of the determiner before one of either gender ("la ministre",
     * « sa collègue »); '?' for an English noun that is a French word in a French article (« le ministre de la
     * justice Jean Dupont »: « la justice » tells nothing of him).
     */
    private char roleGender(Word role, Word determiner, String lang) {
        if (role == null || !role.isWord() || lexicon.isForeignNoun(role.text(), lang)) {
            return '?';
        }
        boolean listedRole = isRole(role);
        char g = listedRole ? lexicon.role(role.text()) : lexicon.description(role.text());
        if (g != 'm' && g != 'f' && g != '?') {
            return '?'; // not a noun for a person: « sa collègue », « la juge » are
        }
        if (g == 'f' || g == 'm' && listedRole) {
            return g;
        }
        if (determiner != null && FEMININE.contains(determiner.key())) {
            return 'f';
        }
        // « le lieutenant-colonel Sandrine Pelletier »: French keeps the masculine for women's ranks and trades, so
        // a masculine noun or determiner tells a man only with a listed role noun
        return determiner != null && MASCULINE.contains(determiner.key()) && listedRole ? 'm' : '?';
    }

    /**
     * Cuts the complement of a function off a name the article writes elsewhere on its own: in "Ambassador to
     * the United States Hamdullah Mohib" the run after "to the" is "United States Hamdullah Mohib"; when the
     * article also names "Hamdullah Mohib" (say "Afghan Ambassador Hamdullah Mohib"), the mention is that name.
     */
    private void trimComplements(List<Candidate> candidates) {
        Set<String> names = new HashSet<>();
        candidates.stream().filter(c -> c.accepted && c.keys().size() >= 2)
                .forEach(c -> names.add(String.join(" ", c.keys())));
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            Word post = c.run.before(1);
            if (post != null && post.isCapitalised() && (lexicon.title(post.text()) != null || isRole(post))) {
                continue; // "… and Turkish President Zhanar Okan Dlamini": right after a title, the name is whole
            }
            int back = 1;
            while (c.run.before(back) != null && c.run.before(back).isCapitalised()) {
                back++; // "United" of "United States Hamdullah Mohib", left out as a stop word
            }
            Word before = c.run.before(back);
            if (before == null || !(PREPOSITIONS.contains(before.key()) || ARTICLES.contains(before.key()))) {
                continue;
            }
            List<Word> words = c.run.nameWords();
            for (int k = 1; k + 2 <= words.size(); k++) {
                List<String> suffix = words.subList(k, words.size()).stream().map(Word::key).toList();
                if (names.contains(String.join(" ", suffix))) {
                    int from = c.run.words().indexOf(words.get(k));
                    Candidate trimmed = new Candidate(c.run.sub(from, c.run.to()), c.title, true);
                    trimmed.cue = c.cue;
                    trimmed.accepted = true;
                    candidates.set(i, trimmed);
                    break;
                }
            }
        }
    }

    private boolean startsWithGivenName(Candidate c) {
        List<Word> words = c.run.nameWords();
        return words.size() >= 2 && lexicon.givenName(words.get(0).text()) != 0
                && !lexicon.isStopWord(words.get(0).text());
    }

    /**
     * True for a name right after a kinship noun that a possessive or a number opens, with up to two words between
     * them: "his wife Amanda", "his second wife Dierdre Coleman", "four daughters, Nadine, Ashley", « sa fille Léa ».
     * Family members are often named by their given name alone.
     */
    private static boolean kinNamed(NameRun run) {
        int k = run.before(1) != null && run.before(1).is(",") ? 2 : 1; // "four daughters, Nadine, Ashley"
        Word kin = run.before(k);
        if (kin == null || !Lexicon.KIN.contains(kin.key())) {
            return false;
        }
        for (int j = k + 1; j <= k + 3; j++) { // "his second wife Dierdre", "their two sons Wyatt"
            Word w = run.before(j);
            if (w == null || !w.isWord() && !NameRun.isApostrophe(w)) {
                return false;
            }
            if (POSSESSIVE_KIN.contains(w.key()) || NameRun.isApostrophe(w) || COUNTS.contains(w.key())
                    || Character.isDigit(w.text().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for two or more capitalised words followed by "of (the)" and an organisation's name, in one run: "Xiaogang
     * Wei of the Beijing Gender Health Education Institute". Who works somewhere is a person.
     */
    private boolean affiliated(NameRun name) {
        if (name.nameWords().size() < 2 || name.after(1) == null || !name.after(1).is("of")) {
            return false;
        }
        for (int k = 2; k <= 8; k++) {
            Word w = name.after(k);
            if (w == null || !w.isWord() || !w.isCapitalised() && !w.is("the")) {
                return false;
            }
            if (lexicon.isOrganizationCue(w.text())) {
                return true;
            }
        }
        return false;
    }

    /** Numbers that count family members: "four daughters", « ses deux fils ». */
    private static final Set<String> COUNTS = Set.of("two", "three", "four", "five", "six", "deux", "trois", "quatre",
            "cinq");

    private static final Set<String> POSSESSIVE_KIN = Set.of("his", "her", "their", "its", "sa", "son", "ses", "leur",
            "leurs");

    /**
     * Words only people have around their names: "selon X", "according to X", an age ("X, 45 ans,", "X, 45,")
     * or "X, who".
     */
    private boolean personalContext(NameRun run) {
        Word b1 = run.before(1);
        Word b2 = run.before(2);
        if (b1 != null && (b1.is("selon") || b1.is("to") && b2 != null && b2.is("according")
                || b1.is("après") && b2 != null && NameRun.isApostrophe(b2))) {
            return true;
        }
        Word a1 = run.after(1);
        Word a2 = run.after(2);
        Word a3 = run.after(3);
        if (a1 == null || !a1.is(",") || a2 == null) {
            return false;
        }
        if (a2.is("who")) {
            return true;
        }
        if (run.size() == 1 && lexicon.givenName(run.word(0).text()) != 0 && !lexicon.isPlace(run.name())) {
            // « Gérard, retraité, », « Gérard, un retraité, », "Gerald, a teacher,", « Valentin, qui … »: a given
            // name alone set beside a noun only people are, or opening a relative clause (not after a preposition,
            // where it may be a place: « l'université de Bergen, qui … »)
            Word noun = INDEFINITE.contains(a2.key()) ? a3 : a2;
            Word b = run.before(1);
            boolean relative = a2.is("qui") && (b == null || !PLACE_LINKS.contains(b.key()));
            if (relative || noun != null && noun.isWord() && (isPersonNoun(noun) || lexicon.isPost(noun.text()))) {
                return true;
            }
        }
        return AGE.matcher(a2.text()).matches() && a3 != null && (a3.is("ans") || a3.is(",") || a3.is("years"));
    }

    /**
     * True for a given name alone that opens a sentence as its subject, before an auxiliary, a relative pronoun or a
     * stressed pronoun set off by commas: « Maxence a été l'un des premiers », « Claire qui attend plus loin »,
     * « Sébastien, lui, préfère », "Sarah has been"; not a place, nor a word the article also writes in lower case.
     */
    private boolean subjectGivenName(NameRun run, NameCues cues) {
        Word a1 = run.after(1);
        Word a2 = run.after(2);
        Word a3 = run.after(3);
        return run.size() == 1 && a1 != null && opensSentence(run) && lexicon.givenName(run.word(0).text()) != 0
                && !lexicon.isPlace(run.name()) && !cues.isWrittenLowerCase(run.word(0))
                && (SUBJECT_AUXILIARIES.contains(a1.key()) || a1.is("qui") || a1.is(",") && a2 != null
                && STRESSED_SUBJECTS.contains(a2.key()) && a3 != null && (a3.is(",")
                || a3.isWord() && !a3.isCapitalised())); // « Sébastien, lui préfère prévoir »
    }

    /**
     * True for a word before "time" right after a clock time ("at 2:32 p.m. Pacific time", "9 a.m. Eastern Time"): a
     * time zone.
     */
    private static boolean timeZone(NameRun run) {
        Word next = run.after(1);
        Word before = run.before(1);
        return next != null && next.is("time") && before != null && (before.is(".") && run.before(2) != null
                && (run.before(2).is("m") || run.before(2).is("pm") || run.before(2).is("am"))
                || before.is("pm") || before.is("am") || before.text().chars().allMatch(Character::isDigit));
    }

    /**
     * True for an English plural in "-ians" that no list knows as a given name: the inhabitants of a place
     * ("Lagosians", "Glaswegians" aside), not a person.
     */
    private boolean inhabitants(Word w, String lang) {
        return "en".equals(lang) && w.key().length() >= 7 && w.key().endsWith("ians") && !w.isAcronym()
                && lexicon.givenName(w.text()) == 0;
    }

    /**
     * True for a given name alone right before a colon and an opening quotation mark: « Même constat pour François :
     * « … » », "Asked why, Sarah: “…”" — the person whose words follow; not after a noun (« à la revue Cadence : »),
     * not a place, nor a word the article also writes in lower case.
     */
    private boolean givenNameIntroducingQuotation(NameRun run, NameCues cues) {
        Word colon = run.after(1);
        Word mark = run.after(2);
        Word lead = run.before(1); // « à la revue Cadence : »: a noun before it, whose name it is
        return run.size() == 1 && (lead == null || !lead.isWord() || PREPOSITIONS.contains(lead.key())
                || CONJUNCTIONS.contains(lead.key())) && colon != null && colon.is(":") && mark != null
                && OPENING_MARKS.contains(mark.text()) && lexicon.givenName(run.word(0).text()) != 0 && !lexicon.isPlace(run.name())
                && !cues.isWrittenLowerCase(run.word(0));
    }

    /** Marks that open a quotation. */
    private static final Set<String> OPENING_MARKS = Set.of("«", "“", "\"", "‘");

    /**
     * True for a given name alone after a French definite article and an adjective (one set before nouns, or of an
     * adjective's ending): « la talentueuse Camille », « le petit Noé », not « la revue Cadence » — a person the
     * article calls by the given name, not a place (« la belle Florence » may be either, so places are left out).
     */
    private boolean qualifiedGivenName(NameRun run, NameCues cues) {
        Word adjective = run.before(1);
        Word article = run.before(2);
        return run.size() == 1 && "fr".equals(cues.lang) && adjective != null && article != null
                && adjective.isWord() && !adjective.isCapitalised() && (PRENOMINAL.contains(adjective.key())
                || ADJECTIVE_ENDING.matcher(adjective.key()).matches())
                && lexicon.isFrenchWord(adjective.text()) && !lexicon.isStopWord(adjective.text())
                && lexicon.description(adjective.text()) == 0 && lexicon.role(adjective.text()) == 0
                && (article.is("la") || article.is("le")) && lexicon.givenName(run.word(0).text()) != 0
                && !lexicon.isPlace(run.name()) && !cues.isWrittenLowerCase(run.word(0));
    }

    /** Endings of French adjectives set before a name: « talentueuse », « emblématique », « charmante ». */
    private static final java.util.regex.Pattern ADJECTIVE_ENDING = java.util.regex.Pattern.compile(
            ".{3,}(eux|euse|ique|ante|ant|able|ible)");

    /** Auxiliaries right after a sentence's subject: « Maxence a été », « Pauline est venue », "Sarah has been". */
    private static final Set<String> SUBJECT_AUXILIARIES = Set.of("a", "avait", "est", "était", "sera", "aura",
            "has", "had", "was", "is");

    /** Stressed pronouns set off by commas after a subject: « Sébastien, lui, préfère », « Claire, elle, ». */
    private static final Set<String> STRESSED_SUBJECTS = Set.of("lui", "elle", "himself", "herself");

    /** Prepositions before a place's name: « de Bergen », « à Lyon », "in Bergen". */
    private static final Set<String> PLACE_LINKS = Set.of("de", "d", "du", "à", "au", "en", "of", "in", "at", "from");

    /** Indefinite articles that open an apposition: « un retraité », "a teacher". */
    private static final Set<String> INDEFINITE = Set.of("un", "une", "a", "an");

    /**
     * True for one word set before a title or a post that a person's name follows: the place or the party the post
     * is held for ("Northfield MP Omar Haidari", "Harlow Gov. Tim Vance", "Texas Governor Ann Lee"), no person.
     */
    private boolean qualifiesHolder(NameRun name, List<Word> words) {
        Word post;
        int next;
        if (words.size() == 1) {
            post = name.after(1);
            next = 2;
        } else if (words.size() == 2 && lexicon.title(words.get(1).text() + ".") != null) {
            post = words.get(1);
            next = 1;
        } else {
            return false;
        }
        if (post == null || !post.isWord() || !(lexicon.title(post.text()) != null
                || lexicon.title(post.text() + ".") != null || OrganizationFinder.POSTNOMINALS.contains(post.text())
                || post.isCapitalised() && lexicon.isPost(post.text()))) {
            return false;
        }
        Word holder = name.after(next);
        if (holder != null && holder.is(".") && lexicon.title(post.text() + ".") != null) {
            holder = name.after(next + 1); // "Gov. Tim Vance"
        }
        return holder != null && holder.isWord() && holder.isCapitalised() && !holder.isAcronym()
                && !lexicon.isStopWord(holder.text());
    }

    /**
     * French articles and possessives that are given names or surnames in English-language text ("Les" for Leslie,
     * the Chinese surname "Ma", the Korean "Son"): in English text they open a name, not a French phrase.
     */
    private static final Set<String> FRENCH_FUNCTION_NAMES = Set.of("les", "ma", "son", "sa", "mon");

    /** Words that join the fields of a minister's portfolio: "of Roads and Rural Bridges", « de l'Agriculture et de ». */
    private static final Set<String> PORTFOLIO_LINKS = Set.of("and", "of", "for", "&", "et", "de", "des", "du");

    /**
     * Where the name begins in a run that goes on a minister's portfolio after a capitalised post ("Union Minister
     * of Roads and Rural Bridges Anil Desai" → at "Anil"): the first given name after the run's first word, when a
     * linking word stands before the run and a capitalised post within the six words before it, and the run holds no
     * post or title of its own (then it names another holder: "… and Turkish President Zhanar Okan Dlamini"); else -1.
     */
    private int portfolioEnd(NameRun run) {
        Word link = run.before(1);
        if (link == null || !PORTFOLIO_LINKS.contains(link.key())) {
            return -1;
        }
        boolean post = false;
        for (int k = 2; k <= 7 && run.before(k) != null && !".!?;:".contains(run.before(k).text()); k++) {
            Word w = run.before(k);
            post |= w.isCapitalised() && lexicon.isPost(w.text());
        }
        if (!post) {
            return -1;
        }
        for (int k = run.from(); k < run.to(); k++) {
            Word w = run.words().get(k);
            if (w.isCapitalised() && (lexicon.isPost(w.text()) || lexicon.title(w.text()) != null)) {
                return -1; // "US President Ann Roy and Turkish President Zhanar Okan Dlamini": a post of its own
            }
        }
        for (int k = run.from() + 1; k + 1 < run.to(); k++) {
            Word w = run.words().get(k);
            if (lexicon.givenName(w.text()) != 0 && !lexicon.isStopWord(w.text())) {
                return k;
            }
        }
        int k = run.to() - 2; // "Secretary of State Askar Quispe": no listed given name, the last two words are a name
        if (k > run.from() && plainNameWord(run.words().get(k)) && plainNameWord(run.words().get(k + 1))) {
            return k;
        }
        return -1;
    }

    /**
     * True, in French text, for two or three capitalised words that French writes for no common word (the Grammalecte
     * dictionary), no place, body or post, opening a clause or set between commas (not the last of alternatives after
     * « ou ») and followed by a comma, a bracket or a lower-case word that is no preposition nor article (at a clause's
     * opening also « du » or « de » before a capitalised word): « Tamati Rautenbach, a quitté », « Côté montagnol,
     * Zhanar Oyelaran ne cachait pas », « Pour Ndumiso Ferreira, », « Lwazi Nakamura du MIT ». A person's name whose
     * given name is in no list; « le fonds Qamar Capital » (« capital » is a word, and an institution noun stands
     * before it) and « à Buenos Aires » (a place) are not.
     */
    private boolean frenchNameShape(NameRun name, List<Word> words) {
        if (words.size() < 2 || words.size() > 3 || words.size() != name.size()
                || !words.stream().allMatch(this::plainNameWord)) {
            return false;
        }
        Word b1 = name.before(1);
        if (b1 != null && (PLACE_LINKS.contains(b1.key()) || lexicon.isInstitutionNoun(b1)
                || b1.isCapitalised() && !lexicon.isStopWord(b1.text()) || NameRun.isApostrophe(b1)
                || b1.is("ou") || b1.is("or"))) {
            return false; // but « Pour X Y, »: a capitalised function word that opens the sentence; « des tubes Faith,
            // Freedom ou Careless Whisper »: the last of alternatives is what they are
        }
        Word a1 = name.after(1);
        Word a2 = name.after(2);
        boolean opening = b1 == null || b1.is(",") || OPENERS.contains(b1.text());
        return a1 != null && (a1.is(",") || a1.is("(") || a1.isWord() && !a1.isCapitalised()
                && !PREPOSITIONS.contains(a1.key()) && !ARTICLES.contains(a1.key()) && !PLACE_LINKS.contains(a1.key())
                && !a1.is("et") && !a1.is("ou")
                || opening && (a1.is("du") || a1.is("de")) && a2 != null && a2.isCapitalised()); // « X Y du MIT, »
    }

    /**
     * True for a capitalised word that can only be part of a name: no acronym, stop word, title, post, role,
     * description, organisation cue, place or nationality, and no French common word ("Quispe", "Askar").
     */
    private boolean plainNameWord(Word w) {
        String t = w.text();
        return w.isWord() && w.isCapitalised() && !w.isAcronym() && !lexicon.isStopWord(t) && lexicon.title(t) == null
                && lexicon.role(t) == 0 && lexicon.description(t) == 0 && !lexicon.isOrganizationCue(t)
                && !lexicon.isPlace(t) && !lexicon.isNationality(t) && lexicon.demonym(t) == 0
                && !lexicon.isFrenchWord(t);
    }

    /** True when the word before a run is a number written in digits: "20 Minutes", "Channel 4". */
    private static boolean afterNumber(NameRun run) {
        Word before = run.before(1);
        return before != null && before.isWord() && before.text().chars().allMatch(Character::isDigit);
    }

    /** Prepositions of where something happened: "at Austin Park", "in Trent Bridge", « au Parc Astrid ». */
    private static final Set<String> LOCATIVES = Set.of("at", "in", "near", "outside", "inside", "à", "au", "près");

    /**
     * True for a name right after a preposition of place whose last word is a place noun, even one that is also a
     * surname ("at Austin Park", "in Trent Bridge"): where it happened, not who; but "in Jin Park's view".
     */
    private boolean locatedAt(NameRun name, List<Word> words) {
        Word before = name.before(1);
        Word after = name.after(1);
        return words.size() > 1 && before != null && LOCATIVES.contains(before.key())
                && lexicon.placeCue(words.get(words.size() - 1).text()) != 0
                && !(after != null && (after.is("'s") || after.is("’s") || NameRun.isApostrophe(after)));
    }

    /**
     * True for a run that names a place, a prize or an event: one word that always does ("the Pulitzer Prize",
     * "Roland Street"), or a last word that may be a surname too ("Constitution Hall") in a run that does not
     * start with a given name or a title (checked by the caller; {@code always} asks for the first kind only).
     * "Nobel Prize" is no person although "Nobel" is a given name; "Arsenio Hall" is one; "River Ambry" is a
     * place although "River" is a given name, since that word opens the run.
     */
    private boolean placeLike(List<Word> words, boolean always) {
        for (int k = 0; k < words.size(); k++) {
            char cue = lexicon.placeCue(words.get(k).text());
            if (words.size() > 1 && (cue == 'a' || !always && cue != 0 && k == words.size() - 1
                    || cue == 'f' && k == 0 && words.size() <= 3)) {
                return true;
            }
        }
        return false;
    }

    /** "Arsenal manager", "Labour leader": a name right before a lower-case role noun is what the role serves. */
    private boolean modifiesRole(NameRun run) {
        Word after = run.after(1);
        return after != null && Character.isLowerCase(after.text().codePointAt(0)) && isRole(after)
                && run.text().substring(run.end(), after.start()).equals(" ");
    }

    private static final Set<String> AGENT_WORDS = Set.of("par", "by", "à", "au", "aux", "de", "du", "sur", "en",
            "dans", "pour", "avec", "about", "on", "in", "at", "for", "with", "over");

    /** True for a name right after "ring name", "stage name", "pen name", « nom de scène », « nom de plume ». */
    private static boolean alias(NameRun name) {
        Word b1 = name.before(1);
        Word b2 = name.before(2);
        Word b3 = name.before(3);
        return b1 != null && b2 != null && (b1.is("name") && ALIAS_KINDS.contains(b2.key())
                || ALIAS_KINDS.contains(b1.key()) && b2.is("de") && b3 != null && b3.is("nom"));
    }

    /**
     * True for a name that a government is called after: "the Reagan administration", "the Obama presidency",
     * « l'administration Reagan », « la présidence Sarkozy ». (« le gouvernement X » was tried too: it found one
     * person more in one held-out half and one fewer in another, so the ratchet kept it out.)
     */
    private static boolean leadsGovernment(NameRun name) {
        Word after = name.after(1);
        Word before = name.before(1);
        return after != null && (after.is("administration") || after.is("presidency")) && !after.isCapitalised()
                || before != null && !before.isCapitalised() && OrganizationFinder.GOVERNMENTS.contains(before.key());
    }

    /**
     * True for a name right after "at" / « chez » that follows a noun for a person: "an analyst at Wells Fargo", « un
     * analyste chez Goldman Sachs » — where the person works, unless a possessive follows ("at Ann Lee's house").
     */
    private boolean workplace(NameRun name) {
        Word at = name.before(1);
        Word noun = name.before(2);
        Word after = name.after(1);
        return at != null && (at.is("at") || at.is("chez")) && noun != null && noun.isWord() && !noun.isCapitalised()
                && isPersonNoun(noun)
                && !(after != null && (after.is("'s") || after.is("’s") || NameRun.isApostrophe(after)));
    }

    /**
     * True for a word inside a name that is never part of a person's name (a stop word: "Without", "Jewish", "East"),
     * unless it is a particle or a title: "Reporters Without Borders", "Independent Jewish Voices" are no people;
     * "Marine Le Pen", "Crown Prince Mohammad bin Salman" may be.
     */
    private boolean innerStopWord(List<Word> words) {
        for (int k = 1; k + 1 < words.size(); k++) {
            Word w = words.get(k);
            if (w.isWord() && w.isCapitalised() && lexicon.isStopWord(w.text()) && !NameRun.isParticle(w)
                    && lexicon.title(w.text()) == null && w.text().length() > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for a name that the words around it say is a person's: "identified as X", "named as X", "the
     * 28-year-old X", "X's family", "the family of X", « la famille de X ». Asked of full names only.
     */
    private static boolean describedAsPerson(NameRun name) {
        Word b1 = name.before(1);
        Word b2 = name.before(2);
        Word a1 = name.after(1);
        Word a2 = name.after(2);
        if (b1 != null && b1.is("as") && b2 != null && (b2.is("identified") || b2.is("named"))
                || b1 != null && b1.is("comme") && b2 != null && b2.key().startsWith("identifié")) {
            return true;
        }
        if (b1 != null && AGED.matcher(b1.text()).matches()) {
            return true;
        }
        Word a3 = name.after(3);
        if (a1 != null && (a1.is("'s") || a1.is("’s")) && a2 != null && kinOrHousehold(a2)
                || a1 != null && NameRun.isApostrophe(a1) && a2 != null && a2.is("s") && a3 != null
                && kinOrHousehold(a3)) {
            return true; // "Tshepo Mokoena's family"
        }
        Word b3 = name.before(3);
        return b1 != null && (b1.is("of") || b1.is("de") || b1.is("d")) && b2 != null
                && (kinOrHousehold(b2) || NameRun.isApostrophe(b2) && b3 != null && kinOrHousehold(b3));
    }

    private static final java.util.regex.Pattern AGED = java.util.regex.Pattern.compile("\\d{1,3}-year-old");

    /** Households, whose person they belong to as kin do: "X's family", « la famille de X ». */
    private static final Set<String> HOUSEHOLDS = Set.of("family", "families", "relatives", "famille", "proches");

    /** True for a kinship noun ({@link Lexicon#KIN}) or a household's. */
    private static boolean kinOrHousehold(Word w) {
        return Lexicon.KIN.contains(w.key()) || HOUSEHOLDS.contains(w.key());
    }

    /** True for a run none of whose words says place or organisation ("Western Isles Line" has two). */
    private boolean plainName(NameRun run) {
        return run.nameWords().stream().noneMatch(w -> lexicon.isOrganizationCue(w.text())
                || lexicon.placeCue(w.text()) != 0 || lexicon.isPlace(w.text()) || lexicon.demonym(w.text()) != 0
                || lexicon.isPlaceStopWord(w.text()));
    }

    /** Prefixes of ships' names, which are often people's: "USS Gerald R. Ford", "HMS Queen Elizabeth". */
    private static final Set<String> SHIP_PREFIXES = Set.of("USS", "HMS", "HMAS", "HMCS", "HMNZS", "RMS", "USNS", "INS");

    /** Participles that give a name to what stands before them: "a retreat called X", « un programme appelé X ». */
    private static final Set<String> NAMING = Set.of("called", "named", "dubbed", "appelé", "appelée", "appelés",
            "appelées", "baptisé", "baptisée", "nommé", "nommée", "surnommé", "surnommée", "dénommé", "dénommée");

    /**
     * True for a name right after a naming participle whose noun is no person's: "a country retreat called Bryn
     * Tirion", « le programme d'assurance santé, appelé Medicaid »; "a man called John Smith" names a person.
     */
    private boolean namedThing(NameRun name) {
        Word b1 = name.before(1);
        Word noun = name.before(2);
        if (b1 == null || !NAMING.contains(b1.key()) || noun == null) {
            return false;
        }
        if (noun.is(",")) {
            noun = name.before(3);
        }
        return noun != null && noun.isWord() && !noun.isCapitalised() && !lexicon.isStopWord(noun.text())
                && !isPersonNoun(noun) && !lexicon.isReportingVerb(noun.text());
    }

    /**
     * True for a name right before a lower-case noun that always names a place, a prize or a thing ("the Crew
     * Dragon spacecraft", "the James Webb telescope", "the Pulitzer prize", "Time magazine"): the name is that
     * thing's.
     */
    private boolean thingAfter(NameRun name) {
        Word after = name.after(1);
        return after != null && after.isWord() && Character.isLowerCase(after.text().codePointAt(0))
                && (lexicon.placeCue(after.text()) == 'a' || OUTLET_NOUNS.contains(after.key()))
                && name.text().substring(name.end(), after.start()).equals(" ");
    }

    /** Participles of what a journal or a newspaper carries: "published in X", « parue dans X ». */
    private static final Set<String> PUBLISHED = Set.of("published", "appeared", "appears", "appear", "appearing",
            "publié", "publiée", "publiés", "publiées", "paru", "parue", "parus", "parues");

    /**
     * True for a name right after "published in" / "appeared in" / « publiée dans »: a journal, a newspaper or a
     * book ("a study published in Ocean Frontiers"), unless the name is a possessor ("published in Paul Marin's
     * anthology").
     */
    private static boolean publishedIn(NameRun name) {
        Word in = name.before(1);
        Word verb = name.before(2);
        Word after = name.after(1);
        return in != null && verb != null && (in.is("in") || in.is("dans")) && PUBLISHED.contains(verb.key())
                && !(after != null && NameRun.isApostrophe(after));
    }

    /** Lower-case nouns that say the name before them is a news outlet's: "Time magazine", "Bild newspaper". */
    private static final Set<String> OUTLET_NOUNS = Set.of("magazine", "newspaper", "tabloid", "broadsheet",
            "newsweekly", "quotidien", "hebdomadaire", "mensuel", "bimensuel");

    private static final Set<String> ALIAS_KINDS = Set.of("ring", "stage", "pen", "screen", "scène", "plume", "guerre");

    /**
     * True for an adverb of manner that opens a sentence before a comma: English "-ly" ("Additionally", "Notably"),
     * French « -ment » found in the dictionary (« Finalement »); never a given name ("Kelly", "Emily").
     */
    private boolean adverbOpening(Word w, Word next) {
        String k = w.key();
        return next != null && next.is(",") && lexicon.givenName(w.text()) == 0 && k.length() > 5
                && (k.endsWith("ly") || k.endsWith("ment") && lexicon.isFrenchWord(k));
    }

    /**
     * True for a word that opens a sentence as a past participle does, before a preposition or a comma:
     * « Interrogé par », « Arrivée à », "Asked by", "Pressed on". A given name ("René", "Ted") never is one.
     */
    private boolean participleOpening(Word w, Word next) {
        String k = w.key();
        boolean participle = k.endsWith("é") || k.endsWith("ée") || k.endsWith("és") || k.endsWith("ées")
                || k.endsWith("ed") && k.length() > 4;
        return participle && lexicon.givenName(w.text()) == 0 && next != null
                && (next.is(",") || AGENT_WORDS.contains(next.key()) && !next.isCapitalised());
    }

    /**
     * True for a present participle that may open a sentence before a name: English "-ing" ("Quoting", "Citing"),
     * French « -ant » found in the dictionary (« Citant », « Remplaçant »); never a given name.
     */
    private boolean gerundOpening(Word w) {
        String k = w.key();
        return lexicon.givenName(w.text()) == 0 && k.length() > 5
                && (k.endsWith("ing") || k.endsWith("ant") && lexicon.isFrenchWord(k));
    }

    /** True when the run is the first word of its paragraph, sentence or quotation. */
    private static boolean opensSentence(NameRun run) {
        Word before = run.before(1);
        return before == null || OPENERS.contains(before.text());
    }

    /**
     * "Claude Opus 4.6", "Grok", "ChatGPT": a product or a model, not a person; nor a place named after a saint
     * ("Saint-Louis") or a nickname that is a whole quotation (« la Dame de Sète »).
     */
    private boolean isProduct(NameRun run) {
        List<Word> words = run.nameWords();
        Word after = run.after(1);
        if (after != null && Character.isDigit(after.text().charAt(0)) && run.text().substring(run.end(),
                after.start()).isBlank()) {
            return true;
        }
        if (lexicon.isNonPerson(run.name())) {
            return true;
        }
        if (SAINT.matcher(words.get(0).text()).find() || nickname(run)) {
            return true;
        }
        return words.size() >= 2 && lexicon.isNonPerson(words.get(0).text() + " " + words.get(1).text());
    }

    /** "Saint-Louis", « Sainte-Marie », "St-Jean": a place, a church or a school named after a saint. */
    private static final java.util.regex.Pattern SAINT = java.util.regex.Pattern.compile(
            "^(Saint|Sainte|St|Ste)-\\p{Lu}");

    /**
     * True for a name that is a whole quotation, with at most an article before it: « la Dame de Sète »,
     * “the Iron Lady”: a nickname or a title, which the person's own name stands for elsewhere.
     */
    private static boolean nickname(NameRun run) {
        String text = run.text();
        // only the few characters around the run are looked at, so that a long paragraph stays linear (P-25)
        String after = text.substring(run.end(), Math.min(text.length(), run.end() + 4)).stripLeading();
        if (after.isEmpty() || "»”\"".indexOf(after.charAt(0)) < 0) {
            return false; // the same answer, without the pattern tried before every name
        }
        String before = text.substring(Math.max(0, run.start() - 12), run.start()).stripTrailing();
        before = ARTICLE_AT_END.matcher(before).replaceFirst("").stripTrailing();
        return !before.isEmpty() && "«“\"".indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    private static final java.util.regex.Pattern ARTICLE_AT_END =
            java.util.regex.Pattern.compile("(?i)(\\b(la|le|les|the)|\\bl['’])\\s*$");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Words before the one a speaker tells: "told X", "speaking to X", « a déclaré à X », « a confié au X ». */
    private static final Set<String> TOLD = Set.of("told", "tell", "tells", "telling");
    private static final Set<String> TO = Set.of("to", "à", "au");
    private static final Set<String> SPEAKING = Set.of("speaking", "talking", "spoke", "speak", "talk", "talked");

    /**
     * True for a name in the place of whom a speaker told something: "she told Wikinews", "speaking to Reuters",
     * « a-t-elle déclaré à Wikinews ». A lone unknown word there is the outlet the article writes for or quotes,
     * far more often than a person.
     */
    private boolean hearer(NameRun run) {
        Word b1 = run.before(1);
        Word b2 = run.before(2);
        if (b1 == null || b1.isCapitalised()) {
            return false;
        }
        if (TOLD.contains(b1.key())) {
            return true;
        }
        return TO.contains(b1.key()) && b2 != null && !b2.isCapitalised()
                && (SPEAKING.contains(b2.key()) || lexicon.isReportingVerb(b2.text()) && !lexicon.takesObject(b2.text()));
    }

    /**
     * English words that may stand between a subject and its reporting verb ("Smith also said", "Lee has told",
     * "Park later wrote"); any other word there, a noun most often, means the name is not the verb's subject.
     */
    private static final Set<String> VERB_COMPANIONS = Set.of("also", "has", "had", "have", "then", "later", "would",
            "will", "could", "did", "does", "is", "was", "were", "again", "further", "once", "previously", "earlier",
            "may", "might", "must", "should", "not", "never", "quickly", "simply", "herself", "himself");

    /**
     * A reporting verb right after the name (with up to two words between) or up to four words before it; not
     * one whose object is whom it reports on ("condemned", "thanked"): institutions condemn as often as people.
     */
    private boolean reportingVerbNear(NameRun run, String lang) {
        int skip = run.after(1) != null && run.after(1).is("(") && run.after(2) != null && run.after(2).isAcronym()
                && run.after(3) != null && run.after(3).is(")") ? 3 : 0; // « Tshepo Mokoena (LR) a dénoncé »
        if (skip == 0) {
            skip = captionAside(run); // "Silva (pictured) said"
        }
        skip += aside(run, skip + 1); // "Johnson, the party's leader since 2019, told", « Lenoir, le maire, a dénoncé »
        while (run.after(skip + 1) != null && OrganizationFinder.POSTNOMINALS.contains(run.after(skip + 1).text())) {
            skip++; // "Bolat Ferreira KC told the court"
        }
        skip += affiliation(run, skip + 1, lang); // "Adwoa Papadakis of USGS told"
        for (int k = 1 + skip; k <= 3 + skip; k++) {
            Word w = run.after(k);
            if (w == null || !w.isWord()) {
                break;
            }
            if (lexicon.isReportingVerb(w.text()) && !lexicon.takesObject(w.text())) {
                return true;
            }
            if (w.isCapitalised() || "en".equals(lang) && !VERB_COMPANIONS.contains(w.key()) && !w.key().endsWith("ly")) {
                break; // "Extra paragraph added": a noun between, so "Extra" is no subject of "added"
            }
        }
        for (int k = 1; k <= 4; k++) {
            Word w = run.before(k);
            if (w == null || !w.isWord()) {
                break;
            }
            if (lexicon.isReportingVerb(w.text()) && !w.isCapitalised()) {
                return !lexicon.takesObject(w.text()) && !("en".equals(lang) && startsClause(run.after(1)));
            }
            if (SetPhrases.end(run.words(), run.from() - k) == run.from()) {
                continue; // « s'exclame par exemple Stéphane »: a set phrase between the verb and its subject
            }
            if (PREPOSITIONS.contains(w.key()) || ARTICLES.contains(w.key())) {
                break;
            }
        }
        return false;
    }

    /**
     * In English text, the number of words of an affiliation right after a name, from word {@code from} on: "of",
     * "from" or "at" and one to four capitalised words ("Adwoa Papadakis of USGS told", "Ilkka Ochieng of Morrison
     * Pierce wrote"), so that the reporting verb after it still speaks for the name. Zero otherwise.
     */
    private static int affiliation(NameRun run, int from, String lang) {
        Word link = run.after(from);
        if (!"en".equals(lang) || link == null || !(link.is("of") || link.is("from") || link.is("at"))) {
            return 0;
        }
        int n = 0;
        while (n < 4 && run.after(from + 1 + n) != null && run.after(from + 1 + n).isWord()
                && run.after(from + 1 + n).isCapitalised()) {
            n++;
        }
        return n == 0 ? 0 : n + 1;
    }

    /**
     * The number of words, brackets included, of a caption's note in brackets right after a name: one to three
     * lower-case words ("Silva (pictured) said", "Lee (left) told"), as news sites write beside a photograph's
     * subject. Zero otherwise.
     */
    private static int captionAside(NameRun run) {
        Word open = run.after(1);
        if (open == null || !open.is("(")) {
            return 0;
        }
        for (int k = 2; k <= 5; k++) {
            Word w = run.after(k);
            if (w == null || !(w.isWord() || w.is(",")) && !w.is(")") || w.isWord() && w.isCapitalised()) {
                return 0;
            }
            if (w.is(")")) {
                return k > 2 ? k : 0;
            }
        }
        return 0;
    }

    /**
     * The number of words, commas included, of an apposition between commas that starts at the name's {@code k}-th
     * following word and holds a role noun ("Johnson, the party's leader since 2019, told"): at most nine words, no
     * sentence end, none capitalised at its start. Zero when no such apposition stands there. The verb after it is
     * then as near the name as one right after it. (An aside that opens with a preposition, "X, in a statement,
     * said", was tried too: it names companies as often as people.)
     */
    private int aside(NameRun run, int k) {
        Word open = run.after(k);
        Word first = run.after(k + 1);
        if (open == null || !open.is(",") || first == null || !first.isWord() || first.isCapitalised()) {
            return 0;
        }
        boolean role = false;
        for (int j = k + 1; j <= k + 10; j++) {
            Word w = run.after(j);
            if (w == null || !(w.isWord() || NameRun.isApostrophe(w) || w.is(","))) {
                return 0;
            }
            if (w.is(",")) {
                return role ? j - k + 1 : 0;
            }
            char noun = w.isCapitalised() ? 0 : lexicon.description(w.text());
            role |= noun == 'm' || noun == 'f' || noun == '?';
        }
        return 0;
    }

    /**
     * True for the lower-case word after a name that makes the name the subject of a clause: in "Pike said
     * Arsenal deserved it", "Arsenal" is no inverted subject of "said" as "Hale" is in "said Hale on Monday".
     */
    private boolean startsClause(Word after) {
        return after != null && after.isWord() && Character.isLowerCase(after.text().codePointAt(0))
                && !PREPOSITIONS.contains(after.key()) && !CONJUNCTIONS.contains(after.key())
                && !lexicon.isStopWord(after.text()) && !lexicon.isReportingVerb(after.text());
    }

    /**
     * A role noun next to the name: just before it ("le président guinéen sortant Alpha Condé"), before a comma
     * that opens it ("le président de la commission, Bakary Fofana") or in an apposition after it ("Vincent
     * Coude du Foresto, astronome à l'Observatoire", "Siddique Sajid, Editor, ...").
     */
    private boolean roleNear(NameRun run) {
        boolean comma = run.before(1) != null && run.before(1).is(",");
        Word next = run.before(1);
        boolean lookBefore = comma || !(next == null || PREPOSITIONS.contains(next.key())
                || ARTICLES.contains(next.key()) || NameRun.isApostrophe(next));
        boolean across = comma || run.nameWords().size() > 1; // "ministre de l'Éducation Pap Ndiaye"
        for (int k = comma ? 2 : 1; lookBefore && k <= (across ? 8 : 3); k++) {
            Word w = run.before(k);
            boolean body = comma || k == 1 && isCommonCapitalised(w); // « le président du Sénat X »
            int role = w != null && body && (lexicon.role(w.text()) == 'o' || lexicon.isOrganizationCue(w.text()))
                    ? complementOf(run, k) : -1;
            if (role > 0) {
                k = role - 1; // « Le président du groupe, X, »: the role noun before its complement
                continue;
            }
            if (w == null || ".!?:;«»\"“”()".contains(w.text()) || (!comma && k > 1 && w.is(","))
                    || lexicon.role(w.text()) == 'o' || lexicon.isOrganizationCue(w.text()) || w.is("s") && k == 1
                    || !across && (PREPOSITIONS.contains(w.key()) || NameRun.isApostrophe(w))) {
                break;
            }
            if (!comma && run.nameWords().size() > 1 && describesRightBefore(run, k)) {
                return true; // « la virologue Nurzhan Dlamini », « le graphiste portugais Anahera Oyelaran »
            }
            if (isRole(w) || comma && k == 2 && run.nameWords().size() > 1 && isPersonNoun(w)
                    && run.after(1) != null && run.after(1).is(",") && plainName(run)) {
                return true; // "Tshepo Mokoena, …", and "The suspect, Tshepo Mokoena, appeared"
            }
        }
        Word after = run.after(1);
        Word opening = run.after(2);
        if (after != null && after.is(",") && opening != null && !PREPOSITIONS.contains(opening.key())
                && !CONJUNCTIONS.contains(opening.key())) {
            for (int k = 2; k <= 6; k++) {
                Word w = run.after(k);
                if (w == null || !w.isWord()) {
                    break;
                }
                if (isRole(w) || run.nameWords().size() > 1 && isPersonNoun(w)) { // "Tshepo Mokoena, a miner,"
                    Word then = run.after(k + 1);
                    if (k == 2 && run.nameWords().size() > 1 || then == null || !then.isWord()
                            || PREPOSITIONS.contains(then.key()) || RELATIVES.contains(then.key())
                            || then.is("et") || then.is("and")) {
                        return true; // "…, a retired schoolteacher whose husband died", « …, une infirmière qui … »
                    } // else read on: "Ebere Varga, a 27-year-old nurse,", an age before the noun
                }
            }
        }
        return false;
    }

    /** Relative pronouns that open a clause about the person a noun names: "a nurse who", « une infirmière dont ». */
    private static final Set<String> RELATIVES = Set.of("who", "whose", "whom", "qui", "dont");

    /** Prepositions, with an article or not, between a role noun and the institution it serves. */
    private static final Set<String> COMPLEMENT_LINKS = Set.of("du", "des", "de", "of", "d", "la", "l", "the", "au");

    /**
     * How far back before a name (as {@link NameRun#before}) a person's role noun stands whose complement is the
     * institution noun at {@code k} (« président » of « le président du groupe, »; "head" of "the head of the
     * company,"), or -1 when none does.
     */
    private int complementOf(NameRun run, int k) {
        int j = k + 1;
        while (j <= k + 3 && run.before(j) != null && run.before(j).isWord() && run.before(j).isCapitalised()
                && !isRole(run.before(j))) {
            j++; // "Greenpeace" of « le directeur de Greenpeace International, »: the rest of the body's name
        }
        k = j - 1;
        while (j <= k + 3 && run.before(j) != null && (COMPLEMENT_LINKS.contains(run.before(j).key())
                || NameRun.isApostrophe(run.before(j)))) {
            j++;
        }
        return j > k + 1 && run.before(j) != null && isRole(run.before(j)) ? j : -1;
    }

    /** True for a capitalised noun for people, singular or plural: "Girls", "Farmers", « Agriculteurs ». */
    private boolean isPersonNoun(Word w) {
        String text = w.text();
        String singular = text.endsWith("s") && text.length() > 3 ? text.substring(0, text.length() - 1) : text;
        for (String form : new String[] {text, singular}) {
            char g = lexicon.description(form);
            boolean listed = Lexicon.key(form).equals(lexicon.roleBase(form));
            if ((g == 'm' || g == 'f' || g == '?') && (listed || lexicon.givenName(form) == 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the word {@code k} before a run is a lower-case noun of what a person is ({@link Lexicon#description}:
     * « virologue », "herpetologist"), right before it or before an adjective of nationality: a description used as
     * a title, so the run names a person even when its given name is in no list.
     */
    private boolean describesRightBefore(NameRun run, int k) {
        Word w = run.before(k);
        if (w == null || !w.isWord() || w.isCapitalised() || k > 2) {
            return false;
        }
        char g = lexicon.description(w.text());
        Word between = run.before(1);
        return (g == 'm' || g == 'f' || g == '?') && (k == 1 || between.isWord() && !between.isCapitalised()
                && (lexicon.demonym(between.text()) != 0 || lexicon.isNationality(between.text())));
    }

    private boolean isRole(Word w) {
        if (!w.isWord()) {
            return false;
        }
        char g = lexicon.role(w.text());
        if (g == 0 && w.text().endsWith("s")) {
            g = lexicon.role(w.text().substring(0, w.text().length() - 1));
        }
        return g != 0 && g != 'd' && g != 'o';
    }

    /**
     * True when the candidate stands in a list next to an accepted person: a list of three names or more
     * ("A, B, C"), or two joined by "et" / "and" ("Harsh Mehta et Behnam Neyshabur"); or in a list of three or more
     * given as examples of people (« des politiques comme Hollande, Mélenchon ou Juppé »).
     */
    private boolean listedWith(Reading reading, List<Candidate> candidates, int i) {
        int left = i;
        int right = i;
        boolean conjunction = false;
        while (left > 0 && separator(reading, candidates.get(left - 1), candidates.get(left)) != null) {
            conjunction |= !separator(reading, candidates.get(left - 1), candidates.get(left)).equals(",");
            left--;
        }
        while (right + 1 < candidates.size()
                && separator(reading, candidates.get(right), candidates.get(right + 1)) != null) {
            conjunction |= !separator(reading, candidates.get(right), candidates.get(right + 1)).equals(",");
            right++;
        }
        if (right == left || (right - left < 2 && !conjunction)) {
            return false;
        }
        for (int k = left; k <= right; k++) {
            if (k != i && candidates.get(k).accepted) {
                return true;
            }
        }
        return right - left >= 2 && examplesOfPeople(candidates.get(left).run);
    }

    /** Words that introduce examples: « comme », « tels que », « notamment », "such as", "including", "like". */
    private static final Set<String> EXAMPLE_CUES = Set.of("comme", "que", "notamment", "dont", "as", "including",
            "like");

    /**
     * True when a list starts right after an example word that follows a noun for people within four words: « D'autres
     * politiques comme Hollande, Mélenchon ou Juppé », "leaders such as Merkel, Macron and Biden".
     */
    private boolean examplesOfPeople(NameRun first) {
        Word cue = first.before(1);
        if (cue == null || !EXAMPLE_CUES.contains(cue.key()) || cue.isCapitalised()) {
            return false;
        }
        for (int back = 2; back <= 5; back++) {
            Word w = first.before(back);
            if (w == null || !w.isWord() && !NameRun.isApostrophe(w)) {
                return false;
            }
            if (w.isWord() && !w.isCapitalised() && (isPersonNoun(w) || PEOPLE_GROUPS.contains(w.key()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Plural nouns for public people that no list of roles holds, as they introduce examples: « d'autres politiques
     * comme … », "celebrities such as …". Compiled by the Verbatim team.
     */
    private static final Set<String> PEOPLE_GROUPS = Set.of("politiques", "personnalités", "célébrités", "vedettes",
            "élus", "stars", "figures", "celebrities", "politicians", "personalities");

    /** The list separator between two candidates (",", "et", "and", ", et", "mais aussi"), or null. */
    private static String separator(Reading reading, Candidate a, Candidate b) {
        if (a.run.paragraph() != b.run.paragraph() || a.run.end() > b.run.start()) {
            return null;
        }
        String between = SPACES.matcher(reading.text(a.run.paragraph()).substring(a.run.end(), b.run.start())
                .strip()).replaceAll(" ");
        return switch (between) {
            case ",", "et", "and", ", et", ", and", ", mais aussi", "ainsi que", ", ainsi que", "&", "ou", "or",
                 ", ou", ", or" -> between;
            default -> null;
        };
    }

    private static String first(Candidate c) {
        return c.keys().get(0);
    }

    private static String last(Candidate c) {
        List<String> keys = c.keys();
        return keys.get(keys.size() - 1);
    }

    /** Merges short forms into the longest form that begins or ends with them, and makes the mentions. */
    private List<Mention> mentions(Reading reading, List<Candidate> accepted, String lang) {
        Map<String, Candidate> canonical = new LinkedHashMap<>();
        List<Candidate> bySize = new ArrayList<>(accepted);
        bySize.sort((a, b) -> b.keys().size() - a.keys().size());
        Map<String, Candidate> bySurname = null;
        for (Candidate c : bySize) {
            if (c.keys().size() == 1 && bySurname == null) {
                bySurname = firstSurnames(accepted, canonical.values()); // every longer form is placed by now
            }
            boolean merged = canonical.values().stream().anyMatch(p -> extendsForm(p.keys(), c.keys())
                    || c.keys().size() == 1 && extendsForm(afterTitle(p.keys()), c.keys())
                    || firstSurnameForm(p.keys(), c.keys()))
                    || c.keys().size() == 1 && bySurname.containsKey(c.keys().get(0));
            if (!merged) {
                canonical.putIfAbsent(String.join(" ", c.keys()), c);
            }
        }
        Map<Candidate, Candidate> misspelt = misspellings(canonical.values());
        canonical.values().removeAll(misspelt.keySet());
        Map<Candidate, Candidate> untitled = new HashMap<>();
        for (Candidate p : canonical.values()) {
            for (Candidate c : accepted) {
                if (c.keys().size() < p.keys().size() && c.keys().size() >= 2 && extendsForm(p.keys(), c.keys())
                        && p.keys().subList(p.keys().size() - c.keys().size(), p.keys().size()).equals(c.keys())
                        && p.keys().subList(0, p.keys().size() - c.keys().size()).stream()
                                .anyMatch(k -> lexicon.title(k) != null)) {
                    untitled.putIfAbsent(p, c); // "Crown Prince Mohammad bin Salman" … "Mohammad bin Salman"
                }
            }
        }
        List<Candidate> bests = new ArrayList<>();
        Map<Candidate, int[]> votes = new HashMap<>();
        String lastName = null;
        for (Candidate c : accepted) {
            Candidate best = null;
            for (Candidate p : canonical.values()) {
                boolean form = extendsForm(p.keys(), c.keys())
                        || c.keys().size() == 1 && extendsForm(afterTitle(p.keys()), c.keys());
                if (form && (best == null || displayName(p).equals(lastName))) {
                    best = p;
                }
            }
            for (Candidate p : canonical.values()) {
                if (best == null && firstSurnameForm(p.keys(), c.keys())) {
                    best = p; // only where no name begins or ends with it
                }
            }
            if (best == null && c.keys().size() == 1 && bySurname != null) {
                best = bySurname.get(c.keys().get(0)); // "Pierluisi" after "Pedro Pierluisi"
            }
            for (Map.Entry<Candidate, Candidate> typo : misspelt.entrySet()) {
                if (best == null && extendsForm(typo.getKey().keys(), c.keys())) {
                    best = typo.getValue();
                }
            }
            lastName = displayName(best);
            bests.add(best);
            int[] count = votes.computeIfAbsent(best, b -> new int[4]);
            if (c.cue == 'f' || c.cue == 'm') {
                count[c.cue == 'f' ? 0 : 1]++;
            } else {
                char pronoun = pronounAfter(reading, c, accepted);
                if (pronoun == 'f' || pronoun == 'm' || pronoun == 'F' || pronoun == 'M') {
                    // a pronoun in the mention's own sentence ("Adeyemi, who grew up in Lagos, said she …") counts
                    // twice: enough to outweigh a given name's usual gender, which the next sentence's alone is not
                    count[Character.toLowerCase(pronoun) == 'f' ? 2 : 3] += Character.isUpperCase(pronoun) ? 2 : 1;
                }
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < accepted.size(); i++) {
            Candidate c = accepted.get(i);
            Candidate best = bests.get(i);
            mentions.add(new Mention(Mention.Kind.PERSON, c.run.paragraph(), c.run.start(), c.run.end(),
                    displayName(untitled.getOrDefault(best, best)), gender(best, votes.get(best), lang),
                    reading.quoted(c.run.paragraph(), c.run.start())));
        }
        return mentions;
    }

    /** 'm' for "he", "him", "his", « il »; 'f' for "she", "her", "hers", « elle »; '?' for any other word. */
    private static char pronounGender(Word w) {
        return switch (w.key()) {
            case "he", "him", "his", "il" -> 'm';
            case "she", "her", "hers", "elle" -> 'f';
            default -> '?';
        };
    }

    /**
     * The gender of the first personal pronoun after a mention, in its sentence or the next, when no other
     * person is named in that stretch nor earlier in the mention's sentence: in "Dewi Santoso, a nurse, saw it
     * first. “…,” she said." the mention gets 'f', whatever the given name suggests. '?' when there is none; 'F' or
     * 'M' for a pronoun in the mention's own sentence that reports speech ("Adeyemi, who grew up in Lagos, said she
     * had seen …"), which weighs more.
     */
    private char pronounAfter(Reading reading, Candidate c, List<Candidate> accepted) {
        int p = c.run.paragraph();
        int[] sentence = reading.sentence(p, c.run.start());
        int limit = reading.sentence(p, Math.min(sentence[1], reading.text(p).length() - 1))[1];
        for (Candidate other : accepted) {
            if (other == c || other.run.paragraph() != p) {
                continue;
            }
            if (other.run.start() >= sentence[0] && other.run.start() < c.run.start()) {
                return '?'; // "Santoso's husband, Rafael Moreno, said he …"
            }
            if (other.run.start() > c.run.start()) {
                limit = Math.min(limit, other.run.start());
            }
        }
        List<Word> words = reading.words(p);
        for (int k = Word.indexAt(words, c.run.end()); k < words.size() && words.get(k).start() < limit; k++) {
            Word w = words.get(k);
            if (!w.isWord() || reading.quoted(p, w.start())) {
                continue;
            }
            if (k > 0 && DEFINITE.contains(words.get(k - 1).key()) && !w.isCapitalised()
                    && lexicon.description(w.text()) != 0) {
                return '?'; // "…, Mary Hale. The minister said he …": the pronoun may be the other person's
            }
            char g = switch (w.key()) {
                case "she", "elle" -> 'f';
                case "he", "il" -> 'm';
                default -> '?';
            };
            if (g == '?') {
                continue;
            }
            if (afterQuotation(words, k) && earlierOfGender(c, accepted, g)) {
                continue; // "“…,” he added" after her name: the man who spoke before, not her
            }
            boolean french = w.is("il") || w.is("elle");
            if (french && !speaks(words, k)) {
                continue; // « il faut », « elle » for a thing: only a pronoun that speaks tells a person's gender
            }
            for (int j = Word.indexAt(words, sentence[0]); j < words.size() && words.get(j).start() < c.run.start(); j++) {
                if (pronounGender(words.get(j)) == g) {
                    return '?'; // "Sentencing him on Friday, Judge Rebecca Thorne said he had …": someone else's
                }
            }
            boolean reports = k > 0 && words.get(k - 1).isWord() && lexicon.isReportingVerb(words.get(k - 1).text())
                    || k + 1 < words.size() && words.get(k + 1).isWord() && lexicon.isReportingVerb(words.get(k + 1).text());
            return w.start() < sentence[1] && reports ? Character.toUpperCase(g) : g; // "Adeyemi … said she had seen"
        }
        return limit >= reading.text(p).stripTrailing().length() ? nextParagraphReporter(reading, c, accepted) : '?';
    }

    /** Personal pronouns that are a verb's subject, never its object: "she", « elle ». */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "il", "elle");

    /**
     * The gender, in capitals, of the pronoun of the incise after the quotation that opens the next paragraph, when
     * nobody is named before it there and the candidate is the last person named in its own paragraph: « Alix X a
     * ouvert la séance. » ¶ « « … », a-t-elle déclaré. » makes Alix X a woman whatever the given name's usual
     * gender. '?' when there is none.
     */
    private char nextParagraphReporter(Reading reading, Candidate c, List<Candidate> accepted) {
        int p = c.run.paragraph() + 1;
        if (p > reading.paragraphs.size() || reading.quotations(p).isEmpty()
                || !reading.text(p).substring(0, reading.quotations(p).get(0).open()).isBlank()) {
            return '?'; // only a paragraph that opens with a quotation and says who spoke it
        }
        int close = reading.quotations(p).get(0).close();
        int limit = reading.sentence(p, Math.min(close, reading.text(p).length() - 1))[1];
        for (Candidate other : accepted) {
            if (other.run.paragraph() == c.run.paragraph() && other.run.start() > c.run.start()) {
                return '?';
            }
            if (other.run.paragraph() == p) {
                limit = Math.min(limit, other.run.start());
            }
        }
        List<Word> words = reading.words(p);
        for (int k = Word.indexAt(words, close); k < words.size() && words.get(k).start() < limit; k++) {
            Word w = words.get(k);
            if (SUBJECT_PRONOUNS.contains(w.key()) && !reading.quoted(p, w.start()) && speaks(words, k)) {
                return knownOfGenderJustBefore(c, accepted, pronounGender(w)) ? '?'
                        : Character.toUpperCase(pronounGender(w));
            }
        }
        return '?';
    }

    /**
     * True when a person other than the candidate, who may be of the given gender (by the words around the
     * mention or the given name), is named before it in the article: the pronoun after a quotation may then
     * continue that person rather than tell the candidate's gender.
     */
    private boolean earlierOfGender(Candidate c, List<Candidate> accepted, char gender) {
        for (Candidate other : accepted) {
            if (other.run.paragraph() > c.run.paragraph()
                    || other.run.paragraph() == c.run.paragraph() && other.run.start() >= c.run.start()) {
                break;
            }
            if (!Collections.disjoint(other.nameKeys(), c.nameKeys())) {
                continue;
            }
            char g = other.cue == 'f' || other.cue == 'm' ? other.cue
                    : lexicon.givenName(other.run.nameWords().get(0).text());
            if (g != (gender == 'f' ? 'm' : 'f')) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when another person whose gender the words around them give as {@code gender} is named before the
     * candidate in its paragraph or the one before: « La navigatrice Dilnoza X … Son équipe, dirigée par Yerlan Y, … »
     * ¶ « « … », a-t-elle raconté »: the pronoun is hers and tells nothing of Yerlan Y.
     */
    private static boolean knownOfGenderJustBefore(Candidate c, List<Candidate> accepted, char gender) {
        for (Candidate other : accepted) {
            if (other.run.paragraph() > c.run.paragraph()
                    || other.run.paragraph() == c.run.paragraph() && other.run.start() >= c.run.start()) {
                break;
            }
            if (other.run.paragraph() >= c.run.paragraph() - 1 && other.cue == gender
                    && Collections.disjoint(other.nameKeys(), c.nameKeys())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> DEFINITE = Set.of("the", "le", "la", "l", "'", "’");

    /** True when a closing quotation mark stands within the three tokens before the word at k. */
    private static boolean afterQuotation(List<Word> words, int k) {
        for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
            String t = words.get(j).text();
            if (t.equals("”") || t.equals("»") || t.equals("\"")) {
                return true;
            }
        }
        return false;
    }

    /** True when a reporting verb stands next to the word at k, or after an auxiliary: « a-t-elle dit », « il a ajouté ». */
    private boolean speaks(List<Word> words, int k) {
        for (int j : new int[] {k - 1, k + 1, k + 2}) {
            if (j >= 0 && j < words.size() && words.get(j).isWord() && lexicon.isReportingVerb(words.get(j).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The surnames standing alone that misspell the surname of exactly one fuller name of the article, each with
     * that name: "Kathryn Waters said … “…,” Water said." gives Water → Kathryn Waters, as does "Mauer" for "K. C.
     * Maurer". Both surnames have at least five letters, begin alike and differ by one letter added, dropped or
     * changed; a form with a title ("Mr Water") is somebody's own name and is left alone.
     */
    private static Map<Candidate, Candidate> misspellings(java.util.Collection<Candidate> names) {
        Map<Candidate, Candidate> misspelt = new HashMap<>();
        for (Candidate alone : names) {
            if (alone.keys().size() != 1 || alone.title != null || alone.keys().get(0).length() < 5) {
                continue;
            }
            String surname = alone.keys().get(0);
            Candidate only = null;
            int found = 0;
            for (Candidate full : names) {
                List<String> keys = full.keys();
                String other = keys.get(keys.size() - 1);
                if (keys.size() > 1 && other.length() >= 5 && other.charAt(0) == surname.charAt(0)
                        && oneEditApart(surname, other)) {
                    only = full;
                    found++;
                }
            }
            if (found == 1) {
                misspelt.put(alone, only);
            }
        }
        return misspelt;
    }

    /** True when b is a with one letter added, dropped or changed (never when they are equal). */
    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1));
        }
        return a.length() < b.length() ? a.substring(i).equals(b.substring(i + 1)) : a.substring(i + 1).equals(b.substring(i));
    }

    /**
     * The keys of a name after the title words among its first three ("crown prince mohammad bin salman" gives
     * "mohammad bin salman"), so that a given name alone ("Mohammad's admission") finds the titled full name.
     */
    private List<String> afterTitle(List<String> keys) {
        int after = 0;
        for (int i = 0; i < Math.min(3, keys.size() - 1); i++) {
            if (lexicon.title(keys.get(i)) != null) {
                after = i + 1;
            }
        }
        return keys.subList(after, keys.size());
    }

    /**
     * True when {@code shorter} is a name with two surnames written with its given name and first surname only, as
     * Spanish names are: "Pedro Pierluisi" is "Pedro R. Pierluisi Urrutia", "Ricardo Rosselló" is "Ricardo Rosselló
     * Nevares". The longer form has a given name, then two or three more words (middle initials aside); the shorter
     * form is the given name and the word before the last. (The first surname alone, "Rosselló", was tried too: it
     * found one false person fewer in one held-out half but gave one quotation there to someone else, so the
     * ratchet kept it out.)
     */
    private boolean firstSurnameForm(List<String> longer, List<String> shorter) {
        List<String> whole = longer.stream().filter(k -> k.length() > 1).toList();
        return whole.size() >= 3 && whole.size() <= 4 && shorter.size() == 2 && lexicon.givenName(whole.get(0)) != 0
                && shorter.get(0).equals(whole.get(0)) && shorter.get(1).equals(whole.get(whole.size() - 2));
    }

    /**
     * The full names with two surnames ({@link #firstSurnameForm}) by the first surname of their shorter forms: after
     * "Pedro Pierluisi" and "Pedro R. Pierluisi Urrutia", "pierluisi" gives the latter, so that "Pierluisi" alone is
     * that person too. One pass over the two-word forms and the full names.
     */
    private Map<String, Candidate> firstSurnames(List<Candidate> accepted, java.util.Collection<Candidate> full) {
        Map<String, Candidate> map = new HashMap<>();
        for (Candidate a : accepted) {
            if (a.keys().size() == 2) {
                for (Candidate p : full) {
                    if (firstSurnameForm(p.keys(), a.keys())) {
                        map.putIfAbsent(a.keys().get(1), p);
                    }
                }
            }
        }
        return map;
    }

    private static boolean extendsForm(List<String> longer, List<String> shorter) {
        int n = shorter.size();
        if (n > longer.size()) {
            return false;
        }
        if (longer.subList(0, n).equals(shorter)) {
            return true;
        }
        for (int i = 0; i < n; i++) { // "B. Obama" is "Barack Obama": an initial stands for a given name
            String whole = longer.get(longer.size() - n + i);
            String part = shorter.get(i);
            boolean initial = part.length() == 1 && i < n - 1 && whole.length() > 1 && whole.startsWith(part);
            if (!whole.equals(part) && !initial) {
                return false;
            }
        }
        return true;
    }

    private static String displayName(Candidate c) {
        String name = SPACES.matcher(c.run.name()).replaceAll(" ");
        if (c.surname != null) {
            name = name + " " + c.surname.text();
        }
        return c.given != null ? c.given.text() + " " + name : name;
    }

    /**
     * The surname a lone given name shares with the full name after "et" / "and": « Thierry et Véronique Roy »,
     * "John and Mary Smith" name Thierry Roy and John Smith too. Null for any other run.
     */
    private Word sharedSurname(NameRun run) {
        Word and = run.after(1);
        Word given = run.after(2);
        Word surname = run.after(3);
        Word next = run.after(4);
        if (run.size() != 1 || lexicon.givenName(run.words().get(run.from()).text()) == 0 || and == null
                || !(and.is("et") || and.is("and")) || given == null || surname == null) {
            return null;
        }
        boolean ends = next == null || !next.isWord() || !next.isCapitalised();
        return given.isWord() && given.isCapitalised() && lexicon.givenName(given.text()) != 0 && surname.isWord()
                && surname.isCapitalised() && surname.start() - given.end() == 1 && ends ? surname : null;
    }

    /** Quotation marks that may enclose a nickname inside a name. */
    private static final String MARKS = "\"“”«»";

    /**
     * The given name before a nickname in quotation marks that a run follows: in Donald "Dods" Nicolson the run
     * "Nicolson" has "Donald", and the person is Donald Nicolson (the nickname is no part of the name), even when
     * no list knows the given name ({@link #unlistedGivenName}). Null when the run follows no such nickname.
     */
    private Word givenBeforeNickname(NameRun run) {
        Word close = run.before(1);
        if (close == null || close.isWord() || MARKS.indexOf(close.text().charAt(0)) < 0) {
            return null;
        }
        int back = 2; // a nickname of up to three capitalised words: "Michael “The Situation” Sorrentino"
        while (back <= 4 && run.before(back) != null && run.before(back).isWord() && run.before(back).isCapitalised()) {
            back++;
        }
        Word open = run.before(back);
        Word given = run.before(back + 1);
        if (back == 2 || open == null || given == null || open.isWord() || MARKS.indexOf(open.text().charAt(0)) < 0) {
            return null;
        }
        boolean adjacent = run.text().substring(close.end(), run.start()).isBlank()
                && run.text().substring(given.end(), open.start()).isBlank();
        return adjacent && given.isWord() && given.isCapitalised()
                && (lexicon.givenName(given.text()) != 0 || unlistedGivenName(given, run.before(back + 2))) ? given : null;
    }

    /**
     * True for a capitalised word before a nickname that no list knows but that can only be a given name there: no
     * stop word, role, title, place, body or word of the French dictionary, and no article or capitalised word
     * before it ("honours Naledi “Dods” Szabo"; not "the Acme “Gold” Card").
     */
    private boolean unlistedGivenName(Word given, Word before) {
        String t = given.text();
        return !given.isAcronym() && !lexicon.isStopWord(t) && lexicon.role(t) == 0 && lexicon.description(t) == 0
                && lexicon.title(t) == null && !lexicon.isPlace(t) && !lexicon.isOrganizationCue(t)
                && !lexicon.isKnownOrganization(t) && !lexicon.isFrenchWord(t) && lexicon.demonym(t) == 0
                && (before == null || !before.isWord() || !before.isCapitalised() && !DETERMINERS.contains(before.key()));
    }

    /**
     * A person's gender: what the article says around the mentions ("la ministre", "sa directrice", "Ms", "X,
     * présidente de …"), the majority where mentions disagree, else what the given name suggests. "Camille
     * Roux, directrice de l'école" is 'f' although "Camille" is either.
     */
    private char gender(Candidate c, int[] votes, String lang) {
        if (votes[0] != votes[1]) {
            return votes[0] > votes[1] ? 'f' : 'm';
        }
        char g = lexicon.givenName(c.run.nameWords().get(0).text(), lang);
        boolean named = g == 'm' || g == 'f';
        if (Math.abs(votes[2] - votes[3]) >= (named ? 2 : 1)) {
            return votes[2] > votes[3] ? 'f' : 'm'; // "Dewi Santoso … “…,” she said."
        }
        return g == 0 ? '?' : g;
    }
}
