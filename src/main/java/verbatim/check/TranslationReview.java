package verbatim.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import verbatim.analysis.Person;
import verbatim.analysis.Quote;
import verbatim.analysis.dates.DateMention;
import verbatim.analysis.reading.Span;
import verbatim.text.Accents;

/**
 * Compares a translation with its original paragraph by paragraph: numbers (as values, each in its language's
 * format), dates, people named, the number of quotations, and quotations left without marks in the translation.
 *
 * <p>Example: original « Le bâtiment accueille 45 000 livres. » and translation "The building holds 54,000
 * books." give {@code paragraph 3: the number 45 000 of the original is not in the translation, which has 54,000}.
 */
final class TranslationReview {

    private TranslationReview() {
    }

    /** What differs between {@code original} and {@code translation}, paragraph by paragraph. */
    static List<Finding> of(String slug, Version original, Version translation) {
        List<Finding> out = new ArrayList<>();
        int n = Math.min(original.plain().size(), translation.plain().size());
        for (int p = 1; p <= n; p++) {
            List<String> problems = new ArrayList<>();
            numbers(original, translation, p, problems);
            dates(original, translation, p, problems);
            people(original, translation, p, problems);
            quotations(original, translation, p, problems);
            for (String problem : problems) {
                out.add(new Finding(slug, translation.file().path(), translation.line(p), "paragraph " + p + ": "
                        + problem));
            }
        }
        return out;
    }

    /** Numbers outside dates (a date is compared as a date), as values. */
    private static void numbers(Version o, Version t, int p, List<String> problems) {
        List<Numbers.Number> mine = outsideDates(o, p);
        List<Numbers.Number> theirs = outsideDates(t, p);
        List<Numbers.Number> missing = minus(mine, theirs);
        List<Numbers.Number> extra = minus(theirs, mine);
        if (!missing.isEmpty() || !extra.isEmpty()) {
            problems.add(missing.isEmpty() ? "the translation has " + texts(extra) + ", which the original has not"
                    : "the number" + (missing.size() > 1 ? "s " : " ") + texts(missing) + " of the original "
                    + (missing.size() > 1 ? "are" : "is") + " not in the translation"
                    + (extra.isEmpty() ? "" : ", which has " + texts(extra)));
        }
    }

    private static List<Numbers.Number> outsideDates(Version v, int p) {
        List<Span> dates = v.analysis().dates().stream().map(DateMention::span).filter(s -> s.paragraph() == p)
                .toList();
        return Numbers.of(v.plain().get(p - 1), v.lang()).stream()
                .filter(x -> dates.stream().noneMatch(s -> x.start() < s.end() && s.start() < x.end())).toList();
    }

    /** The numbers of {@code a} left when each value of {@code b} has taken one of the same value. */
    private static List<Numbers.Number> minus(List<Numbers.Number> a, List<Numbers.Number> b) {
        List<BigDecimal> left = new ArrayList<>(b.stream().map(Numbers.Number::value).toList());
        List<Numbers.Number> out = new ArrayList<>();
        for (Numbers.Number x : a) {
            if (!left.remove(x.value())) {
                out.add(x);
            }
        }
        return out;
    }

    private static String texts(List<Numbers.Number> numbers) {
        return String.join(", ", numbers.stream().map(Numbers.Number::text).toList());
    }

    private static void dates(Version o, Version t, int p, List<String> problems) {
        Set<String> theirs = values(t, p);
        Set<String> mine = values(o, p);
        for (DateMention d : o.analysis().dates()) {
            if (d.span().paragraph() == p && !theirs.contains(d.value())) {
                problems.add("the date " + d.value() + " (" + d.text() + ") of the original is not in the translation");
            }
        }
        for (DateMention d : t.analysis().dates()) {
            if (d.span().paragraph() == p && !mine.contains(d.value())) {
                problems.add("the date " + d.value() + " (" + d.text() + ") of the translation is not in the original");
            }
        }
    }

    private static Set<String> values(Version v, int p) {
        Set<String> out = new LinkedHashSet<>();
        v.analysis().dates().stream().filter(d -> d.span().paragraph() == p).forEach(d -> out.add(d.value()));
        return out;
    }

    /** A person named in one paragraph whose name (any form used there) is not in the other. */
    private static void people(Version o, Version t, int p, List<String> problems) {
        for (String name : absent(o, t, p)) {
            problems.add(name + " is named in the original, not in the translation");
        }
        for (String name : absent(t, o, p)) {
            problems.add(name + " is named in the translation, not in the original");
        }
    }

    static List<String> absent(Version from, Version other, int p) {
        String text = fold(other.plain().get(p - 1));
        List<String> out = new ArrayList<>();
        for (Person person : from.analysis().people()) {
            List<String> forms = person.mentions().stream().filter(s -> s.paragraph() == p)
                    .map(s -> from.plain().get(p - 1).substring(s.start(), s.end())).distinct().toList();
            if (!forms.isEmpty() && forms.stream().noneMatch(f -> text.contains(fold(f)))
                    && !holdsWord(text, fold(surname(person.name())))) {
                out.add(person.name()); // but "Thornton added" against « Maya Thornton a ajouté »: the same person
            }
        }
        return out;
    }

    /** The last word of a person's name: the surname by which an article may name them alone. */
    private static String surname(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /** True when a folded text holds a word as a whole word (not "Roux" inside "Rouxel"). */
    private static boolean holdsWord(String text, String word) {
        if (word.length() < 3) {
            return false;
        }
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int end = i + word.length();
            if ((i == 0 || !Character.isLetter(text.charAt(i - 1)))
                    && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Case and accents do not count in a name ("Régis" = "Regis"). */
    private static String fold(String s) {
        return Accents.strip(s).toLowerCase(Locale.ROOT);
    }

    private static void quotations(Version o, Version t, int p, List<String> problems) {
        List<Quote> mine = o.analysis().quotes().stream().filter(q -> q.paragraph() == p).toList();
        List<Quote> theirs = t.analysis().quotes().stream().filter(q -> q.paragraph() == p).toList();
        if (!mine.isEmpty() && theirs.isEmpty()) {
            for (Quote q : mine) {
                problems.add("the quotation " + Quoted.of(q, o.plain().get(p - 1)) + " of the original is not in quotation "
                        + "marks in the translation");
            }
        } else if (parts(mine) != parts(theirs)) {
            problems.add(mine.size() + " quotation" + (mine.size() == 1 ? "" : "s") + " in the original, "
                    + theirs.size() + " in the translation");
        }
    }

    /**
     * An incise written inside the marks, as French does: « Rien ne fermera, a-t-il assuré. Nous reclasserons. »,
     * « Moi, dit-il, je reste », which English writes as two quotations ("Nothing will close," he said. "We …").
     */
    private static final java.util.regex.Pattern INNER_INCISE = java.util.regex.Pattern.compile(
            "[,.?!]\\s+[\\p{L}’'-]+-(?:t-)?(?:il|elle|ils|elles)\\b[^,.;:«»]{0,60}[,.]",
            java.util.regex.Pattern.UNICODE_CASE);

    /** How many quotations the quotes stand for: one holding an incise inside its marks counts for the two it joins. */
    static int parts(List<Quote> quotes) {
        int n = 0;
        for (Quote q : quotes) {
            n += INNER_INCISE.matcher(q.text()).find() ? 2 : 1;
        }
        return n;
    }
}
