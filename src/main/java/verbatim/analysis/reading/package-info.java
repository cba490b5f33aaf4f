/**
 * The article being read, shared by every finder: its words ({@link verbatim.analysis.reading.Word}),
 * sentences and quotation marks ({@link verbatim.analysis.reading.Reading}), runs of capitalised words
 * ({@link verbatim.analysis.reading.NameRun}), the mentions that may name a speaker
 * ({@link verbatim.analysis.reading.Mention}), and the word lists ({@link verbatim.analysis.reading.Lexicon}).
 * Internal to the analysis: its members are public for the sibling packages, not as an API.
 */
package verbatim.analysis.reading;
