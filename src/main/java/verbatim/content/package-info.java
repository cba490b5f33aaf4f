/** Content files: front matter, articles and their translations, and the import of raw article text. */
package verbatim.content;
