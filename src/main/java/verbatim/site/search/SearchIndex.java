package verbatim.site.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import verbatim.render.Json;

/**
 * The search index of one language, written as many small static files so that a query loads only what it
 * needs: for each word of the query, the file of its first three letters ({@code t/ely.json}), then the files of
 * the documents found ({@code d/0.json}, {@value #DOCS_PER_FILE} documents each).
 *
 * <p>A word file maps each word to the documents that hold it, as gaps between ascending document numbers in
 * base 36: documents 3, 4, 5 and 40 are {@code "3,1,1,z"}, so that a word found in every document costs about two
 * bytes a document. A document file is an array of {@code [type, title, titleLang, href, snippet, snippetLang]},
 * {@code href} from the site root. Documents are numbered in the order of their keys, so the same input always
 * gives the same files; thread-safe while documents are added.
 *
 * <p>An instance holds every document and its words until {@link #files} is called, which suits a small index; a
 * build writes its indexes with a {@link Writer}, which makes the same files from the documents streamed in number
 * order without holding them.
 *
 * <p>When the documents keep their numbers from one build to the next, the files whose documents changed can be made
 * without the others: a document file from its documents ({@link #documentFile}), a word file from the previous one
 * ({@link #patch}).
 */
public final class SearchIndex {

    /** Documents per document file. */
    public static final int DOCS_PER_FILE = 50;

    /** A document as the results show it; {@code type} is "person", "article" or "quote". */
    public record Doc(String type, String title, String titleLang, String href, String snippet,
                      String snippetLang) {
    }

    private record Entry(Doc doc, Set<String> words) {
    }

    private final Map<String, Entry> byKey = new ConcurrentSkipListMap<>();
    private final Map<String, String> interned = new ConcurrentHashMap<>();

    /** Adds a document under a sort key (documents are numbered in key order); its words come from {@code texts}. */
    public void add(String key, Doc doc, String... texts) {
        addWords(key, doc, words(texts));
    }

    /** Adds a document under a sort key with its folded words ({@link #words}). */
    public void addWords(String key, Doc doc, List<String> words) {
        Set<String> set = new TreeSet<>();
        for (String w : words) {
            set.add(interned.computeIfAbsent(w, x -> x));
        }
        byKey.put(key, new Entry(doc, set));
    }

    /** The folded words of {@code texts} (null ones skipped), sorted, each once. */
    public static List<String> words(String... texts) {
        Set<String> words = new TreeSet<>();
        for (String text : texts) {
            if (text != null) {
                words.addAll(Fold.words(text));
            }
        }
        return List.copyOf(words);
    }

    /** How many documents were added. */
    public int size() {
        return byKey.size();
    }

    /** The files of the index, by path inside the index folder ({@code t/ely.json}, {@code d/0.json}). */
    public Map<String, String> files() {
        Map<String, List<Integer>> postings = new HashMap<>();
        List<List<Object>> docs = new ArrayList<>();
        int n = 0;
        for (Entry e : byKey.values()) {
            for (String w : e.words()) {
                postings.computeIfAbsent(w, k -> new ArrayList<>()).add(n);
            }
            Doc d = e.doc();
            docs.add(java.util.Arrays.asList(d.type(), d.title(), d.titleLang(), d.href(), d.snippet(),
                    d.snippetLang()));
            n++;
        }
        Map<String, Map<String, List<Integer>>> shards = new TreeMap<>(); // each word's shard found once
        postings.forEach((w, ids) -> shards.computeIfAbsent(Fold.shard(w), k -> new TreeMap<>()).put(w, ids));
        Map<String, String> out = new LinkedHashMap<>();
        shards.forEach((shard, words) -> {
            Map<String, String> encoded = new LinkedHashMap<>();
            words.forEach((w, ids) -> encoded.put(w, gaps(ids)));
            out.put("t/" + shard + ".json", write(encoded));
        });
        for (int i = 0; i * DOCS_PER_FILE < docs.size(); i++) {
            out.put(documentPath(i * DOCS_PER_FILE), write(docs.subList(i * DOCS_PER_FILE,
                    Math.min(docs.size(), (i + 1) * DOCS_PER_FILE))));
        }
        return out;
    }

    /**
     * Writes an index as its documents come, in the order of their numbers, without holding them: each document file
     * is written when its {@value #DOCS_PER_FILE} documents have come, and each word's postings are kept as their gaps
     * (a byte or two a document) until {@link #finish} writes the word files. The files are those {@link #files}
     * makes of the same documents added under keys in that order.
     *
     * <p>Example: {@code add(doc0, ["elysee"])}, {@code add(doc1, ["elysee", "elu"])}, {@code finish()} writes
     * {@code d/0.json} with both documents and {@code t/ely.json} as {@code {"elysee":"0,1"}}, {@code t/elu.json} as
     * {@code {"elu":"1"}}. Not thread-safe.
     */
    public static final class Writer {
        private final java.util.function.BiConsumer<String, String> files;
        private final List<Doc> docs = new ArrayList<>(DOCS_PER_FILE);
        private final Map<String, Postings> postings = new HashMap<>();
        private int n;

        /** A writer that gives each file made, by path inside the index folder, with its text, to {@code files}. */
        public Writer(java.util.function.BiConsumer<String, String> files) {
            this.files = files;
        }

        /** Adds the next document with its folded words ({@link #words}; a word given twice counts once). */
        public void add(Doc doc, Collection<String> words) {
            for (String w : words) {
                postings.computeIfAbsent(w, k -> new Postings()).add(n);
            }
            docs.add(doc);
            n++;
            if (docs.size() == DOCS_PER_FILE) {
                flush();
            }
        }

        /** How many documents were added. */
        public int size() {
            return n;
        }

        private void flush() {
            if (!docs.isEmpty()) {
                files.accept(documentPath(n - 1), documentFile(docs));
                docs.clear();
            }
        }

        /** Writes the last document file and the word files. */
        public void finish() {
            flush();
            Map<String, Map<String, Postings>> shards = new TreeMap<>();
            postings.forEach((w, p) -> shards.computeIfAbsent(Fold.shard(w), k -> new TreeMap<>()).put(w, p));
            postings.clear();
            for (Map.Entry<String, Map<String, Postings>> shard : shards.entrySet()) {
                Map<String, String> encoded = new LinkedHashMap<>();
                shard.getValue().forEach((w, p) -> encoded.put(w, p.gaps()));
                files.accept("t/" + shard.getKey() + ".json", write(encoded));
                shard.setValue(Map.of());
            }
        }
    }

    /** Ascending document numbers as the gaps between them, seven bits a byte. */
    private static final class Postings {
        private byte[] bytes = new byte[4];
        private int length;
        private int last = -1;

        void add(int id) {
            if (id == last) {
                return;
            }
            int gap = id - Math.max(last, 0);
            last = id;
            while (true) {
                if (length == bytes.length) {
                    bytes = java.util.Arrays.copyOf(bytes, bytes.length * 2);
                }
                if (gap < 0x80) {
                    bytes[length++] = (byte) gap;
                    return;
                }
                bytes[length++] = (byte) (gap & 0x7f | 0x80);
                gap >>>= 7;
            }
        }

        /** As {@link SearchIndex#gaps}: base-36 gaps separated by commas. */
        String gaps() {
            StringBuilder out = new StringBuilder(length * 2);
            int i = 0;
            while (i < length) {
                int gap = 0;
                int shift = 0;
                byte b;
                do {
                    b = bytes[i++];
                    gap |= (b & 0x7f) << shift;
                    shift += 7;
                } while (b < 0);
                if (out.length() > 0) {
                    out.append(',');
                }
                out.append(Integer.toString(gap, 36));
            }
            return out.toString();
        }
    }

    /** The path of the document file that holds document number {@code n}: {@code d/<n / 50>.json}. */
    public static String documentPath(int n) {
        return "d/" + n / DOCS_PER_FILE + ".json";
    }

    /** The path of the word file that holds {@code word}: {@code t/<shard>.json}. */
    public static String wordPath(String word) {
        return "t/" + Fold.shard(word) + ".json";
    }

    /** A document file as {@link #files} writes it, of {@code docs} (at most {@value #DOCS_PER_FILE}). */
    public static String documentFile(List<Doc> docs) {
        List<List<Object>> out = new ArrayList<>(docs.size());
        for (Doc d : docs) {
            out.add(java.util.Arrays.asList(d.type(), d.title(), d.titleLang(), d.href(), d.snippet(),
                    d.snippetLang()));
        }
        return write(out);
    }

    /**
     * The word file {@code json} as {@link #files} wrote it (null for none), with document numbers taken from the
     * postings of the words of {@code removed} and given to those of {@code added}; null when no word is left (the
     * file is then not made). The postings of the other words are copied as they are.
     *
     * <p>Example: {@code {"elysee":"3,1"}} (documents 3 and 4) with 4 removed from "elysee" and added to "elu" gives
     * {@code {"elu":"4","elysee":"3"}}.
     *
     * @throws IllegalArgumentException when {@code json} is not a word file
     */
    public static String patch(String json, Map<String, ? extends Collection<Integer>> removed,
                               Map<String, ? extends Collection<Integer>> added) {
        Map<String, String> words = new TreeMap<>();
        if (json != null) {
            words.putAll(Json.strings(json));
        }
        Set<String> touched = new TreeSet<>(removed.keySet());
        touched.addAll(added.keySet());
        for (String w : touched) {
            TreeSet<Integer> ids = new TreeSet<>(words.containsKey(w) ? ids(words.get(w)) : List.of());
            if (removed.containsKey(w)) {
                ids.removeAll(removed.get(w));
            }
            if (added.containsKey(w)) {
                ids.addAll(added.get(w));
            }
            if (ids.isEmpty()) {
                words.remove(w);
            } else {
                words.put(w, gaps(new ArrayList<>(ids)));
            }
        }
        return words.isEmpty() ? null : write(words);
    }

    /** The document numbers of base-36 gaps: "3,1,1,z" → [3, 4, 5, 40]. */
    static List<Integer> ids(String gaps) {
        List<Integer> out = new ArrayList<>();
        int previous = 0;
        for (String gap : gaps.split(",")) {
            previous += Integer.parseInt(gap, 36);
            out.add(previous);
        }
        return out;
    }

    /** Ascending numbers as base-36 gaps: [3, 4, 5, 40] → "3,1,1,z". */
    static String gaps(List<Integer> ids) {
        StringBuilder out = new StringBuilder();
        int previous = 0;
        for (int id : ids) {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(Integer.toString(id - previous, 36));
            previous = id;
        }
        return out.toString();
    }

    private static String write(Object value) {
        return Json.write(value) + "\n";
    }
}
