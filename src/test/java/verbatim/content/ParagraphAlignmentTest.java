package verbatim.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParagraphAlignmentTest {

    private static List<Paragraph> paragraphs(String... texts) {
        return IntStream.range(0, texts.length).mapToObj(i -> new Paragraph(texts[i], 7 + 2 * i, false, null)).toList();
    }

    @Test
    void aCapitalisedWordTheOtherTextWritesInLowerCasePinsNoPlace() {
        ParagraphAlignment.Parting p = ParagraphAlignment.first(paragraphs(
                "La maire de Valbrune, Anne Morel, a inauguré samedi la nouvelle bibliothèque de la ville.",
                "Elle a lu devant les habitants un poème de William Stafford, The Way It Is, qu'elle aime.",
                "Les travaux avaient commencé il y a deux ans, après un long débat au conseil municipal.",
                "« C'est une belle journée pour la ville », a ajouté son adjoint Paul Martin."), paragraphs(
                "The mayor of Valbrune, Anne Morel, opened the town's new library on Saturday.",
                "Work had begun two years ago, as The Gazette recalls, after a long debate in the council.",
                "\"It is a fine day for the town,\" added her deputy Paul Martin."));
        // "The" of the title and of "as The Gazette" would tie paragraphs 2 and 2, and put the place after them
        assertEquals(new ParagraphAlignment.Unclear(1, 2), p);
    }
}
