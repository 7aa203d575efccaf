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

  @Test
  void endsASentenceAfterASingleCapitalLetter() {
    String in = "Pyongyang dit avoir fait exploser une bombe H. La Corée du Sud a protesté.";
    String out = TextNormalizer.normalize(in);
    assertEquals("Pyongyang dit avoir fait exploser une bombe H.\nLa Corée du Sud a protesté.", out);
    assertEquals(in.length(), out.length());
    assertEquals("Le plan B.\nL'Iran refuse.", TextNormalizer.normalize("Le plan B. L'Iran refuse."));
  }

  @Test
  void keepsTitlesAndInitialsInTheirSentence() {
    String title = "Le texte a été signé par M. Dupont et selon M. Le Drian il entre en vigueur.";
    assertEquals(title, TextNormalizer.normalize(title));
    String initials = "Une tribune signée par J. Smith et George W. Bush. La Maison-Blanche se tait.";
    assertEquals(initials, TextNormalizer.normalize(initials));
    String president = "Le discours de George W. Le Gall a surpris.";
    assertEquals(president, TextNormalizer.normalize(president));
    String name = "Selon le ministre J. Dupont, le texte passera.";
    assertEquals(name, TextNormalizer.normalize(name));
  }
}
