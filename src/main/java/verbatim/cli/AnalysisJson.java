package verbatim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import verbatim.analysis.Analysis;
import verbatim.analysis.Quote;

/**
 * The JSON form of an analysis, as the evaluator reads it: lang, date, paragraphs, quotes, people,
 * organizations, dates, repairs, warnings, in that order (quotes also carry their offsets, people their gender).
 */
final class AnalysisJson {

    private AnalysisJson() {
    }

    /** The JSON form of an analysis, keys in a fixed order. */
    static String of(Analysis a) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("lang", a.lang());
        root.put("date", a.date());
        ArrayNode paragraphs = root.putArray("paragraphs");
        for (int i = 0; i < a.paragraphs().size(); i++) {
            paragraphs.addObject().put("index", i + 1).put("text", a.paragraphs().get(i));
        }
        ArrayNode quotes = root.putArray("quotes");
        for (Quote q : a.quotes()) {
            quotes.addObject().put("text", q.text()).put("speaker", q.speaker())
                    .put("attribution", q.attribution().json()).put("paragraph", q.paragraph())
                    .put("start", q.span().start()).put("end", q.span().end());
        }
        ArrayNode people = root.putArray("people");
        a.people().forEach(p -> people.addObject().put("name", p.name()).put("gender", String.valueOf(p.gender()))
                .put("mentions", p.mentions().size()));
        ArrayNode orgs = root.putArray("organizations");
        a.organizations().forEach(o -> orgs.addObject().put("name", o.name()).put("mentions", o.mentions().size()));
        ArrayNode dates = root.putArray("dates");
        a.dates().forEach(d -> dates.addObject().put("text", d.text()).put("value", d.value())
                .put("paragraph", d.span() == null ? 0 : d.span().paragraph()));
        ArrayNode repairs = root.putArray("repairs");
        a.repairs().forEach(r -> repairs.addObject().put("paragraph", r.paragraph()).put("before", r.before())
                .put("after", r.after()));
        ArrayNode warnings = root.putArray("warnings");
        a.warnings().forEach(warnings::add);
        return mapper.writeValueAsString(root) + "\n";
    }
}
