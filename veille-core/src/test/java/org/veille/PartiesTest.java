package org.veille;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who acts on whom, on short articles the team wrote, through the whole pipeline: an event of the type
 * with these actor and recipient countries must come out (unnamed, domestic and armed-group parties).
 */
class PartiesTest {
  private static final Veille VEILLE = Veille.builder().build();

  static Stream<Arguments> rows() throws IOException {
    return PatternFamiliesTest.table("parties.tsv");
  }

  @ParameterizedTest(name = "{2} {3}->{4} {5}: {1}")
  @MethodSource("rows")
  void sentenceIsCodedAsExpected(String published, String sentence, String type, String actor,
                                 String recipient, String modality) {
    PatternFamiliesTest.assertCoded(VEILLE, published, sentence, type, actor, recipient, modality);
  }
}
