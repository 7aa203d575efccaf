package org.veille.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veille.model.ActorMention;
import org.veille.model.Article;
import org.veille.model.Document;
import org.veille.model.Sentence;
import org.veille.model.Token;

class EntitiesTest {
  @Test
  void gazetteerNamesFirstThenTaggerSpansWithoutArticlesOrRolesOrDemonyms() {
    String text = "Le champion Teddy Riner a battu la France à Rio .";
    List<Token> t = List.of(
        new Token(0, "Le", 0, 2, "DET", "le", "", -1, "", "O"),
        new Token(1, "champion", 3, 11, "NOUN", "champion", "", -1, "", "O"),
        new Token(2, "Teddy", 12, 17, "PROPN", "Teddy", "", -1, "", "I-PER"),
        new Token(3, "Riner", 18, 23, "PROPN", "Riner", "", -1, "", "I-PER"),
        new Token(4, "a", 24, 25, "AUX", "avoir", "", -1, "", "O"),
        new Token(5, "battu", 26, 31, "VERB", "battre", "", -1, "", "O"),
        new Token(6, "la", 32, 34, "DET", "le", "", -1, "", "I-LOC"),
        new Token(7, "France", 35, 41, "PROPN", "France", "", -1, "", "I-LOC"),
        new Token(8, "à", 42, 43, "ADP", "à", "", -1, "", "O"),
        new Token(9, "Rio", 44, 47, "PROPN", "Rio", "", -1, "", "I-LOC"),
        new Token(10, ".", 48, 49, "PUNCT", ".", "", -1, "", "O"));
    Document d = Document.of(new Article("t", "fr", LocalDate.of(2016, 8, 1), "", text, null))
        .withSentences(List.of(new Sentence(0, 0, text.length(), text, t, false)))
        .withActors(List.of(new ActorMention(3, 11, "champion", null, "", "ROLE", ""),
            new ActorMention(35, 41, "France", "FRA", "", "COUNTRY", "")));
    List<Entities.Entity> e = Entities.of(d);
    assertEquals(List.of("Teddy Riner/PER", "France/LOC", "Rio/LOC"),
        e.stream().map(x -> x.text() + "/" + x.type()).toList());
    assertEquals("FRA", e.get(1).code());
  }
}
