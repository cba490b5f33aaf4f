package verbatim.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups of items, in order, cut into pages of at most a given number of items: the quote index (quotations by
 * speaker) and each year of the timeline (dates by month). Groups follow each other on a page while they fit; a group
 * that does not fit starts the next page, and a group longer than a page goes on over as many pages as it needs, each
 * of its parts after the first shown as continued, its last part joined by the groups after it while they fit.
 *
 * <p>Example: groups a, b, c, d of 3, 2, 8, 1 items in pages of 4 give {@code [a 0–3], [b 0–2], [c 0–4], [c 4–8],
 * [d 0–1]}; of 3, 2, 5, 1, {@code [a 0–3], [b 0–2], [c 0–4], [c 4–5, d 0–1]}. Always at least one page (empty
 * without groups).
 *
 * @param <K> what names a group
 */
final class Pagination<K> {

    /** The items {@code from} (inclusive) to {@code to} (exclusive) of the group {@code key}, as one page shows them. */
    record Part<K>(K key, int from, int to) {
        /** True when the group began on an earlier page. */
        boolean continued() {
            return from > 0;
        }
    }

    private final List<List<Part<K>>> pages;
    private final Map<K, Integer> firstPage = new HashMap<>();

    private Pagination(List<List<Part<K>>> pages) {
        this.pages = pages;
        for (int n = pages.size(); n >= 1; n--) { // from the last page, so that the first page of a group wins
            for (Part<K> part : pages.get(n - 1)) {
                firstPage.put(part.key(), n);
            }
        }
    }

    /** The groups {@code keys}, of {@code sizes} items each (both in order), in pages of at most {@code perPage}. */
    static <K> Pagination<K> of(List<K> keys, List<Integer> sizes, int perPage) {
        List<List<Part<K>>> pages = new ArrayList<>();
        int count = perPage;
        for (int g = 0; g < keys.size(); g++) {
            int size = sizes.get(g);
            if (size > perPage - count && count > 0) { // it does not fit after the groups already there
                pages.add(new ArrayList<>());
                count = 0;
            }
            int from = 0;
            do {
                if (count == perPage) { // the rest of a group longer than a page
                    pages.add(new ArrayList<>());
                    count = 0;
                }
                int to = Math.min(size, from + perPage - count);
                pages.get(pages.size() - 1).add(new Part<>(keys.get(g), from, to));
                count += to - from;
                from = to;
            } while (from < size);
        }
        if (pages.isEmpty()) {
            pages.add(List.of());
        }
        return new Pagination<>(pages);
    }

    /** How many pages there are. */
    int size() {
        return pages.size();
    }

    /** The parts of groups on page {@code n} (1-based), in order. */
    List<Part<K>> page(int n) {
        return pages.get(n - 1);
    }

    /** Every page's parts, in order. */
    List<List<Part<K>>> pages() {
        return pages;
    }

    /** The page (1-based) the group {@code key} begins on. */
    int pageOf(K key) {
        return firstPage.get(key);
    }
}
