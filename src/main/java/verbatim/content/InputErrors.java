package verbatim.content;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

/**
 * Every problem found in one run over the input, sorted by file and line, so that an editor fixes them all at
 * once instead of one build at a time.
 */
public final class InputErrors extends InputException {

    private final transient List<InputException> errors;

    /** The problems, at least one; they are sorted by file then line. */
    public InputErrors(List<InputException> errors) {
        this(sorted(errors), null);
    }

    private InputErrors(List<InputException> sorted, Void first) {
        super(sorted.get(0).file(), sorted.get(0).line(), sorted.get(0).getMessage(), sorted.get(0).fix());
        this.errors = sorted;
    }

    /** One problem alone, or all of them together. */
    public static InputException of(List<InputException> errors) {
        return errors.size() == 1 ? errors.get(0) : new InputErrors(errors);
    }

    public List<InputException> errors() {
        return errors;
    }

    @Override
    public List<String> lines() {
        return errors.stream().flatMap(e -> e.lines().stream()).toList();
    }

    private static List<InputException> sorted(List<InputException> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("no error");
        }
        Set<String> seen = new HashSet<>();
        return errors.stream().filter(e -> seen.add(e.oneLine())).sorted(Comparator
                .comparing((InputException e) -> e.file() == null ? "" : e.file().toString().replace('\\', '/'))
                .thenComparingInt(InputException::line).thenComparing(InputException::getMessage)).toList();
    }
}
