package verbatim.analysis.reading;

/**
 * Something in the text that can refer to a speaker: a person's or an organisation's name, a pronoun
 * ("il", "she"), a description ("la lauréate", "the former researcher") or a document ("la lettre").
 *
 * @param kind      what the words are
 * @param paragraph 1-based paragraph
 * @param start     offset of the first character
 * @param end       offset after the last character
 * @param name      the canonical name for a person or an organisation; null for the other kinds
 * @param gender    'm', 'f' or '?'
 * @param quoted    true when the words stand inside a quotation
 */
public record Mention(Kind kind, int paragraph, int start, int end, String name, char gender, boolean quoted) {

    public enum Kind { PERSON, ORGANIZATION, PRONOUN, DESCRIPTION, DOCUMENT }

    /** The same mention with a canonical name. */
    public Mention named(String canonical) {
        return new Mention(kind, paragraph, start, end, canonical, gender, quoted);
    }

    public boolean isName() {
        return kind == Kind.PERSON || kind == Kind.ORGANIZATION;
    }

    /** True when a reference of gender {@code g} may point to this mention's gender. */
    public boolean agrees(char g) {
        return g == '?' || gender == '?' || gender == g;
    }
}
