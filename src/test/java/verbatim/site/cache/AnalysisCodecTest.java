package verbatim.site.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.analysis.Analysis;
import verbatim.analysis.Organization;
import verbatim.analysis.Person;
import verbatim.analysis.Quote;
import verbatim.analysis.Repair;
import verbatim.analysis.dates.DateMention;
import verbatim.analysis.reading.Span;
import verbatim.analysis.speakers.Attribution;

class AnalysisCodecTest {

    static Analysed sample() {
        return new Analysed(List.of("Anne Morel a dit : « <em>Nous</em> tiendrons. »", "x"), new Analysis("fr", null,
                List.of("Anne Morel a dit : « Nous tiendrons. » L’ONU, le 9 février.", "x".repeat(70_000)),
                List.of(new Quote("Nous tiendrons.", "Anne Morel", new Span(1, 20, 35), Attribution.EXPLICIT),
                        new Quote("x", null, new Span(2, 0, 1), Attribution.NONE),
                        new Quote("y", null, new Span(2, 1, 2), Attribution.EDITOR)),
                List.of(new Person("Anne Morel", 'f', List.of(new Span(1, 0, 10)))),
                List.of(new Organization("ONU", List.of(new Span(1, 39, 42)))),
                List.of(new DateMention("le 9 février", "2026-02-09", new Span(1, 44, 56))),
                List.of(new Repair(1, "l ONU", "l’ONU")), List.of("an unbalanced « in paragraph 2")));
    }

    @Test
    void decodingTheEncodingGivesTheSameHtmlAndAnalysis() throws IOException {
        Analysed a = sample();
        assertEquals(a, AnalysisCodec.decode(new ByteArrayInputStream(AnalysisCodec.encode(a))));
    }

    @Test
    void bytesCutShortAreRefused() {
        byte[] bytes = AnalysisCodec.encode(sample());
        assertThrows(IOException.class, () -> AnalysisCodec.decode(new ByteArrayInputStream(
                Arrays.copyOf(bytes, bytes.length - 5))));
    }

    @Test
    void bytesLeftOverAreRefused() {
        byte[] bytes = AnalysisCodec.encode(sample());
        assertThrows(IOException.class, () -> AnalysisCodec.decode(new ByteArrayInputStream(
                Arrays.copyOf(bytes, bytes.length + 1))));
    }
}
