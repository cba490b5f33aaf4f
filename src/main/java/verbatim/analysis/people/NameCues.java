package verbatim.analysis.people;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import verbatim.analysis.reading.Reading;
import verbatim.analysis.reading.Word;
import verbatim.analysis.reading.NameRun;
import verbatim.analysis.reading.Lexicon;

/**
 * What one article shows about how its names are written, gathered in one pass over its words and runs and
 * read by the person and organisation finders.
 *
 * <ul>
 *   <li>Particles that belong to a surname: in "Yann Le Gall … Le Gall a dit", the particle "Le" stands inside a
 *       name after a given name, so "le gall" is a particle surname and a sentence-initial "Le Gall" keeps its
 *       "Le".</li>
 *   <li>Surnames written in capitals, as French administrative style does: in "Marc LEFEUVRE", "LEFEUVRE"
 *       follows a given name, so it is a surname and not an acronym, here and where it stands alone. A word
 *       with no vowel ("NHS" after the place "Arleigh", a given name too) is always an acronym.</li>
 *   <li>Words the article also writes in lower case: "Several" opening a sentence is the word "several"
 *       used elsewhere, not a name.</li>
 * </ul>
 */
public final class NameCues {

    /** The article's language, "fr" or "en". */
    public final String lang;
    private final Set<String> particleSurnames = new HashSet<>();
    private final Set<String> capitalSurnames = new HashSet<>();
    private final Set<String> lowerCase = new HashSet<>();

    /** The cues of the article {@code reading}, its words looked up in {@code lexicon}; read-only once made. */
    public NameCues(Reading reading, Lexicon lexicon) {
        lang = reading.lang;
        for (List<Word> words : reading.words) {
            for (Word w : words) {
                if (w.isWord() && Character.isLowerCase(w.text().codePointAt(0))) {
                    lowerCase.add(w.key());
                }
            }
        }
        for (NameRun run : reading.runs) {
            for (int k = run.from() + 1; k < run.to(); k++) {
                Word prev = run.words().get(k - 1);
                Word w = run.words().get(k);
                boolean namedBefore = prev.isWord() && prev.isCapitalised() && !prev.isAcronym()
                        && !lexicon.isStopWord(prev.text()) || prev.is(".") || lexicon.title(prev.text()) != null;
                if (NameRun.isParticle(w) && k + 1 < run.to() && namedBefore
                        && run.words().get(k + 1).isCapitalised()) {
                    particleSurnames.add(w.key() + " " + run.words().get(k + 1).key());
                }
                if (w.isAcronym() && w.text().length() >= 3 && !w.text().contains("-") && hasVowel(w.text()) && prev.isWord()
                        && !prev.isAcronym() && (lexicon.givenName(prev.text()) != 0
                        || lexicon.title(prev.text()) != null) && !lexicon.isStopWord(prev.text())) {
                    capitalSurnames.add(w.key());
                }
            }
        }
    }

    /** True for a word with a vowel: "LEFEUVRE" may be a surname, "NHS" of "Arleigh NHS Trust" may not. */
    private static boolean hasVowel(String word) {
        return word.toLowerCase(java.util.Locale.ROOT).chars().anyMatch(c -> "aeiouyàâäéèêëîïôöùûüÿ".indexOf(c) >= 0);
    }

    /** True when "Le" then "Gall" (as keys "le", "gall") are written inside a name elsewhere in the article. */
    public boolean isParticleSurname(String particle, String surname) {
        return particleSurnames.contains(particle + " " + surname);
    }

    /** True for a word in capitals that the article writes after a given name: "LEFEUVRE" of "Marc LEFEUVRE". */
    public boolean isCapitalSurname(Word w) {
        return w.isAcronym() && capitalSurnames.contains(w.key());
    }

    /** True when the article writes this word in lower case somewhere. */
    public boolean isWrittenLowerCase(Word w) {
        return lowerCase.contains(w.key());
    }
}
