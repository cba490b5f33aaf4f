package verbatim.check;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import verbatim.content.Article;
import verbatim.content.ContentFile;
import verbatim.content.Fingerprint;
import verbatim.content.InputException;
import verbatim.content.Invocation;
import verbatim.content.Paragraph;
import verbatim.content.TextFile;

/**
 * What a translation was translated from: the {@link Fingerprint} of each paragraph of its original, kept in the
 * translation's front matter ({@code translatedFrom: [3f9a0c12de, …]}) when the translation is accepted, and the
 * original's text at that time, kept in {@code .verbatim/accepted/<slug>.<lang>.txt} to show what changed since.
 *
 * <p>Example: after {@code archive check --accept a}, changing « 800 » to « 900 » in paragraph 2 of
 * {@code a.fr.md} gives {@code content/a.en.md:9: paragraph 2 of the original changed since the translation was
 * accepted: "800" → "900"}.
 */
public final class TranslationRecord {

    /** The key of the front matter that holds the record. */
    public static final String KEY = "translatedFrom";
    private static final int CHANGES_SHOWN = 3;

    private TranslationRecord() {
    }

    /** The fingerprints of the paragraphs of {@code original}, in order. */
    public static List<String> fingerprints(ContentFile original) {
        return original.paragraphs().stream().map(p -> Fingerprint.of(p.markdown())).toList();
    }

    /**
     * The paragraphs of the original that changed since {@code translation} was accepted, each with its change
     * when the accepted text is kept in {@code accepted}; nothing when the translation has no record.
     */
    static List<Finding> stale(String slug, ContentFile original, ContentFile translation, Path accepted) {
        List<String> record = translation.front().translatedFrom();
        List<Finding> out = new ArrayList<>();
        if (record.isEmpty()) {
            return out;
        }
        List<String> now = fingerprints(original);
        List<String> before = snapshot(accepted, translation);
        for (int i = 0; i < now.size(); i++) {
            if (i < record.size() && record.get(i).equals(now.get(i))) {
                continue;
            }
            String md = original.paragraphs().get(i).markdown();
            String change = before != null && before.size() == record.size() && i < before.size()
                    && Fingerprint.of(before.get(i)).equals(record.get(i)) ? ": " + change(before.get(i), md)
                    : i >= record.size() ? " (a paragraph added)" : "";
            int line = i < translation.paragraphs().size() ? translation.paragraphs().get(i).line() : 0;
            out.add(new Finding(slug, translation.path(), line, "paragraph " + (i + 1) + " of the original changed "
                    + "since the translation was accepted" + change + "; update the translation, then run: "
                    + Invocation.of("check --accept " + slug)));
        }
        return out;
    }

    /** The words that changed: {@code "800" → "900"; "" → "new words"}. */
    static String change(String before, String after) {
        List<String> a = Arrays.asList(before.strip().split("\\s+"));
        List<String> b = Arrays.asList(after.strip().split("\\s+"));
        List<String> shown = new ArrayList<>();
        List<AbstractDelta<String>> deltas = DiffUtils.diff(a, b).getDeltas();
        for (AbstractDelta<String> d : deltas.subList(0, Math.min(CHANGES_SHOWN, deltas.size()))) {
            shown.add("\"" + String.join(" ", d.getSource().getLines()) + "\" → \""
                    + String.join(" ", d.getTarget().getLines()) + "\"");
        }
        return String.join("; ", shown) + (deltas.size() > CHANGES_SHOWN ? "; …" : "");
    }

    /**
     * Records in each translation of {@code article} the fingerprints of the original's paragraphs, and keeps the
     * original's text in {@code accepted}.
     *
     * @return the translations updated
     */
    public static List<ContentFile> accept(Article article, Path accepted) {
        List<String> prints = fingerprints(article.original());
        List<ContentFile> out = new ArrayList<>();
        for (ContentFile t : article.translations().values()) {
            write(t.path(), withRecord(TextFile.read(t.path()), prints));
            List<String> text = article.original().paragraphs().stream().map(Paragraph::markdown).toList();
            write(snapshotFile(accepted, t), String.join("\n", text) + "\n");
            out.add(t);
        }
        return out;
    }

    /**
     * The text of a content file with {@code translatedFrom:} set to the fingerprints, on one line at the end of
     * the front matter; every other byte of the file stays as it was.
     */
    static String withRecord(String text, List<String> prints) {
        String nl = text.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new IllegalArgumentException("no front matter");
        }
        for (int i = 1; i < end; i++) {
            if (lines.get(i).startsWith(KEY + ":")) {
                int last = i + 1;
                while (last < end && lines.get(last).matches("\\s+-.*|-\\s.*")) {
                    last++;
                }
                lines.subList(i, last).clear();
                end -= last - i;
                break;
            }
        }
        lines.add(end, KEY + ": [" + String.join(", ", prints) + "]");
        return String.join(nl, lines);
    }

    private static List<String> snapshot(Path accepted, ContentFile translation) {
        Path file = snapshotFile(accepted, translation);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        return TextFile.read(file).lines().toList();
    }

    private static Path snapshotFile(Path accepted, ContentFile translation) {
        return accepted.resolve(translation.slug() + "." + translation.lang() + ".txt");
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot write (" + e.getMessage() + ")", "Check that it can be written.");
        }
    }
}
