package org.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageGuessTest {
  @Test
  void frenchSentences() {
    assertEquals("fr", LanguageGuess.guess("Le ministre des Affaires étrangères a reçu son homologue pour "
        + "discuter de la crise, et il a annoncé qu’une visite est prévue dans les prochains mois."));
    assertEquals("fr", LanguageGuess.guess("La police a dispersé les manifestants avec des gaz lacrymogènes."));
  }

  @Test
  void englishSentences() {
    assertEquals("en", LanguageGuess.guess("The prime minister said on Monday that the government was ready "
        + "to talk with the unions, and that the strike has to end."));
    assertEquals("en", LanguageGuess.guess("Police arrested dozens of protesters in the capital."));
  }

  @Test
  void majorityWinsAndFrenchIsTheDefault() {
    assertEquals("fr", LanguageGuess.guess(""));
    assertEquals("fr", LanguageGuess.guess("12345 !!!"));
    assertEquals("en", LanguageGuess.guess("« Merci » was all the French president said to the press when he "
        + "left the summit, and he was gone before the questions."));
  }
}
