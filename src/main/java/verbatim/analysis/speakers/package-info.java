/**
 * Who said each quotation: {@link verbatim.analysis.speakers.SpeakerResolver} reads the article as a discourse
 * (current speaker, role nouns bound to people, the person in focus) and gives each quotation a speaker and how
 * it was found ({@link verbatim.analysis.speakers.Attribution}), weighing its evidence in order: the attribution
 * after the quotation or inside its marks ({@code Incises}), a « selon » source ({@code Sources}), the reporting
 * clause before it ({@code ReportingClause}), the sentence before, the paragraph before ({@code Handover}), the
 * person in focus; {@code Pronouns} tells whom a pronoun of those stands for, over the verb forms of
 * {@code Grammar}. {@link verbatim.analysis.speakers.References} resolves pronouns, descriptions, documents and
 * institution nouns. See the package {@code verbatim.analysis} for the model and a worked example.
 */
package verbatim.analysis.speakers;
