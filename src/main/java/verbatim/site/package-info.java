/**
 * The site: its settings, the build pipeline, the page models (articles, people, quote index) and the output; what a
 * build makes of each article (outline, catalogue entry, summary) is spilled to files ({@link verbatim.site.spill}), so
 * that it holds little of each.
 */
package verbatim.site;
