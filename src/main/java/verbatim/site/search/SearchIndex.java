package verbatim.site.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

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

    private static final ObjectMapper JSON = new ObjectMapper();
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
            out.put("d/" + i + ".json", write(docs.subList(i * DOCS_PER_FILE,
                    Math.min(docs.size(), (i + 1) * DOCS_PER_FILE))));
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
        try {
            return JSON.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
