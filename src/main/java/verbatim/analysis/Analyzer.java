package verbatim.analysis;

/**
 * Understands one article: finds its quotations and who said them, the people and organisations named,
 * and the dates mentioned.
 *
 * <p>Implementations are thread-safe and may be shared by every article of a build.
 */
public interface Analyzer {

    /** Analyses one article. Paragraph numbers in the result are 1-based. */
    Analysis analyze(ArticleText article);
}
