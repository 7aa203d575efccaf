package org.veille;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.veille.model.Article;
import org.veille.model.Event;

/**
 * Who acts on whom, on short articles the team wrote, through the whole pipeline: an event of the type
 * with these actor and recipient countries must come out (unnamed, domestic and armed-group parties).
 */
class PartiesTest {
  private static final Veille VEILLE = Veille.builder().build();

  static Stream<Arguments> rows() throws IOException {
    try (InputStream in = PartiesTest.class.getResourceAsStream("/org/veille/parties.tsv")) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return all.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t")).map(c -> Arguments.of(c[0], c[1], c[2], c[3], c[4], c[5])).toList().stream();
    }
  }

  @ParameterizedTest(name = "{2} {3}->{4} {5}: {1}")
  @MethodSource("rows")
  void sentenceIsCodedAsExpected(String published, String sentence, String type, String actor,
                                 String recipient, String modality) {
    Article a = new Article("t", "fr", LocalDate.parse(published), "", sentence, null);
    List<Event> events = VEILLE.process(a).events();
    boolean found = events.stream().anyMatch(e -> e.type().equals(type)
        && e.actor().stream().anyMatch(x -> x.code().equals(actor))
        && (recipient.equals("-") ? true : e.recipient().stream().anyMatch(x -> x.code().equals(recipient))
            || e.symmetric() && e.actor().stream().anyMatch(x -> x.code().equals(recipient)))
        && e.modality().label().equals(modality));
    assertTrue(found, events.stream().map(e -> e.type() + " " + e.actor().stream().map(x -> x.code()).toList()
        + "->" + e.recipient().stream().map(x -> x.code()).toList() + " " + e.modality().label() + " ["
        + e.pattern() + "]").toList().toString());
  }
}
