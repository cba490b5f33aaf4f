package verbatim.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import verbatim.analysis.dates.DateMention;

/**
 * The evaluator of {@code shared/eval/score.py}, in Java: compares an {@link Analysis} with a gold file and adds
 * the counts up over articles. Same normalisation, same matching, same ratios.
 */
final class Scorer {

    int articles;
    int paraOk;
    int qGold;
    int qPred;
    int qHit;
    int spkTotal;
    int spkOk;
    int pGold;
    int pPred;
    int pHit;
    int dGold;
    int dPred;
    int dHit;
    final List<String> misses = new ArrayList<>();

    /** Lower case, letters and digits only (accents kept): "lIA" and "l'IA" compare equal. */
    static String norm(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    static String normName(String name) {
        return String.join(" ", Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT).trim().split("\\s+"));
    }

    void add(String article, JsonNode gold, Analysis pred) {
        articles++;
        if (pred.paragraphs().size() == gold.path("paragraph_count").asInt()) {
            paraOk++;
        } else {
            misses.add(article + ": paragraphs " + pred.paragraphs().size());
        }
        List<JsonNode> required = new ArrayList<>();
        List<JsonNode> optional = new ArrayList<>();
        gold.path("quotes").forEach(q -> (q.path("optional").asBoolean(false) ? optional : required).add(q));
        qGold += required.size();
        for (Quote q : pred.quotes()) {
            String key = norm(q.text());
            JsonNode match = required.stream().filter(g -> norm(g.path("text").asText()).equals(key)).findFirst()
                    .orElse(null);
            if (match != null) {
                required.remove(match);
                qHit++;
                qPred++;
                spkTotal++;
                String got = q.speaker() == null ? null : normName(q.speaker());
                if (accepted(match).contains(got)) {
                    spkOk++;
                } else {
                    misses.add(article + ": speaker of «" + q.text() + "» " + q.speaker());
                }
                continue;
            }
            JsonNode opt = optional.stream().filter(g -> norm(g.path("text").asText()).equals(key)).findFirst()
                    .orElse(null);
            if (opt != null) {
                optional.remove(opt);
                continue;
            }
            qPred++;
            misses.add(article + ": false quote «" + q.text() + "»");
        }
        required.forEach(g -> misses.add(article + ": missed quote «" + g.path("text").asText() + "»"));
        Set<String> goldPeople = new HashSet<>();
        gold.path("people").forEach(p -> goldPeople.add(normName(p.asText())));
        Set<String> predPeople = new HashSet<>();
        pred.people().forEach(p -> predPeople.add(normName(p.name())));
        pGold += goldPeople.size();
        pPred += predPeople.size();
        for (String p : predPeople) {
            if (goldPeople.contains(p)) {
                pHit++;
            } else {
                misses.add(article + ": false person " + p);
            }
        }
        goldPeople.stream().filter(p -> !predPeople.contains(p)).sorted()
                .forEach(p -> misses.add(article + ": missed person " + p));
        List<JsonNode> freeDates = new ArrayList<>();
        gold.path("dates").forEach(freeDates::add);
        dGold += freeDates.size();
        for (DateMention d : pred.dates()) {
            dPred++;
            String pt = norm(d.text());
            JsonNode match = freeDates.stream().filter(g -> g.path("value").asText().equals(d.value())
                    && !pt.isEmpty() && (pt.contains(norm(g.path("text").asText()))
                    || norm(g.path("text").asText()).contains(pt))).findFirst().orElse(null);
            if (match != null) {
                freeDates.remove(match);
                dHit++;
            } else {
                misses.add(article + ": false date «" + d.text() + "» " + d.value());
            }
        }
        freeDates.forEach(g -> misses.add(article + ": missed date «" + g.path("text").asText() + "» "
                + g.path("value").asText()));
    }

    static Set<String> accepted(JsonNode gold) {
        Set<String> names = new HashSet<>();
        JsonNode speaker = gold.path("speaker");
        if (speaker.isArray()) {
            speaker.forEach(s -> names.add(s.isNull() ? null : normName(s.asText())));
        } else {
            names.add(speaker.isNull() || speaker.isMissingNode() ? null : normName(speaker.asText()));
        }
        return names;
    }

    private static double ratio(int a, int b, double empty) {
        return b == 0 ? empty : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double[] pr(int hit, int pred, int gold) {
        double none = pred == 0 && gold == 0 ? 1.0 : 0.0;
        return new double[] {ratio(hit, pred, none), ratio(hit, gold, none)};
    }

    double quoteF1() {
        double[] pr = pr(qHit, qPred, qGold);
        return f1(pr[0], pr[1]);
    }

    double speakerAccuracy() {
        return ratio(spkOk, spkTotal, 0);
    }

    double peopleF1() {
        double[] pr = pr(pHit, pPred, pGold);
        return f1(pr[0], pr[1]);
    }

    double dateF1() {
        double[] pr = pr(dHit, dPred, dGold);
        return f1(pr[0], pr[1]);
    }

    double paragraphsExact() {
        return ratio(paraOk, articles, 0);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "articles=%d quote_f1=%.3f speaker_accuracy=%.3f people_f1=%.3f "
                + "date_f1=%.3f (dates predicted: %d) paragraphs_exact=%.3f", articles, quoteF1(), speakerAccuracy(),
                peopleF1(), dateF1(), dPred, paragraphsExact());
    }
}
