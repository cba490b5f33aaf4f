package verbatim.content;

/**
 * A document an article cites: its title and, where one is known, its address.
 *
 * @param title what the document is ("Lettre de démission de Mrinank Sharma, publiée sur X le 9 février 2026")
 * @param url   its address, or null when none can be given
 */
public record Source(String title, String url) {
}
