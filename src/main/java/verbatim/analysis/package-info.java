/**
 * Article understanding: paragraphs, quotations and their speakers, people, organisations and dates.
 *
 * <p>{@link verbatim.analysis.RuleAnalyzer} is the entry point; it composes {@link verbatim.analysis.QuoteFinder},
 * {@link verbatim.analysis.OrganizationFinder}, {@link verbatim.analysis.PersonFinder} and
 * {@link verbatim.analysis.SpeakerResolver}, which read the word lists of {@link verbatim.analysis.Lexicon}
 * (data files under {@code verbatim/analysis/lexicon/}).
 */
package verbatim.analysis;

import verbatim.analysis.reading.Lexicon;
import verbatim.analysis.quotes.QuoteFinder;
import verbatim.analysis.people.PersonFinder;
import verbatim.analysis.people.OrganizationFinder;
import verbatim.analysis.speakers.SpeakerResolver;
