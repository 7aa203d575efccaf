package org.veille.server;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.veille.model.Actor;
import org.veille.model.Article;
import org.veille.model.Document;
import org.veille.model.Event;
import org.veille.model.Location;
import org.veille.model.Mention;
import org.veille.model.Modality;
import org.veille.store.EventStore;
import org.veille.store.StoredArticle;

/** Hand-made stores for server tests: no NLP models needed. */
final class TestStores {
  private TestStores() {
  }

  static final String VISIT_TEXT = "Emmanuel Macron se rendra au Kazakhstan en novembre. Les deux pays signeront "
      + "un accord sur l'uranium.";
  static final String QUOTE = "Macron se rendra au Kazakhstan";

  static Event event(String docId, String type, String actor, String recipient, String date, Modality modality,
                     String quote, int start, String sentence, int quadClass) {
    return new Event(docId + "#1", docId, type, null, null, "042", 1.9, quadClass,
        List.of(new Actor(actor, "GOV", actor)), List.of(new Actor(recipient, "GOV", recipient)), false, date,
        modality, new Location("Astana", "KAZ"), List.of(new Mention(0, start, start + quote.length(), quote)),
        sentence, "p1", List.of(), "");
  }

  /** Two FRA-KAZ events (a future visit, a past agreement) and one DEU-RUS accusation. */
  static EventStore fill(Path dir) {
    EventStore store = EventStore.open(dir);
    Article a1 = new Article("a1", "fr", LocalDate.parse("2023-10-20"), "Visite annoncée", VISIT_TEXT,
        "https://example.fr/a1");
    Article a2 = new Article("a2", "fr", LocalDate.parse("2023-06-20"), "Accord", "Paris et Astana ont signé un "
        + "accord sur les terres rares.", null);
    Article a3 = new Article("a3", "fr", LocalDate.parse("2024-02-01"), "Berlin accuse Moscou",
        "Berlin a accusé Moscou de cyberattaques.", null);
    store.addArticles(List.of(
        StoredArticle.of(a1, List.of(event("a1", "CONSULT", "FRA", "KAZ", "2023-11", Modality.FUTURE, QUOTE, 9,
            "Emmanuel Macron se rendra au Kazakhstan en novembre.", 1))),
        StoredArticle.of(a2, List.of(event("a2", "COOPERATE", "FRA", "KAZ", "2023-06-19", Modality.ASSERTED,
            "ont signé un accord", 16, a2.text(), 2))),
        StoredArticle.of(a3, List.of(event("a3", "ACCUSE", "DEU", "RUS", "2024-01", Modality.ASSERTED,
            "a accusé", 7, a3.text(), 3)))));
    return store;
  }

  /** A stand-in pipeline: one CONSULT event FRA-KAZ on the first word of each article. */
  static final Function<Article, Document> PIPELINE = a -> {
    Document d = Document.of(a);
    String first = a.text().split("\\s+")[0];
    return new Document(a, d.sentences(), d.actors(), d.times(), List.of(event(a.id(), "CONSULT", "FRA", "KAZ",
        "2024-05", Modality.ASSERTED, first, a.text().indexOf(first), a.text(), 1)), d.warnings());
  };
}
