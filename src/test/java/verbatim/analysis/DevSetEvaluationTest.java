package verbatim.analysis;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import verbatim.content.RawArticle;

/**
 * Scores {@link RuleAnalyzer} on the seed article and on the real dev articles of {@code ../shared/corpus/dev}
 * (third-party texts, read where they are and never copied), the way {@code shared/eval/score.py} does.
 */
class DevSetEvaluationTest {

    private static final Path DEV = Path.of("..", "shared", "corpus", "dev");
    private static final Path SEED = Path.of("..", "shared", "seed");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Analyzer analyzer = new RuleAnalyzer();

    @Test
    void seedArticleScoresPerfectly() throws IOException {
        Path text = SEED.resolve("sharma-anthropic.fr.txt");
        assumeTrue(Files.isRegularFile(text), "seed article absent: " + text.toAbsolutePath());
        JsonNode gold;
        try (InputStream in = getClass().getResourceAsStream("/verbatim/seed/sharma-anthropic.fr.json")) {
            gold = JSON.readTree(in);
        }
        Scorer scorer = new Scorer();
        scorer.add("seed", gold, analyze(text, gold));
        assertAll(scorer.misses.toString(),
                () -> assertEquals(1.0, scorer.quoteF1(), 1e-9),
                () -> assertEquals(1.0, scorer.speakerAccuracy(), 1e-9),
                () -> assertEquals(1.0, scorer.peopleF1(), 1e-9),
                () -> assertEquals(1.0, scorer.paragraphsExact(), 1e-9),
                () -> assertDatesIfPredicted(scorer, 1.0));
    }

    /**
     * A ratchet: the whole development set must keep the figures already reached. Each gain raises these floors
     * in the same commit; they are never lowered. The issue's targets (speaker accuracy 0.93, people 0.93, dates
     * 0.93, quotes 0.97) are where they must end.
     */
    static final double QUOTE_F1_FLOOR = 0.995;
    static final double SPEAKER_FLOOR = 0.929;
    static final double PEOPLE_FLOOR = 0.977;
    static final double DATE_FLOOR = 0.985;

    @Test
    void devArticlesKeepTheFiguresReached() throws IOException {
        assumeTrue(Files.isDirectory(DEV), "dev corpus absent (expected beside the project): " + DEV.toAbsolutePath());
        List<Path> articles;
        try (Stream<Path> files = Files.list(DEV)) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assumeTrue(!articles.isEmpty(), "no dev article in " + DEV.toAbsolutePath());
        Set<String> heldOut = heldOut();
        Scorer all = new Scorer();
        Scorer tuning = new Scorer();
        Scorer held = new Scorer();
        for (Path text : articles) {
            Path goldFile = Path.of(text.toString().replaceAll("\\.txt$", ".json"));
            if (Files.isRegularFile(goldFile)) {
                JsonNode gold = JSON.readTree(goldFile.toFile());
                String name = text.getFileName().toString().replaceAll("\\.txt$", "");
                Analysis analysis = analyze(text, gold);
                all.add(name, gold, analysis);
                (heldOut.contains(name) ? held : tuning).add(name, gold, analysis);
            }
        }
        // the held-out half's misses are never printed: reading them would make it a tuning half
        String report = "all: " + all + "\ntuning half: " + tuning + "\nheld-out half: " + held
                + "\ntuning misses:\n" + String.join("\n", tuning.misses);
        System.out.println(report.lines().limit(3).reduce((a, b) -> a + "\n" + b).orElse(""));
        String missesDir = System.getProperty("verbatim.eval.misses");
        if (missesDir != null) {
            Files.createDirectories(Path.of(missesDir));
            Files.write(Path.of(missesDir, "dev.txt"), tuning.misses, StandardCharsets.UTF_8);
        }
        assertAll(report,
                () -> assertTrue(all.quoteF1() >= QUOTE_F1_FLOOR, "quote F1 " + all.quoteF1()),
                () -> assertTrue(all.speakerAccuracy() >= SPEAKER_FLOOR, "speaker accuracy " + all.speakerAccuracy()),
                () -> assertTrue(all.peopleF1() >= PEOPLE_FLOOR, "people F1 " + all.peopleF1()),
                () -> assertEquals(1.0, all.paragraphsExact(), 1e-9, "paragraphs exact"),
                () -> assertTrue(all.dateF1() >= DATE_FLOOR, "date F1 " + all.dateF1()));
    }

    /**
     * One set of {@code src/test/resources/verbatim/eval} scored as a ratchet: its folder's name, the least number of
     * articles it must hold, whether its even-numbered articles are a held-out half (scored only in aggregate, their
     * misses never printed), and the floors reached (quote F1 1.0 unless a set arrived with a quotation the finder
     * misses), raised with every gain and never lowered.
     */
    record EvalSet(String name, int least, boolean evenHeldOut, double quoteFloor, double speakerFloor,
            double peopleFloor, double dateFloor) {
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * The sets and their floors. The figures each scored on arrival, before any rule was tuned on it, are in its
     * README and in the README's "Quality, measured".
     */
    static final List<EvalSet> SETS = List.of(
            // the team's invented articles, written to hold each kind of attribution fault of issue 6: a second
            // tuning set, never a substitute for a held-out half; floors restart when a batch joins (54 since ch4)
            new EvalSet("challenge", 12, false, 1.0, 0.960, 0.977, 0.974),
            // 19 real Wikinews articles (CC BY 2.5 or public domain); blind: speaker 0.717, people 0.851, dates 0.896
            new EvalSet("real", 19, true, 1.0, 0.882, 0.955, 0.895),
            // 24 Wikinews articles; blind: speaker 0.736, people 0.827, dates 0.922
            new EvalSet("blind", 24, true, 1.0, 0.889, 0.919, 0.954),
            // 16 French of 2012, 8 English of 2004; blind: speaker 0.755 (0.776 with its session's first rules),
            // people 0.891, dates 0.980
            new EvalSet("blind3", 24, true, 1.0, 0.856, 0.972, 0.999),
            // 16 French of 2016–2018 (WiNER-fr), 8 English of 2005–2008, 160 required quotations; blind: speaker
            // 0.806, people 0.870, dates 0.967
            new EvalSet("blind4", 24, true, 1.0, 0.943, 0.945, 0.999),
            // 16 French (WiNER-fr), 8 English of 2019, 154 required quotations; blind: 0.812, 0.843, 0.928
            new EvalSet("blind5", 24, true, 1.0, 0.928, 0.948, 0.975),
            // 16 French (WiNER-fr), 8 English of 2019–2020, 137 required quotations; blind: 0.781, 0.886, 0.974
            // (odd half 0.793, even half 0.772)
            new EvalSet("blind6", 24, true, 1.0, 0.911, 0.956, 0.980),
            // 16 French (WiNER-fr), 8 English of 2019–2020, 165 required quotations; blind with commit aadd2a1:
            // 0.764, 0.806, 0.949 (odd half 0.695, even half 0.831)
            new EvalSet("blind7", 24, true, 1.0, 0.926, 0.884, 0.967),
            // 12 French (WiNER-fr), 12 English of 2019–2020, 94 required quotations; blind with commit 3072192:
            // 0.817, 0.879, 0.961 (odd half 0.875, even half 0.756)
            new EvalSet("blind8", 24, true, 0.988, 0.859, 0.916, 0.976),
            // 12 French (WiNER-fr, 2016–2018), 12 English of 2019–2020, 86 required quotations; blind with commit
            // 417a0d4 (this session's first rules, none made for it): 0.628, 0.807, 0.972 (odd half 0.587, even half
            // 0.675)
            new EvalSet("blind9", 24, true, 1.0, 0.813, 0.898, 0.978),
            // 12 French (WiNER-fr, 2016–2018), 12 English of 2019–2020, 72 required quotations; blind with commit
            // ef4b055 (two rules of its session, none made for it): 0.736, 0.870, 0.965 (odd half 0.737, even half
            // 0.735)
            new EvalSet("blind10", 24, true, 1.0, 0.874, 0.928, 0.971),
            // 12 French (WiNER-fr, 2016–2017), 12 English of 2020, 51 required quotations; blind with commit 9e56015
            // (before any rule of its session): 0.745, 0.839, 0.941 (odd half 0.760, even half 0.731)
            new EvalSet("blind11", 24, true, 1.0, 0.881, 0.856, 0.940));

    /** A miss of an even-numbered article ("blind-fr-04.txt: …"): one of a set's held-out half. */
    private static final java.util.regex.Pattern EVEN = java.util.regex.Pattern.compile("[^:]*-\\d*[02468]\\.txt:");

    static List<EvalSet> sets() {
        return SETS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void setKeepsTheFiguresReached(EvalSet set) throws IOException {
        ratchet(set.name(), Path.of("src", "test", "resources", "verbatim", "eval", set.name()), set.least(),
                set.evenHeldOut(), set.quoteFloor(), set.speakerFloor(), set.peopleFloor(), set.dateFloor());
    }

    /**
     * Scores one set against its floors. Where {@code evenHeldOut}, the even-numbered articles are the held-out half:
     * their misses are never printed, so that reading a failure cannot turn them into tuning articles. With
     * {@code -Dverbatim.eval.misses=DIR} the printable misses are also written to {@code DIR/NAME.txt}, one a line,
     * so that two versions of a rule can be compared with {@code diff}.
     */
    private void ratchet(String name, Path folder, int least, boolean evenHeldOut, double quoteFloor,
            double speakerFloor, double peopleFloor, double dateFloor) throws IOException {
        List<Path> articles;
        try (Stream<Path> files = Files.list(folder)) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(articles.size() >= least, name + " articles missing in " + folder.toAbsolutePath());
        Scorer scorer = new Scorer();
        Scorer odd = new Scorer();
        Scorer even = new Scorer();
        for (Path text : articles) {
            JsonNode gold = JSON.readTree(Path.of(text.toString().replaceAll("\\.txt$", ".json")).toFile());
            String file = text.getFileName().toString();
            Analysis analysis = analyze(text, gold);
            scorer.add(file, gold, analysis);
            (EVEN.matcher(file + ":").lookingAt() ? even : odd).add(file, gold, analysis);
        }
        List<String> misses = scorer.misses.stream().filter(m -> !evenHeldOut || !EVEN.matcher(m).lookingAt()).toList();
        String report = name + ": " + scorer + "\ntuning misses:\n" + String.join("\n", misses);
        // the halves in aggregate only: the held-out half's figure may be read, never its misses
        System.out.println(name + ": " + scorer + "\n" + name + " odd half: " + odd + "\n" + name + " even half: " + even);
        String missesDir = System.getProperty("verbatim.eval.misses");
        if (missesDir != null) {
            Files.createDirectories(Path.of(missesDir));
            Files.write(Path.of(missesDir, name + ".txt"), misses, StandardCharsets.UTF_8);
        }
        assertAll(report,
                () -> assertTrue(scorer.quoteF1() >= quoteFloor - 1e-9, "quote F1 " + scorer.quoteF1()),
                () -> assertTrue(scorer.speakerAccuracy() >= speakerFloor, "speaker " + scorer.speakerAccuracy()),
                () -> assertTrue(scorer.peopleF1() >= peopleFloor, "people F1 " + scorer.peopleF1()),
                () -> assertEquals(1.0, scorer.paragraphsExact(), 1e-9, "paragraphs exact"),
                () -> assertTrue(scorer.dateF1() >= dateFloor, "date F1 " + scorer.dateF1()));
    }

    /** The names of the held-out half, from {@code /verbatim/eval/held-out.txt}. */
    private Set<String> heldOut() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/verbatim/eval/held-out.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        }
    }

    /** Dates count only once a date finder is plugged in; then they must meet the threshold. */
    private static void assertDatesIfPredicted(Scorer scorer, double threshold) {
        if (scorer.dPred > 0) {
            assertTrue(scorer.dateF1() >= threshold, "date F1 " + scorer.dateF1());
        }
    }

    /** Analyses a raw article as the evaluator runs it: the "# url:" line removed, language from the gold. */
    private Analysis analyze(Path text, JsonNode gold) throws IOException {
        String content = Files.readString(text, StandardCharsets.UTF_8).replaceAll("(?m)^# url:.*\\R", "");
        RawArticle raw = RawArticle.parse(content);
        return analyzer.analyze(new ArticleText(gold.path("lang").asText(), raw.date(), raw.paragraphs()));
    }
}
