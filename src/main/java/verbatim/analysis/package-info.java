/**
 * Article understanding: paragraphs, quotations and who said them, people, organisations and dates.
 *
 * <p>{@link verbatim.analysis.RuleAnalyzer} is the entry point and reads as a list of steps: repair lost French
 * elisions; read the article ({@code reading}: words, sentences, quotation marks, runs of capitalised words);
 * find the quotations ({@code quotes}); find organisations and people ({@code people}); resolve who speaks
 * ({@code speakers}); find the dates ({@code dates}). Sub-packages depend on {@code reading} only, and this
 * package on them all. Word lists are data files under {@code verbatim/analysis/lexicon/}, each naming its
 * source and licence.
 *
 * <h2>Who is speaking: the discourse model</h2>
 * The article is read in order, keeping a state: the current speaker (the speaker of the last quotation, in
 * this paragraph or the one before), the role nouns bound to each person ("Anne Morel, secrétaire du
 * syndicat" binds « la secrétaire » to her), and the person the story is about. Each quotation takes its
 * speaker from the strongest evidence, and says which ({@link verbatim.analysis.speakers.Attribution}):
 * <ol>
 *   <li>{@code explicit}: named in its own sentence — a reporting verb and its subject before the marks, « selon
 *       X », « pour X », "according to X", a colon after a clause whose subject speaks, a reported clause ("X
 *       said on Sunday that … «…»");</li>
 *   <li>{@code incise}: a reporting clause after the marks or inside them, with any verb when the clause is
 *       inverted (« a grogné Thomas », « s'est écriée Lise »), outlets and hearers left out ("told the BBC",
 *       « au micro de France Inter »);</li>
 *   <li>{@code previous}: introduced before — "Elle a déclaré :" ending the paragraph before, "X stated,", the
 *       subject of the sentence before;</li>
 *   <li>{@code continuing}: the current speaker goes on — a paragraph that is one quotation, a quotation after
 *       another of the same sentence;</li>
 *   <li>{@code focus}: in a story about one person (three quarters of the attributed quotations, three or
 *       more, named in the first paragraph and the most named), a quotation nothing else attributes;</li>
 *   <li>{@code none}: nobody — a scare quote or a term, or a speaker the text leaves unnamed ("a county
 *       official said").</li>
 * </ol>
 * A pronoun ("poursuit-il", "he added") is the person named as the subject of its sentence or the one before,
 * else the current speaker when the gender agrees, else the most salient person; a description (« la
 * navigatrice », "the former engineer") is the person bound to its role noun, else the most salient person
 * named before its own sentence; "son complice" is the possessor's partner; an institution noun (« le
 * ministère », "the agency") is the organisation named with it or before it.
 *
 * <p>Worked example:
 * <pre>
 * ¶1 La navigatrice Lina Serre a remporté la course mardi à Brest.
 * ¶2 « J'ai dormi quatre heures en dix jours », a raconté Lina Serre.     → Lina Serre, incise
 * ¶3 « Le plus dur, c'était le froid », a-t-elle ajouté.                   → Lina Serre, incise (the pronoun
 *    « Je ne m'y attendais pas », a confié la navigatrice.                   and the role noun find her)
 * ¶4 Son meilleur souvenir ? « La dernière nuit, sous les étoiles. »       → Lina Serre, focus
 * </pre>
 * The editor has the last word: corrections in the content file are applied after the analysis
 * ({@code verbatim.site.Corrector}) and marked {@code editor}.
 */
package verbatim.analysis;
