package verbatim.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class InputExceptionTest {

    @Test
    void aProblemEndingInAQuestionTakesNoFullStopBeforeItsFix() {
        InputException e = new InputException(Path.of("content/a.fr.md"), 6, "every source needs a 'title', and "
                + "'titel' is no key Verbatim knows — did you mean 'title'?", "Write each source as: - title: \"...\"");
        assertEquals("content/a.fr.md:6: every source needs a 'title', and 'titel' is no key Verbatim knows — did you "
                + "mean 'title'? Write each source as: - title: \"...\"", e.oneLine());
    }
}
