package verbatim.text;

/** Placeholder until the text branch lands. */
public final class FrenchTypography {
    private FrenchTypography() {
    }

    public static String apply(String text) {
        return text;
    }
}
