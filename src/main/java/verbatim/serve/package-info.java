/**
 * The editor's preview ({@code archive serve}): builds the site, serves the output folder on the loopback, watches
 * the content, templates and settings, rebuilds on a change and reloads the open pages (or shows why it could not).
 */
package verbatim.serve;
