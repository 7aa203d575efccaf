package org.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @Test
  void replacesTypographyOneCharacterForOne() {
    String in = "l\u2019\u00C9lys\u00E9e a dit \u201Coui\u201D\u00A0: \u00AB non \u00BB";
    String out = TextNormalizer.normalize(in);
    assertEquals("l'\u00C9lys\u00E9e a dit \"oui\" : \u00AB non \u00BB", out);
    assertEquals(in.length(), out.length(), "offsets must stay valid in the original text");
  }

  @Test
  void leavesPlainTextAlone() {
    assertEquals("Paris, 3 mai.", TextNormalizer.normalize("Paris, 3 mai."));
  }
}
