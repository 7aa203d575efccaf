package org.veille.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veille.store.Fixtures.VISIT_TEXT;
import static org.veille.store.Fixtures.article;
import static org.veille.store.Fixtures.event;
import static org.veille.store.Fixtures.party;
import static org.veille.store.Fixtures.visit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.model.Event;
import org.veille.model.Modality;

/** What every store backend must do. A backend's test extends this class and says how to open one. */
abstract class EventStoreContract {
  @TempDir
  Path dir;

  /** Opens (or creates) a store of the backend under test in a directory. */
  protected abstract EventStore open(Path storeDir);

  @Test
  void addedArticleIsThereAndAddingItAgainAddsNothing() {
    try (EventStore store = open(dir)) {
      StoredArticle a = article("a1", "https://www.lemonde.fr/a1", "2024-10-28", VISIT_TEXT,
          visit("a1", "2024-11-01", Modality.FUTURE));
      assertFalse(store.hasArticle(a.contentHash()));
      assertEquals(1, store.addArticle(a));
      assertTrue(store.hasArticle(a.contentHash()));
      assertEquals(0, store.addArticle(a));
      assertEquals(new StoreCounts(1, 1, 1, 0), store.counts());
    }
  }

  @Test
  void theSameTextWithOtherWhiteSpaceIsTheSameArticle() {
    try (EventStore store = open(dir)) {
      store.addArticle(article("a1", null, null, "Un  texte\r\navec des blancs."));
      assertEquals(0, store.addArticle(article("a1-copy", null, null, " Un texte\navec  des blancs. ")));
      assertEquals(1, store.counts().articles());
    }
  }

  @Test
  void reportsOfOneEventInSeveralArticlesAreOneEventWithCounts() {
    try (EventStore store = open(dir)) {
      store.addArticles(List.of(
          article("a1", "https://www.lemonde.fr/a1", "2024-10-28", VISIT_TEXT,
              visit("a1", "2024-11-01", Modality.FUTURE)),
          article("a2", "https://lefigaro.fr/x", "2024-10-30", VISIT_TEXT + " Autre version.",
              visit("a2", "2024-11", Modality.HYPOTHETICAL)),
          article("a3", "https://lemonde.fr/a3", "2024-10-31", VISIT_TEXT + " Troisième.",
              visit("a3", null, Modality.FUTURE))));
      List<EventRow> events = store.events(EventFilter.all());
      assertEquals(1, events.size(), events.toString());
      EventRow e = events.get(0);
      assertEquals("CONSULT", e.type());
      assertEquals("2024-11-01", e.date());
      assertEquals(3, e.numMentions());
      assertEquals(3, e.numArticles());
      assertEquals(2, e.numSources(), "lemonde.fr twice, lefigaro.fr once");
      assertEquals(LocalDate.parse("2024-10-28"), e.firstReport());
      assertEquals(LocalDate.parse("2024-10-31"), e.lastReport());
      assertEquals("FRA", e.actorCode());
      assertEquals("KAZ", e.recipientCode());
      assertEquals("https://www.lemonde.fr/a1", e.sourceUrl());
      assertEquals(3, store.mentions(EventFilter.all()).size());
    }
  }

  @Test
  void otherModalityOrIncompatibleDateIsAnotherEvent() {
    try (EventStore store = open(dir)) {
      store.addArticle(article("a1", null, "2024-10-28", "t1", visit("a1", "2024-11-01", Modality.FUTURE)));
      store.addArticle(article("a2", null, "2024-11-02", "t2", visit("a2", "2024-11-01", Modality.ASSERTED)));
      store.addArticle(article("a3", null, "2024-11-02", "t3", visit("a3", "2024-11-01", Modality.NEGATED)));
      store.addArticle(article("a4", null, "2024-11-02", "t4", visit("a4", "2024-12", Modality.FUTURE)));
      assertEquals(4, store.counts().events());
      EventRow asserted = store.events(EventFilter.all()).get(1);
      assertEquals(1, asserted.numSources(), "an article without a URL is a source of its own");
    }
  }

  @Test
  void symmetricEventsClusterWhateverTheOrderOfTheirParties() {
    try (EventStore store = open(dir)) {
      Event meet1 = event("a1", 1, "CONSULT", List.of(party("FRA", "GOV", "Paris"), party("DEU", "GOV", "Berlin")),
          List.of(), true, "2024-05", Modality.ASSERTED, "Paris et Berlin se sont rencontrés", 0);
      Event meet2 = event("a2", 1, "CONSULT", List.of(party("DEU", "GOV", "Berlin"), party("FRA", "GOV", "Paris")),
          List.of(), true, "2024-05-03", Modality.ASSERTED, "Berlin et Paris se sont rencontrés", 0);
      store.addArticles(List.of(article("a1", null, "2024-05-04", "x1", meet1),
          article("a2", null, "2024-05-04", "x2", meet2)));
      List<EventRow> events = store.events(EventFilter.all());
      assertEquals(1, events.size());
      assertEquals("2024-05-03", events.get(0).date(), "the more precise date wins");
      assertEquals("DEU", events.get(0).recipientCode(), "GDELT Actor2 of a joint act: the second party");
      assertEquals(1, store.events(new EventFilter(null, null, "DEU", "FRA", null)).size());
    }
  }

  @Test
  void filtersSelectByDateActorRecipientAndType() {
    try (EventStore store = open(dir)) {
      store.addArticle(article("a1", null, "2023-10-19", "t1", visit("a1", "2023-11", Modality.FUTURE)));
      Event protest = event("a2", 1, "PROTEST", List.of(party("FRA", "CVL", "les manifestants")),
          List.of(party("FRA", "GOV", "le gouvernement")), false, "2024-03-05", Modality.ASSERTED, "ont manifesté", 3);
      store.addArticle(article("a2", null, "2024-03-06", "t2", protest));
      assertEquals(2, store.events(EventFilter.all()).size());
      assertEquals(1, store.events(new EventFilter(null, null, null, null, "PROTEST")).size());
      assertEquals(1, store.events(new EventFilter(null, null, "FRA", "KAZ", null)).size());
      assertEquals(0, store.events(new EventFilter(null, null, "KAZ", null, null)).size());
      assertEquals(1, store.events(new EventFilter(LocalDate.parse("2023-11-01"), LocalDate.parse("2023-11-30"),
          null, null, null)).size(), "2023-11 counts as its first day");
      assertEquals(1, store.events(new EventFilter(LocalDate.parse("2024-01-01"), null, null, null, null)).size());
      Table dyad = store.dyadByMonth("FRA", "KAZ", EventFilter.all());
      assertEquals(List.of("month", "type", "events", "mentions", "articles"), dyad.columns());
      assertEquals(List.of("2023-11", "CONSULT", 1L, 1L, 1L), dyad.rows().get(0));
      Table top = store.topDyads(EventFilter.all(), 10);
      assertEquals(2, top.rows().size());
    }
  }

  @Test
  void aFailingBatchLeavesNothingBehind() {
    try (EventStore store = open(dir)) {
      store.addArticle(article("ok", null, null, "un article"));
      Event broken = new Event("b#1", "b", null, null, null, null, 0, 0, List.of(), List.of(), false, null,
          Modality.ASSERTED, null, List.of(new org.veille.model.Mention(0, 0, 1, "x")), "x", "", List.of(), "");
      assertThrows(StoreException.class, () -> store.addArticles(List.of(
          article("good", null, null, "un autre article"), article("bad", null, null, "cassé", broken))));
      assertEquals(new StoreCounts(1, 0, 0, 0), store.counts());
      assertEquals(1, store.addArticle(article("good", null, null, "un autre article")));
    }
  }

  @Test
  void contentSurvivesClosingAndReopening() {
    StoredArticle a = article("a1", null, "2024-10-28", VISIT_TEXT, visit("a1", "2024-11-01", Modality.FUTURE));
    try (EventStore store = open(dir)) {
      store.addArticle(a);
    }
    try (EventStore store = open(dir)) {
      assertTrue(store.hasArticle(a.contentHash()));
      assertEquals(new StoreCounts(1, 1, 1, 0), store.counts());
      assertEquals(1, store.search("Kazakhstan", 5).size());
    }
  }

  @Test
  void fullTextSearchStemsAndMarksTheTerms() {
    try (EventStore store = open(dir)) {
      store.addArticle(article("fr1", null, "2024-10-28", VISIT_TEXT));
      store.addArticle(StoredArticle.of(new org.veille.model.Article("en1", "en", null, "t",
          "Protesters gathered in Tbilisi on Monday, and the police arrested twenty of them.", null), List.of()));
      List<SearchHit> fr = store.search("accord uranium", 5);
      assertEquals(1, fr.size(), fr.toString());
      assertEquals("fr1", fr.get(0).docId());
      assertTrue(fr.get(0).fragments().stream().anyMatch(f -> f.contains("«accords»")), fr.toString());
      List<SearchHit> en = store.search("arrest", 5);
      assertEquals("en1", en.get(0).docId());
      assertTrue(en.get(0).fragments().get(0).contains("«arrested»"), en.toString());
      assertTrue(store.search("inexistantissime", 5).isEmpty());
      assertFalse(store.search("\"unbalanced (query", 5).size() > 1, "bad syntax is taken literally");
    }
  }

  @Test
  void nearDuplicateArticlesAreLinked() {
    try (EventStore store = open(dir)) {
      store.addArticle(article("wire", null, "2024-10-28", VISIT_TEXT));
      store.addArticle(article("copy", null, "2024-10-28", VISIT_TEXT + " Mis à jour à 14 h."));
      store.addArticle(article("other", null, "2024-10-28", "La police géorgienne a arrêté lundi une vingtaine "
          + "de manifestants à Tbilissi, a annoncé le ministère de l'Intérieur dans un communiqué publié "
          + "dans la soirée, sans préciser les motifs des interpellations ni le sort des personnes arrêtées."));
      List<DuplicateLink> links = store.duplicates();
      assertEquals(1, links.size(), links.toString());
      assertEquals(2, links.get(0).articleId());
      assertEquals(1, links.get(0).duplicateOf());
    }
  }

  @Test
  void parquetExportHoldsTheFilteredEvents() throws Exception {
    Path out = dir.resolve("out/events.parquet");
    try (EventStore store = open(dir.resolve("store"))) {
      store.addArticle(article("a1", "https://x.fr/1", "2024-10-28", "t1", visit("a1", "2024-11-01", Modality.FUTURE)));
      store.addArticle(article("a2", null, "2024-10-28", "t2", event("a2", 1, "PROTEST",
          List.of(party("FRA", "CVL", "")), List.of(), false, null, Modality.ASSERTED, "grève", 0)));
      store.exportParquet(new EventFilter(null, null, "FRA", "KAZ", null), out);
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
         Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT count(*), any_value(type), any_value(num_mentions), "
             + "typeof(any_value(goldstein)), typeof(any_value(num_sources)), typeof(any_value(first_report)) "
             + "FROM read_parquet('" + out + "')")) {
      assertTrue(rs.next());
      assertEquals(1, rs.getInt(1));
      assertEquals("CONSULT", rs.getString(2));
      assertEquals(1, rs.getInt(3));
      assertEquals("DOUBLE", rs.getString(4));
      assertEquals("INTEGER", rs.getString(5));
      assertEquals("DATE", rs.getString(6));
    }
  }

  @Test
  void anUnknownDateStaysUnknown() {
    try (EventStore store = open(dir)) {
      store.addArticle(article("a1", null, null, "t1", visit("a1", null, Modality.ASSERTED)));
      EventRow e = store.events(EventFilter.all()).get(0);
      assertNull(e.date());
      assertNull(e.firstReport());
    }
  }

  private void addThree(EventStore store) {
    store.addArticle(article("a1", "https://x.fr/1", "2023-10-19", VISIT_TEXT, visit("a1", "2023-11", Modality.FUTURE)));
    store.addArticle(article("a2", null, "2024-03-06", "Les manifestants ont manifesté contre le gouvernement.",
        event("a2", 1, "PROTEST", List.of(party("FRA", "CVL", "les manifestants")),
            List.of(party("FRA", "GOV", "le gouvernement")), false, "2024-03-05", Modality.ASSERTED, "ont manifesté", 17)));
    store.addArticle(article("a3", null, "2024-04-02", "Astana a reçu le ministre allemand.",
        event("a3", 1, "CONSULT", List.of(party("KAZ", "GOV", "Astana")), List.of(party("DEU", "GOV", "le ministre")),
            false, "2024-04-01", Modality.ASSERTED, "a reçu", 7)));
  }

  @Test
  void pagesOfEventsFilterByPartyModalityAndTextAndSort() {
    try (EventStore store = open(dir)) {
      addThree(store);
      EventPage all = store.events(new EventQuery(EventFilter.all(), null, null, null, 0, 2, EventQuery.Sort.ID));
      assertEquals(3, all.total());
      assertEquals(List.of(1L, 2L), all.events().stream().map(EventRow::id).toList());
      EventPage second = store.events(new EventQuery(EventFilter.all(), null, null, null, 1, 2, EventQuery.Sort.ID));
      assertEquals(List.of(3L), second.events().stream().map(EventRow::id).toList());
      EventPage kaz = store.events(new EventQuery(EventFilter.all(), "KAZ", null, null, 0, 10,
          EventQuery.Sort.parse("-date")));
      assertEquals(List.of(3L, 1L), kaz.events().stream().map(EventRow::id).toList(), "either side, latest first");
      assertEquals(1, store.events(new EventQuery(EventFilter.all(), null, "future", null, 0, 10, null)).total());
      EventPage text = store.events(new EventQuery(EventFilter.all(), null, null, "uranium", 0, 10, null));
      assertEquals(List.of(1L), text.events().stream().map(EventRow::id).toList());
      assertEquals(0, store.events(new EventQuery(EventFilter.all(), null, null, "inexistantissime", 0, 10, null))
          .total());
      assertThrows(IllegalArgumentException.class, () -> EventQuery.Sort.parse("nonsense"));
      assertThrows(IllegalArgumentException.class, () -> new EventQuery(null, null, null, null, 0, 0, null));
    }
  }

  @Test
  void oneEventItsMentionsAndItsArticle() {
    try (EventStore store = open(dir)) {
      addThree(store);
      EventRow e = store.event(2).orElseThrow();
      assertEquals("PROTEST", e.type());
      assertTrue(store.event(99).isEmpty());
      List<MentionRow> ms = store.mentionsOf(2);
      assertEquals(1, ms.size());
      assertEquals("ont manifesté", ms.get(0).quote());
      assertEquals(2, ms.get(0).articleId());
      ArticleView a = store.article(2).orElseThrow();
      assertEquals("a2", a.docId());
      assertEquals("ont manifesté", a.text().substring(a.mentions().get(0).start(), a.mentions().get(0).end()));
      assertTrue(store.article(99).isEmpty());
    }
  }

  @Test
  void timelineActorsAndLocations() {
    try (EventStore store = open(dir)) {
      addThree(store);
      Table t = store.timeline(EventFilter.all());
      assertEquals(List.of("month", "type", "quad_class", "modality", "events"), t.columns());
      assertEquals(List.of("2023-11", "CONSULT", 1L, "future", 1L), t.rows().get(0));
      assertEquals(1, store.timeline(new EventFilter(null, null, "FRA", "KAZ", null)).rows().size());
      Table actors = store.actors(EventFilter.all());
      assertEquals(List.of("code", "as_actor", "as_recipient", "events"), actors.columns());
      assertEquals(List.of("FRA", 2L, 1L, 2L), actors.rows().get(0));
      Table places = store.locations(EventFilter.all());
      assertEquals(List.of("KAZ", 3L), places.rows().get(0));
    }
  }
}
