/** The static search index: folded words split into small files by prefix, read by {@code search.js} in the browser. */
package verbatim.site.search;
