/** Saved news web pages: their metadata, and the paragraphs of the article told apart from everything else. */
package verbatim.content.web;
