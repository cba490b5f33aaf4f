package verbatim.check;

/**
 * A quotation or a passage shown in a message, in the marks of its language and cut to a few words.
 *
 * <p>Example: {@code of("Nous voulions un lieu où l'on reste tout l'après-midi", "fr")} is
 * {@code « Nous voulions un lieu où l'on reste… »}.
 */
final class Quoted {

    private static final int WORDS = 7;

    private Quoted() {
    }

    static String of(String text, String lang) {
        String[] words = text.strip().split("\\s+");
        String shown = words.length <= WORDS ? text.strip()
                : String.join(" ", java.util.Arrays.copyOf(words, WORDS)) + "…";
        return lang.equals("fr") ? "« " + shown + " »" : "“" + shown + "”";
    }
}
