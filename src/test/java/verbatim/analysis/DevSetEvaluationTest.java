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
    static final double SPEAKER_FLOOR = 0.914;
    static final double PEOPLE_FLOOR = 0.951;
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
     * The same ratchet on the team's own invented challenge articles ({@code verbatim/eval/challenge}), written to
     * hold each kind of attribution fault of issue 6; a second tuning set, never a substitute for the held-out half.
     * The floors restart from the figures reached when a batch of articles joins the set (54 articles since the
     * ch4 batch) and only rise afterwards.
     */
    static final double CHALLENGE_SPEAKER_FLOOR = 0.952;
    static final double CHALLENGE_PEOPLE_FLOOR = 0.965;
    static final double CHALLENGE_DATE_FLOOR = 0.958;
    private static final Path CHALLENGE = Path.of("src", "test", "resources", "verbatim", "eval", "challenge");

    @Test
    void challengeArticlesKeepTheFiguresReached() throws IOException {
        ratchet("challenge", CHALLENGE, 12, false, CHALLENGE_SPEAKER_FLOOR, CHALLENGE_PEOPLE_FLOOR, CHALLENGE_DATE_FLOOR);
    }

    /**
     * The same ratchet on 19 real Wikinews articles ({@code verbatim/eval/real}, CC BY 2.5 or public domain; see its
     * README) annotated by a helper who never ran the analyser, scored once blind (speaker 0.717, people F1 0.851,
     * date F1 0.896); the odd-numbered ones are tuned on, the even-numbered ones are scored only in aggregate.
     */
    static final double REAL_SPEAKER_FLOOR = 0.841;
    static final double REAL_PEOPLE_FLOOR = 0.918;
    static final double REAL_DATE_FLOOR = 0.895;
    private static final Path REAL = Path.of("src", "test", "resources", "verbatim", "eval", "real");

    @Test
    void realArticlesKeepTheFiguresReached() throws IOException {
        ratchet("real", REAL, 19, true, REAL_SPEAKER_FLOOR, REAL_PEOPLE_FLOOR, REAL_DATE_FLOOR);
    }

    /**
     * The same ratchet on 24 more real Wikinews articles ({@code verbatim/eval/blind}, CC BY 2.5 or public domain;
     * see its README), annotated by a helper who never ran the analyser, scored blind at first (speaker 0.736,
     * people F1 0.827, date F1 0.922); the odd-numbered ones are tuned on, the even-numbered ones are scored only
     * in aggregate.
     */
    static final double BLIND_SPEAKER_FLOOR = 0.845;
    static final double BLIND_PEOPLE_FLOOR = 0.880;
    static final double BLIND_DATE_FLOOR = 0.921;
    private static final Path BLIND = Path.of("src", "test", "resources", "verbatim", "eval", "blind");

    @Test
    void blindArticlesKeepTheFiguresReached() throws IOException {
        ratchet("blind", BLIND, 24, true, BLIND_SPEAKER_FLOOR, BLIND_PEOPLE_FLOOR, BLIND_DATE_FLOOR);
    }

    /**
     * The same ratchet on a third real set ({@code verbatim/eval/blind3}: 16 French Wikinews articles of 2012, CC BY
     * 2.5, and 8 English ones of 2004, public domain; see its README), annotated by a helper who never ran the
     * analyser; scored blind at first (speaker 0.755 with the rules of the session before, 0.776 with that
     * session's, people F1 0.891, date F1 0.980); odd-numbered articles tuned on, even-numbered ones scored only
     * in aggregate.
     */
    static final double BLIND3_SPEAKER_FLOOR = 0.856;
    static final double BLIND3_PEOPLE_FLOOR = 0.956;
    static final double BLIND3_DATE_FLOOR = 0.979;
    private static final Path BLIND3 = Path.of("src", "test", "resources", "verbatim", "eval", "blind3");

    @Test
    void thirdBlindArticlesKeepTheFiguresReached() throws IOException {
        ratchet("blind3", BLIND3, 24, true, BLIND3_SPEAKER_FLOOR, BLIND3_PEOPLE_FLOOR, BLIND3_DATE_FLOOR);
    }

    /**
     * The same ratchet on a fourth real set ({@code verbatim/eval/blind4}: 16 French Wikinews articles of 2016–2018
     * from the WiNER-fr corpus and 8 English ones of 2005–2008, CC BY 2.5 or public domain; see its README), 160
     * required quotations, annotated by a helper who never ran the analyser; scored blind at first (speaker 0.806,
     * people F1 0.870, date F1 0.967); odd-numbered articles tuned on, even-numbered ones scored only in aggregate.
     */
    static final double BLIND4_SPEAKER_FLOOR = 0.905;
    static final double BLIND4_PEOPLE_FLOOR = 0.930;
    static final double BLIND4_DATE_FLOOR = 0.966;
    private static final Path BLIND4 = Path.of("src", "test", "resources", "verbatim", "eval", "blind4");

    @Test
    void fourthBlindArticlesKeepTheFiguresReached() throws IOException {
        ratchet("blind4", BLIND4, 24, true, BLIND4_SPEAKER_FLOOR, BLIND4_PEOPLE_FLOOR, BLIND4_DATE_FLOOR);
    }

    /**
     * The same ratchet on a fifth real set ({@code verbatim/eval/blind5}: 16 French Wikinews articles of 2016–2018
     * from the WiNER-fr corpus and 8 English ones of 2019 with their paragraphs, CC BY 2.5; see its README), 154
     * required quotations, annotated by a helper who never ran the analyser; scored blind at first (speaker 0.812,
     * people F1 0.843, date F1 0.928); odd-numbered articles tuned on, even-numbered ones scored only in aggregate.
     */
    static final double BLIND5_SPEAKER_FLOOR = 0.915;
    static final double BLIND5_PEOPLE_FLOOR = 0.924;
    static final double BLIND5_DATE_FLOOR = 0.975;
    /** A miss of an even-numbered article ("blind-fr-04.txt: …"): one of a set's held-out half. */
    private static final java.util.regex.Pattern EVEN = java.util.regex.Pattern.compile("[^:]*-\\d*[02468]\\.txt:");
    private static final Path BLIND5 = Path.of("src", "test", "resources", "verbatim", "eval", "blind5");

    @Test
    void fifthBlindArticlesKeepTheFiguresReached() throws IOException {
        ratchet("blind5", BLIND5, 24, true, BLIND5_SPEAKER_FLOOR, BLIND5_PEOPLE_FLOOR, BLIND5_DATE_FLOOR);
    }

    /**
     * The same ratchet on a sixth real set ({@code verbatim/eval/blind6}: 16 French Wikinews articles of 2016–2018
     * from WiNER-fr and 8 English ones of 2019–2020, CC BY 2.5; see its README), 137 required quotations, annotated
     * by a helper who never ran the analyser; scored blind at first (speaker 0.781, people F1 0.886, date F1 0.974;
     * odd half 0.793, even half 0.772); odd-numbered articles tuned on, even-numbered ones scored only in aggregate.
     */
    static final double BLIND6_SPEAKER_FLOOR = 0.875;
    static final double BLIND6_PEOPLE_FLOOR = 0.919;
    static final double BLIND6_DATE_FLOOR = 0.973;
    private static final Path BLIND6 = Path.of("src", "test", "resources", "verbatim", "eval", "blind6");

    @Test
    void sixthBlindArticlesKeepTheFiguresReached() throws IOException {
        ratchet("blind6", BLIND6, 24, true, BLIND6_SPEAKER_FLOOR, BLIND6_PEOPLE_FLOOR, BLIND6_DATE_FLOOR);
    }

    /**
     * A seventh real set ({@code verbatim/eval/blind7}): 24 Wikinews articles (16 French of WiNER-fr, 8 English of
     * 2019–2020, CC BY 2.5; see its README), 165 required quotations, annotated by a helper who never ran the
     * analyser; scored blind at first with the code of commit aadd2a1 (speaker 0.764, people F1 0.806, date F1 0.949;
     * odd half 0.695, even half 0.831); odd-numbered articles tuned on, even-numbered ones scored only in aggregate.
     */
    static final double BLIND7_SPEAKER_FLOOR = 0.884;
    static final double BLIND7_PEOPLE_FLOOR = 0.865;
    static final double BLIND7_DATE_FLOOR = 0.961;
    private static final Path BLIND7 = Path.of("src", "test", "resources", "verbatim", "eval", "blind7");

    @Test
    void seventhBlindArticlesKeepTheFiguresReached() throws IOException {
        ratchet("blind7", BLIND7, 24, true, BLIND7_SPEAKER_FLOOR, BLIND7_PEOPLE_FLOOR, BLIND7_DATE_FLOOR);
    }

    /**
     * Scores one set against its floors. Where {@code evenHeldOut}, the even-numbered articles are the held-out half:
     * their misses are never printed, so that reading a failure cannot turn them into tuning articles. With
     * {@code -Dverbatim.eval.misses=DIR} the printable misses are also written to {@code DIR/NAME.txt}, one a line,
     * so that two versions of a rule can be compared with {@code diff}.
     */
    private void ratchet(String name, Path folder, int least, boolean evenHeldOut, double speakerFloor,
            double peopleFloor, double dateFloor) throws IOException {
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
                () -> assertEquals(1.0, scorer.quoteF1(), 1e-9, "quote F1"),
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
