package org.veille.store;

import java.time.LocalDate;
import java.util.List;
import org.veille.model.Actor;
import org.veille.model.Article;
import org.veille.model.Event;
import org.veille.model.Location;
import org.veille.model.Mention;
import org.veille.model.Modality;

/** Hand-made articles and events, so that store tests need no NLP. */
final class Fixtures {
  private Fixtures() {
  }

  static Actor party(String code, String sector, String text) {
    return new Actor(code, sector, text);
  }

  static Event event(String docId, int n, String type, List<Actor> actor, List<Actor> recipient, boolean symmetric,
                     String date, Modality modality, String quote, int start) {
    return new Event(docId + "#" + n, docId, type, "visit", "diplomatic", "042", 1.9, 1, actor, recipient, symmetric,
        date, modality, new Location("Astana", "KAZ"), List.of(new Mention(1, start, start + quote.length(), quote)),
        "Phrase entière : " + quote + ".", "p1", List.of(), "");
  }

  static Event visit(String docId, String date, Modality modality) {
    return event(docId, 1, "CONSULT", List.of(party("FRA", "GOV", "Emmanuel Macron")),
        List.of(party("KAZ", "", "Kazakhstan")), false, date, modality, "Macron se rendra au Kazakhstan", 10);
  }

  static StoredArticle article(String id, String url, String published, String text, Event... events) {
    return StoredArticle.of(new Article(id, "fr", published == null ? null : LocalDate.parse(published),
        "Titre " + id, text, url), List.of(events));
  }

  static final String VISIT_TEXT = "Le président français Emmanuel Macron se rendra au Kazakhstan le 1er novembre "
      + "pour une visite officielle. Il doit y rencontrer son homologue kazakh Kassym-Jomart Tokaïev à Astana, "
      + "où les deux dirigeants signeront plusieurs accords sur l'uranium et l'énergie.";
}
