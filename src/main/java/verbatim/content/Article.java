package verbatim.content;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An article: its original and the translations that share its slug.
 *
 * @param slug         the shared slug
 * @param original     the file in the original language
 * @param translations the other files, by language
 */
public record Article(String slug, ContentFile original, Map<String, ContentFile> translations) {
    public Article {
        translations = new TreeMap<>(translations);
    }

    /** The file in the given language, the original included, or null. */
    public ContentFile in(String lang) {
        return original.lang().equals(lang) ? original : translations.get(lang);
    }

    /** The languages present, the original first. */
    public List<String> languages() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(original.lang()),
                translations.keySet().stream()).toList();
    }

    /**
     * Pairs the files of one slug and checks them: one original, every translation with as many paragraphs.
     *
     * @throws InputException naming the translation and the paragraphs that differ
     */
    public static Article of(String slug, List<ContentFile> files) {
        ContentFile original = null;
        Map<String, ContentFile> translations = new TreeMap<>();
        for (ContentFile file : files) {
            if (file.lang().equals(file.front().original())) {
                if (original != null) {
                    throw new InputException(file.path(), 2, "'original: " + file.front().original() + "' makes this "
                            + "file an original, but " + original.path().getFileName() + " is one too ('original: "
                            + original.lang() + "'); an article has one original",
                            "In the translation, write original: followed by the original's language.");
                }
                original = file;
            } else {
                translations.put(file.lang(), file);
            }
        }
        if (original == null) {
            ContentFile any = files.get(0);
            throw new InputException(any.path(), 0, "article '" + slug + "' has no original: no file "
                    + slug + "." + any.front().original() + ".md",
                    "Add the original, or set 'original:' to this file's language.");
        }
        for (ContentFile t : translations.values()) {
            if (!t.front().original().equals(original.lang())) {
                throw new InputException(t.path(), 2, "'original: " + t.front().original()
                        + "' differs from the original file's language '" + original.lang() + "'",
                        "Write original: " + original.lang());
            }
            int a = original.paragraphs().size();
            int b = t.paragraphs().size();
            if (a != b) {
                int first = firstDifference(original, t);
                int line = b > a ? t.paragraphs().get(a).line() : t.paragraphs().get(b - 1).line();
                String missing = Math.min(a, b) + 1 == Math.max(a, b) ? "paragraph " + Math.max(a, b)
                        : "paragraphs " + (Math.min(a, b) + 1) + "–" + Math.max(a, b);
                throw new InputException(t.path(), line, "the translation has " + paragraphs(b) + " but the original "
                        + original.path().getFileName() + " has " + a + " (" + missing + " of the "
                        + (b > a ? "translation" : "original") + " ha" + (missing.startsWith("paragraphs") ? "ve" : "s")
                        + " no counterpart" + (first > 0 ? "; the first paragraph that looks misaligned is " + first
                        : "") + ")",
                        "Split or join paragraphs with blank lines so that paragraph N translates paragraph N.");
            }
        }
        return new Article(slug, original, translations);
    }

    private static String paragraphs(int n) {
        return n + (n == 1 ? " paragraph" : " paragraphs");
    }

    /**
     * The first paragraph whose length ratio to its counterpart is far off, a hint of where two paragraphs were
     * merged or split; 0 when none stands out.
     */
    private static int firstDifference(ContentFile a, ContentFile b) {
        int n = Math.min(a.paragraphs().size(), b.paragraphs().size());
        for (int i = 0; i < n; i++) {
            double la = a.paragraphs().get(i).markdown().length();
            double lb = b.paragraphs().get(i).markdown().length();
            if (la / lb > 1.8 || lb / la > 1.8) {
                return i + 1;
            }
        }
        return 0;
    }
}
