package verbatim.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import verbatim.analysis.Analysis;
import verbatim.analysis.Analyzer;
import verbatim.analysis.speakers.Attribution;
import verbatim.analysis.Organization;
import verbatim.analysis.Person;
import verbatim.analysis.Quote;
import verbatim.analysis.reading.Lexicon;
import verbatim.analysis.reading.Span;
import verbatim.content.ContentFile;
import verbatim.content.Corrections;
import verbatim.content.InputErrors;
import verbatim.content.InputException;

/**
 * Applies the editor's {@link Corrections} to an {@link Analysis}: the editor has the last word.
 *
 * <ul>
 *   <li>a {@code quotes:} entry finds the one quotation of its paragraph whose text holds its {@code text}
 *       (case, spaces and apostrophe forms ignored) and gives it the speaker, marked
 *       {@link Attribution#EDITOR}; {@code speaker: none} leaves it with no speaker, out of the quote index. An
 *       entry that matches no quotation, or several, is an {@link InputException} naming the candidates (one
 *       that names a paragraph past the last says how many the article has). A
 *       speaker the article does not name as a person becomes one (and gets a person page), unless it names an
 *       organisation ({@link #organisation}: «Syndicat des marins», one the analysis found);</li>
 *   <li>{@code people: aliases} renames a person or speaker found under the alias, and gives the alias's person
 *       to each quotation left without a stated speaker whose sentence holds the alias ("« … », a lancé la
 *       Bretonne" with {@code "la Bretonne": "Anne Morel"});</li>
 *   <li>{@code people: not} removes those names from the people and from the speakers;</li>
 *   <li>an alias or a {@code not} name written nowhere in the original's text (case and spaces aside) is an
 *       {@link InputException} at the {@code people:} line: a misspelling would otherwise change nothing;</li>
 *   <li>{@code people:} as a plain list adds each name the analysis missed to the people.</li>
 * </ul>
 *
 * <p>Example: paragraph 3 {@code « Il devra tenir parole », ajoute le responsable.} with the entry
 * {@code {paragraph: 3, text: "devra tenir", speaker: Anne Morel}} gives the quotation the speaker "Anne Morel"
 * and the attribution "editor".
 */
public final class Corrector {

    private Corrector() {
    }

    /** The corrected analysis of an original; {@code file} names the content file in errors. */
    public static Analysis apply(Analysis analysis, Corrections corrections, Path file) {
        if (corrections.isEmpty()) {
            return analysis;
        }
        List<Quote> quotes = new ArrayList<>(analysis.quotes());
        List<InputException> wrong = new ArrayList<>();
        int paragraphs = analysis.paragraphs().size();
        for (Corrections.QuoteCorrection fix : corrections.quotes()) {
            if (fix.paragraph() > paragraphs) { // not a paragraph without quotation: no paragraph at all
                wrong.add(new InputException(file, fix.line(), "the correction of «" + fix.text() + "» names "
                        + "paragraph " + fix.paragraph() + ", but the article has only " + paragraphs + " paragraph"
                        + (paragraphs == 1 ? "" : "s"), "Check the paragraph number: paragraphs are counted from 1, "
                        + "one per block of text between blank lines, in the original."));
                continue;
            }
            List<Integer> matches = new ArrayList<>();
            for (int k = 0; k < quotes.size(); k++) {
                Quote q = quotes.get(k);
                if (q.paragraph() == fix.paragraph() && fold(q.text()).contains(fold(fix.text()))) {
                    matches.add(k);
                }
            }
            if (matches.size() != 1) { // every wrong correction of the file, not the first
                wrong.add(new InputException(file, fix.line(), problem(fix, matches.size()),
                        candidates(analysis.quotes(), fix.paragraph())));
                continue;
            }
            Quote q = quotes.get(matches.get(0));
            quotes.set(matches.get(0), new Quote(q.text(), fix.speaker(), q.span(), Attribution.EDITOR));
        }
        String text = fold(String.join("\n", analysis.paragraphs()));
        corrections.aliases().keySet().stream().filter(alias -> !text.contains(fold(alias))).forEach(alias ->
                wrong.add(new InputException(file, corrections.peopleLine(), "the alias «" + alias + "» of 'people:"
                        + " aliases' is written nowhere in the article, so it names nobody", "Write it as the text"
                        + " does (case and spaces aside), or remove it.")));
        corrections.notPeople().stream().filter(name -> !text.contains(fold(name))).forEach(name ->
                wrong.add(new InputException(file, corrections.peopleLine(), "«" + name + "» of 'people: not' is"
                        + " written nowhere in the article, so it removes nobody", "Write the name as the text does"
                        + " (case and spaces aside), or remove it.")));
        if (!wrong.isEmpty()) {
            throw InputErrors.of(wrong);
        }
        return people(new Analysis(analysis.lang(), analysis.date(), analysis.paragraphs(), quotes,
                analysis.people(), analysis.organizations(), analysis.dates(), analysis.repairs(),
                analysis.warnings()), corrections);
    }

    /**
     * The analysis of a translation as the site shows it: each quotation takes the speaker (and attribution) of
     * the original's quotation it is aligned with, the original analysed with its corrections; then the
     * {@code people:} corrections. {@code analyzer} analyses the original file.
     */
    public static Analysis translation(Analysis translation, ContentFile original, Analyzer analyzer) {
        Corrections corrections = original.front().corrections();
        Analysis source = apply(analyzer.analyze(ArticlePages.text(original)), corrections, original.path());
        QuoteAlignment alignment = QuoteAlignment.of(source, translation);
        List<Quote> quotes = new ArrayList<>();
        for (Quote q : translation.quotes()) {
            Quote aligned = alignment.original(q).orElse(null);
            quotes.add(aligned == null ? q : new Quote(q.text(), aligned.speaker(), q.span(), aligned.attribution()));
        }
        return people(new Analysis(translation.lang(), translation.date(), translation.paragraphs(), quotes,
                translation.people(), translation.organizations(), translation.dates(), translation.repairs(),
                translation.warnings()), corrections, source.organizations());
    }

    /** Applies only the {@code people:} part (to a translation, whose quotations follow the original's). */
    public static Analysis people(Analysis analysis, Corrections corrections) {
        return people(analysis, corrections, List.of());
    }

    /**
     * True when a speaker the editor gave names an organisation, not a person: one the analysis found, or found in
     * the original ({@code original}, for a translation whose speakers are the original's), case, spaces and
     * apostrophes aside; a known organisation; or a name that holds an organisation word and opens with no given
     * name («Syndicat des marins de Lorient», "Ministry of Ecological Transition"; not "Marie Bank").
     */
    static boolean organisation(String speaker, List<Organization> found, List<Organization> original) {
        String name = fold(speaker);
        if (Stream.concat(found.stream(), original.stream()).anyMatch(o -> fold(o.name()).equals(name))) {
            return true;
        }
        Lexicon lexicon = Lexicon.shared();
        String[] words = speaker.strip().split("[\\s\\u00A0\\u202F'’]+");
        return lexicon.isKnownOrganization(speaker.strip()) || words.length > 0 && lexicon.givenName(words[0]) == 0
                && Stream.of(words).anyMatch(lexicon::isOrganizationCue);
    }

    private static Analysis people(Analysis analysis, Corrections corrections, List<Organization> original) {
        Map<String, String> aliases = new LinkedHashMap<>();
        corrections.aliases().forEach((k, v) -> aliases.put(fold(k), v));
        List<String> not = corrections.notPeople().stream().map(Corrector::fold).toList();
        List<Quote> quotes = new ArrayList<>();
        for (Quote q : analysis.quotes()) {
            String speaker = q.speaker();
            Attribution how = q.attribution();
            if (speaker != null && aliases.containsKey(fold(speaker))) {
                speaker = aliases.get(fold(speaker));
            }
            if (speaker != null && not.contains(fold(speaker)) && how != Attribution.EDITOR) {
                speaker = null;
                how = Attribution.NONE;
            }
            if (how != Attribution.EDITOR && (speaker == null || how.inferred())) {
                String sentence = fold(sentenceAround(analysis.paragraphs().get(q.paragraph() - 1), q.span()));
                for (Map.Entry<String, String> alias : aliases.entrySet()) {
                    if (sentence.contains(alias.getKey())) {
                        speaker = alias.getValue();
                        how = Attribution.EDITOR;
                        break;
                    }
                }
            }
            quotes.add(speaker == q.speaker() && how == q.attribution() ? q : new Quote(q.text(), speaker, q.span(), how));
        }
        Map<String, List<Span>> mentions = new LinkedHashMap<>();
        Map<String, Character> genders = new LinkedHashMap<>();
        for (Person p : analysis.people()) {
            String name = aliases.getOrDefault(fold(p.name()), p.name());
            if (not.contains(fold(name))) {
                continue;
            }
            mentions.computeIfAbsent(name, n -> new ArrayList<>()).addAll(p.mentions());
            genders.merge(name, p.gender(), (a, b) -> a == '?' ? b : a);
        }
        for (String name : corrections.declared()) {
            boolean known = mentions.keySet().stream().anyMatch(n -> fold(n).equals(fold(name)));
            if (!known && !not.contains(fold(name))) {
                mentions.put(name, new ArrayList<>());
                genders.put(name, '?');
            }
        }
        for (Quote q : quotes) {
            if (q.attribution() == Attribution.EDITOR && q.speaker() != null
                    && !organisation(q.speaker(), analysis.organizations(), original)) {
                mentions.putIfAbsent(q.speaker(), new ArrayList<>());
                genders.putIfAbsent(q.speaker(), '?');
            }
        }
        List<Person> people = new ArrayList<>();
        mentions.forEach((name, spans) -> people.add(new Person(name, genders.get(name), spans)));
        return new Analysis(analysis.lang(), analysis.date(), analysis.paragraphs(), quotes, people,
                analysis.organizations(), analysis.dates(), analysis.repairs(), analysis.warnings());
    }

    private static String problem(Corrections.QuoteCorrection fix, int count) {
        return "the correction of «" + fix.text() + "» matches " + (count == 0 ? "no quotation" : count + " quotations")
                + " in paragraph " + fix.paragraph();
    }

    private static String candidates(List<Quote> quotes, int paragraph) {
        List<String> list = quotes.stream().filter(q -> q.paragraph() == paragraph)
                .map(q -> "«" + abbreviate(q.text()) + "»").toList();
        return list.isEmpty() ? "Paragraph " + paragraph + " has no quotation; check the paragraph number."
                : "Give a part of one of: " + String.join(", ", list) + ".";
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** The sentence of a paragraph around a span: from the last . ! ? before it to the next one after it. */
    private static String sentenceAround(String text, Span span) {
        int from = span.start();
        while (from > 0 && ".!?".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = Math.min(text.length(), span.end() + 1);
        while (to < text.length() && ".!?".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to);
    }

    /** Lower case (root locale), typographic apostrophes straight, spaces of any kind single. */
    static String fold(String text) {
        return SPACES.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ").strip();
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00A0\\u202F]+");
}
