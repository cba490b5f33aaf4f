package verbatim.site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import verbatim.site.output.Output;

/**
 * Where the index step puts the files it makes from every article at once (lists, timeline, search, feeds, data).
 * Each comes with a key of what it is made from ({@link Digest}, 32 bytes; null for a file made every time): a file
 * the previous build made from the same key, and that is still as that build left it, is kept without its variables
 * or text being computed. Thread-safe.
 */
interface IndexOutput {

    /** The page at site path {@code path}, rendered by {@code template} with the variables {@code context} gives. */
    void page(String path, String template, byte[] key, Supplier<Map<String, Object>> context);

    /** The file at site path {@code path}, of the bytes {@code bytes} gives. */
    void file(String path, byte[] key, Supplier<byte[]> bytes);

    /**
     * The file at site path {@code path}, whose bytes {@code body} writes as they are made: for a file that grows with
     * the archive, which is never held whole in memory.
     */
    void stream(String path, byte[] key, Output.Body body);

    /** The file at site path {@code path}, of the UTF-8 text {@code text} gives. */
    default void text(String path, byte[] key, Supplier<String> text) {
        file(path, key, () -> text.get().getBytes(StandardCharsets.UTF_8));
    }

    /** Keeps the previous build's file at {@code path} as it is; false when it is not there as that build left it. */
    boolean keep(String path);

    /**
     * Keeps every index file of the previous build under the folder {@code folder} whose path ends with
     * {@code suffix}, as it is: a family of files made from the same parts as then. False when there is no previous
     * build or one of them is not there as it left it (the others are kept all the same): the family is then made.
     */
    default boolean keepAll(String folder, String suffix) {
        Previous previous = previous();
        if (previous == null) {
            return false;
        }
        boolean all = true;
        for (String path : previous.files(folder)) {
            if (path.endsWith(suffix)) {
                all &= keep(path);
            }
        }
        return all;
    }

    /** The folder of a page's path: {@code fr/citations/index.html} → {@code fr/citations/}. */
    static String folder(String page) {
        return page.substring(0, page.lastIndexOf('/') + 1);
    }

    /**
     * The previous build of the same output folder, for the files that are cheaper to patch than to make again (the
     * search index, the data): null when there is none the index step can build on.
     */
    Previous previous();

    /** The previous build, as the index step can build on it. */
    interface Previous {

        /** Its articles, newest first. */
        List<ArticleOutline> articles();

        /** Its index file at site path {@code path} when it is still as that build left it; null otherwise. */
        byte[] file(String path);

        /** Where its index file at site path {@code path} is, when it is still as that build left it; null otherwise. */
        Path fileAt(String path);

        /** True when it made the index file at site path {@code path} and the file is still as it left it. */
        boolean intact(String path);

        /** The site paths of its index files under the folder {@code folder} (such as {@code search/fr/}). */
        List<String> files(String folder);

        /** The article as that build left it in the cache (summary and search texts); null when it is gone. */
        BuiltArticle article(String slug);
    }
}
