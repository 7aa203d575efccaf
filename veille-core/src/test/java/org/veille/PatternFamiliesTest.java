package org.veille;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Every PLOVER family on sentences the team wrote, through the whole pipeline: the event's type, its
 * actor and recipient countries and its modality must come out as a reader of French understands them.
 */
class PatternFamiliesTest {
  private static final Veille VEILLE = Veille.builder().build();

  static Stream<Arguments> rows() throws IOException {
    return table("pattern-families.tsv");
  }

  static Stream<Arguments> negatives() throws IOException {
    return table("pattern-negatives.tsv");
  }

  static Stream<Arguments> table(String name) throws IOException {
    try (InputStream in = PatternFamiliesTest.class.getResourceAsStream("/org/veille/" + name)) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return all.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t")).map(c -> Arguments.of((Object[]) c)).toList().stream();
    }
  }

  @ParameterizedTest(name = "no {2} by {3}: {1}")
  @MethodSource("negatives")
  void sentenceDoesNotYieldTheEvent(String published, String sentence, String type, String actor) {
    Article a = new Article("t", "fr", LocalDate.parse(published), "", sentence, null);
    List<Event> events = VEILLE.process(a).events();
    assertFalse(events.stream().anyMatch(e -> e.type().equals(type)
        && (actor.equals("*") || e.actor().stream().anyMatch(x -> x.code().equals(actor)))),
        events.stream().map(e -> e.type() + " " + e.actor().stream().map(x -> x.code()).toList()
            + " [" + e.pattern() + "]").toList().toString());
  }

  @ParameterizedTest(name = "{2} {3}->{4} {5}: {1}")
  @MethodSource("rows")
  void sentenceIsCodedAsExpected(String published, String sentence, String type, String actor,
                                 String recipient, String modality) {
    assertCoded(VEILLE, published, sentence, type, actor, recipient, modality);
  }

  /** An event of this type, actor country, recipient country ("-": any) and modality comes out. */
  static void assertCoded(Veille veille, String published, String sentence, String type, String actor,
                          String recipient, String modality) {
    Article a = new Article("t", "fr", LocalDate.parse(published), "", sentence, null);
    List<Event> events = veille.process(a).events();
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
