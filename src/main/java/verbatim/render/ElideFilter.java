package verbatim.render;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;
import verbatim.text.Elision;

/**
 * The Pebble filter {@code elide}: a label followed by the word it introduces, elided in French where it must
 * ({@link Elision}). In a template, {@code {{ t["quotes.of"] | elide(person) }}} gives « Citations d’Alan Turing »
 * for Alan Turing and « Citations de Paul Martin » for Paul Martin; an English label is joined with a space.
 */
public final class ElideFilter implements Filter {

    /** The extension that gives templates the filter. */
    static final class Extension extends AbstractExtension {
        @Override
        public Map<String, Filter> getFilters() {
            return Map.of("elide", new ElideFilter());
        }
    }

    @Override
    public List<String> getArgumentNames() {
        return List.of("next");
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                        int lineNumber) {
        Object next = args.get("next");
        return Elision.join(input == null ? "" : input.toString(), next == null ? "" : next.toString());
    }
}
