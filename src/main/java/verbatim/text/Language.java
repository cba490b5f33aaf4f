package verbatim.text;

/** Guesses the language of a text among those Verbatim knows ("fr", "en"). */
public final class Language {

    private Language() {
    }

    /** Returns "fr" or "en" for the given text. */
    public static String detect(String text) {
        throw new UnsupportedOperationException("to be written");
    }
}
