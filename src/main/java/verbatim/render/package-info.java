/** Rendering: Markdown through flexmark, pages through Pebble templates, HTML finishing through jsoup. */
package verbatim.render;
