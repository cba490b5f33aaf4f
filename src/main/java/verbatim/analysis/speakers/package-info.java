/**
 * Who said each quotation: {@link verbatim.analysis.speakers.SpeakerResolver} reads the article as a discourse
 * (current speaker, role nouns bound to people, the person in focus) and gives each quotation a speaker and how
 * it was found ({@link verbatim.analysis.speakers.Attribution}); {@link verbatim.analysis.speakers.References}
 * resolves pronouns, descriptions, documents and institution nouns. See the package {@code verbatim.analysis}
 * for the model and a worked example.
 */
package verbatim.analysis.speakers;
