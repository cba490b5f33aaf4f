package verbatim.content;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The YAML header of a content file.
 *
 * <pre>
 * ---
 * title: "Un chercheur d'Anthropic démissionne"
 * date: 2026-02-12
 * original: fr
 * sources:
 *   - title: "Lettre de Mrinank Sharma"
 *     url: https://example.org/letter
 * credit: Mrinank Sharma
 * ---
 * </pre>
 *
 * @param title    the headline
 * @param date     the publication date (the day as written: 2026-03-03 for {@code 2026-03-03T00:30:00+01:00})
 * @param time     the publication date-time when it is written with its zone ({@code 2026-03-03T00:30:00+01:00}),
 *                 else null (a day, or a date-time without zone, which names no instant)
 * @param original the language of the original text ("fr")
 * @param sources  the documents the article cites
 * @param credit   the credit line, or null
 * @param draft    true when the article is left out of builds without {@code --drafts}
 * @param slug     an explicit slug, or null to take it from the file name
 * @param translator     who translated this file, or null (a translation's own line)
 * @param translatedFrom a translation's record of what it was translated from: the {@link Fingerprint} of each
 *                       paragraph of the original when the translation was last accepted; empty when unknown
 * @param warnings       problems that do not stop a build (an unknown key), each as {@code file:line: what}
 * @param corrections    the editor's corrections of the analysis ({@code quotes:}, {@code people:}), or
 *                       {@link Corrections#NONE}
 * @param lines          the 1-based file line of each top-level key written ({@code original} → 4), for messages
 *                       about a value that is valid alone but wrong beside the article's other files
 */
public record FrontMatter(String title, LocalDate date, OffsetDateTime time, String original, List<Source> sources, String credit,
                          boolean draft, String slug, String translator, List<String> translatedFrom,
                          List<String> warnings, Corrections corrections, Map<String, Integer> lines) {
    public FrontMatter {
        sources = List.copyOf(sources);
        translatedFrom = List.copyOf(translatedFrom);
        warnings = List.copyOf(warnings);
        corrections = corrections == null ? Corrections.NONE : corrections;
        lines = Map.copyOf(lines);
    }

    /** Front matter without corrections. */
    public FrontMatter(String title, LocalDate date, String original, List<Source> sources, String credit,
                       boolean draft, String slug, String translator, List<String> translatedFrom,
                       List<String> warnings) {
        this(title, date, null, original, sources, credit, draft, slug, translator, translatedFrom, warnings,
                Corrections.NONE, Map.of());
    }

    /** Front matter without translator, record of the original, warnings or corrections. */
    public FrontMatter(String title, LocalDate date, String original, List<Source> sources, String credit,
                       boolean draft, String slug) {
        this(title, date, null, original, sources, credit, draft, slug, null, List.of(), List.of(), Corrections.NONE,
                Map.of());
    }

    /** The same front matter with the editor's corrections. */
    public FrontMatter withCorrections(Corrections c) {
        return new FrontMatter(title, date, time, original, sources, credit, draft, slug, translator, translatedFrom,
                warnings, c, lines);
    }

    /** The same front matter with the line of each of its keys. */
    FrontMatter withLines(Map<String, Integer> keyLines) {
        return new FrontMatter(title, date, time, original, sources, credit, draft, slug, translator, translatedFrom,
                warnings, corrections, keyLines);
    }

    /** The same front matter with the date-time written with its zone (null for none). */
    FrontMatter withTime(OffsetDateTime written) {
        return new FrontMatter(title, date, written, original, sources, credit, draft, slug, translator,
                translatedFrom, warnings, corrections, lines);
    }

    /**
     * The publication date as ISO 8601, for the page's JSON-LD: the date-time with the offset it was written with
     * when it has one ({@code 2026-03-03T00:30:00+01:00}), else the day ({@code 2026-03-03}).
     */
    public String published() {
        return time != null ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time) : date.toString();
    }

    /**
     * The publication instant in UTC, for the feeds: {@code 2026-03-02T23:30:00Z} for
     * {@code 2026-03-03T00:30:00+01:00}; midnight UTC of the day ({@code 2026-03-03T00:00:00Z}) when no time is
     * written with its zone.
     */
    public java.time.Instant instant() {
        return time != null ? time.toInstant() : date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The 1-based file line of the top-level key {@code key}, or 0 when it is not written (or not known). */
    public int line(String key) {
        return lines.getOrDefault(key, 0);
    }
}
