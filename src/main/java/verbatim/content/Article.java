package verbatim.content;

import java.util.ArrayList;
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
     * What is likely a mistake but does not stop a build, one line each ({@code file:line: what — how to fix}): a
     * translation dated otherwise than its original. The site dates the article by its original, while the dates
     * written in a file's text ("le 9 février") are read against that file's own date.
     *
     * <p>Example: {@code content/a.en.md:3: its date 2026-02-13 differs from 2026-02-12, the date of its original
     * content/a.fr.md (line 3): the site dates the article 2026-02-12, but reads the dates in this file's text
     * against 2026-02-13 — write date: 2026-02-12 here, or correct the original's}.
     */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        java.time.LocalDate date = original.front().date();
        for (ContentFile t : translations.values()) {
            java.time.LocalDate own = t.front().date();
            if (own != null && date != null && !own.equals(date)) {
                int line = original.front().line("date");
                out.add(new InputException(t.path(), t.front().line("date"), "its date " + own + " differs from "
                        + date + ", the date of its original " + original.path().toString().replace('\\', '/')
                        + (line > 0 ? " (line " + line + ")" : "") + ": the site dates the article " + date + ", but "
                        + "reads the dates in this file's text against " + own, null).oneLine() + " — write date: "
                        + date + " here, or correct the original's");
            }
        }
        return out;
    }

    /**
     * Pairs the files of one slug and checks them: one original, named by every file's {@code original:}, and every
     * translation with as many paragraphs.
     *
     * @throws InputException naming each {@code original:} key that disagrees with the others at its line, or the
     *                        translation and the first paragraph that has no counterpart
     */
    public static Article of(String slug, List<ContentFile> files) {
        ContentFile original = original(slug, files);
        Map<String, ContentFile> translations = new TreeMap<>();
        for (ContentFile file : files) {
            if (file != original) {
                translations.put(file.lang(), file);
            }
        }
        for (ContentFile t : translations.values()) {
            int a = original.paragraphs().size();
            int b = t.paragraphs().size();
            if (a != b) {
                throw misaligned(original, t);
            }
        }
        return new Article(slug, original, translations);
    }

    /**
     * The original: the file whose language the most files name in {@code original:}; on a tie, one without a
     * translator's keys ({@code translator:}, {@code translatedFrom:}), else the French one (Verbatim's usual
     * original). Every file that names another language is an error at its {@code original:} line.
     */
    private static ContentFile original(String slug, List<ContentFile> files) {
        Map<String, ContentFile> byLang = new TreeMap<>();
        Map<String, Integer> named = new TreeMap<>();
        for (ContentFile file : files) {
            byLang.put(file.lang(), file);
            named.merge(file.front().original(), 1, Integer::sum);
        }
        named.keySet().retainAll(byLang.keySet());
        if (named.isEmpty()) {
            ContentFile any = files.get(0);
            throw new InputException(any.path(), any.front().line("original"), "article '" + slug + "' has no "
                    + "original: 'original: " + any.front().original() + "' names " + slug + "."
                    + any.front().original() + ".md, which does not exist",
                    "Add the original, or set 'original:' to this file's language.");
        }
        int most = named.values().stream().max(Integer::compare).orElseThrow();
        List<String> tied = named.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
        List<String> untranslated = tied.stream().filter(l -> !translated(byLang.get(l))).toList();
        String lang = tied.size() == 1 ? tied.get(0) : untranslated.size() == 1 ? untranslated.get(0)
                : tied.contains("fr") ? "fr" : tied.get(0);
        boolean sure = tied.size() == 1 || untranslated.size() == 1;
        ContentFile original = byLang.get(lang);
        List<InputException> wrong = new ArrayList<>();
        for (ContentFile file : files) {
            String says = file.front().original();
            if (says.equals(lang)) {
                continue;
            }
            String problem;
            String fix = "Write original: " + lang;
            if (file == original) {
                ContentFile other = byLang.get(says);
                problem = "'original: " + says + "' names " + (other == null ? slug + "." + says + ".md"
                        : other.path().getFileName()) + " as the original, but " + (other == null
                        ? "there is no such file" : other.path().getFileName() + " names this file ("
                        + key(other) + ")") + "; an article has one original";
                if (!sure && other != null) {
                    fix += " (or, if " + other.path().getFileName() + " is the original, write original: " + says
                            + " in " + other.path().getFileName() + ")";
                }
            } else if (says.equals(file.lang())) {
                problem = "'original: " + says + "' makes this file an original, but " + original.path().getFileName()
                        + " is the original (" + key(original) + "); an article has one original";
                if (!sure) {
                    fix += " (or, if this file is the original, write original: " + says + " in "
                            + original.path().getFileName() + ")";
                }
            } else {
                problem = "'original: " + says + "' differs from the language of the original, "
                        + original.path().getFileName() + " (" + key(original) + ")";
            }
            wrong.add(new InputException(file.path(), file.front().line("original"), problem, fix + "."));
        }
        if (!wrong.isEmpty()) {
            throw InputErrors.of(wrong);
        }
        return original;
    }

    /** True for a file with a translator's keys. */
    private static boolean translated(ContentFile file) {
        return file.front().translator() != null || !file.front().translatedFrom().isEmpty();
    }

    /** A file's {@code original:} key as a message quotes it: {@code 'original: fr', line 4}. */
    private static String key(ContentFile file) {
        int line = file.front().line("original");
        return "'original: " + file.front().original() + "'" + (line > 0 ? ", line " + line : "");
    }

    /**
     * The error of a translation whose paragraph count differs from the original's: both counts, and where the two
     * part when the texts tell it ({@link ParagraphAlignment}) — the first paragraph that has no counterpart, with its
     * file and line when it is the original's, at the translation's line where the two part —, else the paragraphs
     * among which they part, or only the counts when the texts tell nothing of it.
     */
    private static InputException misaligned(ContentFile original, ContentFile t) {
        List<Paragraph> op = original.paragraphs();
        List<Paragraph> tp = t.paragraphs();
        String counts = "the translation has " + paragraphs(tp.size()) + " but the original "
                + original.path().getFileName() + " has " + op.size();
        String o = original.path().toString().replace('\\', '/');
        String where;
        int line;
        String fix = "Split or join paragraphs with blank lines so that paragraph N translates paragraph N.";
        ParagraphAlignment.Parting parting = ParagraphAlignment.first(op, tp);
        if (parting instanceof ParagraphAlignment.Unclear u) {
            if (u.from() == 0 && u.to() == Math.min(op.size(), tp.size())) {
                return new InputException(t.path(), tp.get(0).line(), counts + ", and the texts do not tell where they "
                        + "part (their lengths, names and numbers fit several places alike)",
                        "Compare the two paragraph by paragraph, and split, join or translate paragraphs so that "
                        + "paragraph N translates paragraph N.");
            }
            int k = u.from();
            String matched = k > 0 ? "they seem to match up to paragraph " + k + " and to " : "they seem to ";
            if (k < u.to()) {
                where = matched + "part at " + (u.to() == k + 1 ? "paragraph " + (k + 1) + " or " : "one of paragraphs "
                        + (k + 1) + " to ") + (u.to() + 1) + " (from " + o + ":" + op.get(k).line() + "); the texts "
                        + "do not tell which";
            } else if (op.size() > tp.size()) {
                where = matched + "part at paragraph " + (k + 1) + " of the original (" + o + ":" + op.get(k).line()
                        + "), which the translation leaves out or joins to another";
            } else {
                where = matched + "part at paragraph " + (k + 1) + " of the translation, which has no counterpart in "
                        + "the original or translates part of its paragraph " + (k + 1) + " (" + o + ":"
                        + op.get(k).line() + ")";
            }
            line = tp.get(Math.min(k, tp.size() - 1)).line();
            fix = "Compare the two from paragraph " + (k + 1) + " on, and split, join or translate paragraphs so "
                    + "that paragraph N translates paragraph N.";
            return new InputException(t.path(), line, counts + ": " + where, fix);
        }
        ParagraphAlignment.Divergence d = (ParagraphAlignment.Divergence) parting;
        int i = d.original();
        int j = d.translation();
        switch (d.kind()) {
            case JOINED -> {
                where = "paragraph " + (j + 1) + " of the translation seems to translate paragraphs " + (i + 1)
                        + " and " + (i + 2) + " of the original, so paragraph " + (i + 2) + " of the original ("
                        + o + ":" + op.get(i + 1).line() + ") has no counterpart";
                line = tp.get(j).line();
            }
            case SPLIT -> {
                where = "paragraphs " + (j + 1) + " and " + (j + 2) + " of the translation seem to translate "
                        + "paragraph " + (i + 1) + " of the original (" + o + ":" + op.get(i).line() + "), so "
                        + "paragraph " + (j + 2) + " of the translation has no counterpart";
                line = tp.get(j + 1).line();
            }
            case ORIGINAL_ONLY -> {
                where = "paragraph " + (i + 1) + " of the original (" + o + ":" + op.get(i).line() + ") seems to be "
                        + "missing from the translation; its translation would come " + (j < tp.size()
                        ? "before paragraph " + (j + 1) + " of the translation" : "after the translation's last "
                        + "paragraph");
                line = tp.get(Math.min(j, tp.size() - 1)).line();
                fix = "Translate paragraph " + (i + 1) + " of the original into the translation there, so that "
                        + "paragraph N translates paragraph N.";
            }
            default -> {
                where = "paragraph " + (j + 1) + " of the translation seems to have no counterpart in the original";
                line = tp.get(j).line();
                fix = "Remove that paragraph from the translation, or add the paragraph it translates to the "
                        + "original, so that paragraph N translates paragraph N.";
            }
        }
        return new InputException(t.path(), line, counts + ": " + where, fix);
    }

    private static String paragraphs(int n) {
        return n + (n == 1 ? " paragraph" : " paragraphs");
    }
}
