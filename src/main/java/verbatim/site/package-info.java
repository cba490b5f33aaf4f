/** The site: its settings, the build pipeline, the page models (articles, people, quote index) and the output. */
package verbatim.site;
