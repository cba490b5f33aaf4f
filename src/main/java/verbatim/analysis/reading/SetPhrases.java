package verbatim.analysis.reading;

import java.util.List;

/**
 * Adverbial set phrases that may stand between an inverted reporting verb and its subject, or between an auxiliary
 * and its participle: « prévient de son côté X », « confiait d'ailleurs X », « s'exclame par exemple X », « a par
 * la suite dénoncé ». A preposition that opens one does not make the name after the phrase its complement.
 *
 * <p>Source: compiled by the Verbatim team from French usage; keys as {@link Word#key()} gives them (lower case,
 * ’ written ').
 */
public final class SetPhrases {

    private static final List<List<String>> ADVERBIALS = List.of(List.of("de", "son", "côté"),
            List.of("de", "leur", "côté"), List.of("pour", "sa", "part"), List.of("pour", "leur", "part"),
            List.of("à", "son", "tour"), List.of("à", "leur", "tour"), List.of("lui", "aussi"), List.of("elle", "aussi"),
            List.of("d", "'", "ailleurs"), List.of("par", "ailleurs"), List.of("en", "effet"), List.of("en", "outre"),
            List.of("en", "revanche"), List.of("de", "nouveau"), List.of("à", "nouveau"), List.of("de", "fait"),
            List.of("pour", "autant"), List.of("en", "substance"), List.of("en", "retour"), List.of("par", "la", "suite"),
            List.of("dans", "la", "foulée"), List.of("par", "la", "même", "occasion"), List.of("par", "exemple"),
            List.of("entre", "autres"), List.of("en", "particulier"), List.of("à", "l", "'", "inverse"));

    private SetPhrases() {
    }

    /**
     * The index after the set phrase that starts at word {@code from}, or {@code from} when none starts there.
     * Example: in « s'exclame par exemple Paul », from the index of « par » it gives that of « Paul ».
     */
    public static int end(List<Word> words, int from) {
        for (List<String> phrase : ADVERBIALS) {
            int i = from;
            for (String key : phrase) {
                if (i >= words.size() || !words.get(i).key().equals(key)) {
                    i = -1;
                    break;
                }
                i++;
            }
            if (i > 0) {
                return i;
            }
        }
        return from;
    }
}
