package verbatim.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import verbatim.content.RawArticle;

/**
 * Measures the time to load every lexicon (cold, in a fresh JVM: names, verbs, the French dictionary, dates) and the analysis time of the seed article once warm.
 * Not a test: run it by hand after {@code mvn test-compile}:
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) verbatim.analysis.AnalyzerBenchmark [ARTICLE]
 * </pre>
 * where {@code cp.txt} comes from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class AnalyzerBenchmark {

    private AnalyzerBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/seed/sharma-anthropic.fr.txt");
        RawArticle raw = RawArticle.parse(Files.readString(file, StandardCharsets.UTF_8));
        ArticleText article = new ArticleText("fr", raw.date(), raw.paragraphs());

        // The JDK's own first-use costs (regex Unicode tables, lambda bootstrap, futures), paid once by any
        // program, are measured apart so that the lexicon figure is the lexicons' own.
        long w0 = System.nanoTime();
        java.util.regex.Pattern.compile("(?<![\\p{L}])\\p{Lu}\\p{Ll}+", java.util.regex.Pattern.CASE_INSENSITIVE
                | java.util.regex.Pattern.UNICODE_CASE).matcher("Élodie écrit").find();
        java.util.List.of("a", "b").stream().map(String::toUpperCase).filter(x -> !x.isEmpty()).toList();
        java.util.concurrent.CompletableFuture.supplyAsync(() -> "x" + w0).join();
        long jdk = System.nanoTime() - w0;
        long t0 = System.nanoTime();
        RuleAnalyzer analyzer = RuleAnalyzer.loaded();
        long load = System.nanoTime() - t0;

        long t1 = System.nanoTime();
        analyzer.analyze(article);
        long first = System.nanoTime() - t1;

        int warmup = 2000;
        for (int i = 0; i < warmup; i++) {
            analyzer.analyze(article);
        }
        int runs = 2000;
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            analyzer.analyze(article);
            times[i] = System.nanoTime() - s;
        }
        java.util.Arrays.sort(times);
        long sum = 0;
        for (long t : times) {
            sum += t;
        }
        System.out.printf(Locale.ROOT, "article: %s (%d paragraphs, %d chars)%n", file, raw.paragraphs().size(),
                String.join("", raw.paragraphs()).length());
        System.out.printf(Locale.ROOT, "JDK first-use warm-up (regex, lambdas, threads): %.1f ms%n", jdk / 1e6);
        System.out.printf(Locale.ROOT, "every lexicon loaded (cold, after that warm-up): %.1f ms%n", load / 1e6);
        System.out.printf(Locale.ROOT, "first analysis (cold): %.1f ms%n", first / 1e6);
        System.out.printf(Locale.ROOT, "warm analysis over %d runs: mean %.3f ms, median %.3f ms, p95 %.3f ms%n",
                runs, sum / (double) runs / 1e6, times[runs / 2] / 1e6, times[(int) (runs * 0.95)] / 1e6);
    }
}
