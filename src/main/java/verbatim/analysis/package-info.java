/** Article understanding: paragraphs, quotations and their speakers, people, organisations and dates. */
package verbatim.analysis;
