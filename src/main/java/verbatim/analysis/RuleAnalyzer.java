package verbatim.analysis;

/** Placeholder until the analysis branch lands. */
public final class RuleAnalyzer implements Analyzer {
    @Override
    public Analysis analyze(ArticleText article) {
        throw new UnsupportedOperationException("to be written");
    }
}
