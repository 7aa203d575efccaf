package org.veille;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.veille.ingest.ArticleSink;
import org.veille.ingest.InputReader;
import org.veille.ingest.ReadOptions;
import org.veille.ingest.Rejection;
import org.veille.model.Actor;
import org.veille.model.Article;
import org.veille.model.Event;
import org.veille.model.Modality;

/**
 * The whole pipeline (CoreNLP included) on the team's invented dispatches, against their gold events:
 * a quality floor that holds without the evaluation data, and the behaviours the project promises.
 */
class SampleDispatchesTest {
  private static final Path SAMPLES = Path.of("../samples/fr");
  private static final Map<String, List<Event>> EVENTS = new HashMap<>();
  private static final List<JsonNode> GOLD = new ArrayList<>();

  @BeforeAll
  static void run() throws Exception {
    Veille veille = Veille.builder().build();
    new InputReader(ReadOptions.defaults()).read(SAMPLES.resolve("dispatches.jsonl"), new ArticleSink() {
      @Override
      public void accept(Article article) {
        EVENTS.put(article.id(), veille.process(article).events());
      }

      @Override
      public void reject(Rejection rejection) {
        throw new AssertionError(rejection.toString());
      }
    });
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(SAMPLES.resolve("dispatches-gold.jsonl"))) {
      if (!line.isBlank()) {
        GOLD.add(json.readTree(line));
      }
    }
  }

  @Test
  void theAnnouncedVisitToKazakhstanIsFutureAndThePastOneIsDatedToItsMonth() {
    List<Event> events = EVENTS.get("sample-fr-001");
    assertTrue(events.stream().anyMatch(e -> e.type().equals("CONSULT") && codes(e.actor()).contains("FRA")
        && codes(e.recipient()).contains("KAZ") && e.modality() == Modality.FUTURE), events.toString());
    assertTrue(events.stream().anyMatch(e -> e.type().equals("CONSULT") && codes(e.actor()).contains("KAZ")
        && "2022-11".equals(e.date()) && e.modality() == Modality.ASSERTED), events.toString());
  }

  @Test
  void everyQuoteIsTheTextAtItsOffsets() throws Exception {
    ObjectMapper json = new ObjectMapper();
    Map<String, String> texts = new HashMap<>();
    for (String line : Files.readAllLines(SAMPLES.resolve("dispatches.jsonl"))) {
      JsonNode n = json.readTree(line);
      texts.put(n.get("id").asText(), n.get("text").asText());
    }
    EVENTS.forEach((doc, events) -> events.forEach(e -> e.mentions().forEach(m ->
        assertEquals(texts.get(doc).substring(m.start(), m.end()), m.quote()))));
  }

  @Test
  void aScienceStoryHasNoPoliticalEvent() {
    assertEquals(List.of(), EVENTS.get("sample-fr-012"));
  }

  /** Event-level F1 (type and parties, the first level of the shared scorer), greedy one-to-one matching. */
  @Test
  void eventF1StaysAboveTheFloor() {
    int tp = 0;
    int fn = 0;
    int predicted = 0;
    for (JsonNode doc : GOLD) {
      List<Event> preds = new ArrayList<>(EVENTS.getOrDefault(doc.get("doc_id").asText(), List.of()));
      predicted += preds.size();
      for (JsonNode g : doc.get("events")) {
        Event hit = preds.stream().filter(p -> matches(g, p)).findFirst().orElse(null);
        if (hit != null) {
          preds.remove(hit);
          if (!g.path("optional").asBoolean()) {
            tp++;
          } else {
            predicted--;
          }
        } else if (!g.path("optional").asBoolean()) {
          fn++;
        }
      }
    }
    double p = predicted == 0 ? 0 : tp / (double) predicted;
    double r = tp / (double) (tp + fn);
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    assertTrue(f1 >= 0.40, String.format("event F1 %.3f (P %.3f, R %.3f)", f1, p, r));
  }

  private static boolean matches(JsonNode g, Event p) {
    Set<String> types = new HashSet<>();
    g.get("event").forEach(t -> types.add(t.asText()));
    if (g.get("event").isTextual()) {
      types.add(g.get("event").asText());
    }
    boolean future = "future".equals(g.path("modality").asText());
    if (!types.contains(p.type()) && !(future && p.type().equals("AGREE"))) {
      return false;
    }
    Set<String> ga = strings(g.get("actor"));
    Set<String> gr = strings(g.get("recipient"));
    Set<String> pa = codes(p.actor());
    Set<String> pr = codes(p.recipient());
    if (g.path("symmetric").asBoolean()) {
      Set<String> all = new HashSet<>(pa);
      all.addAll(pr);
      Set<String> want = new HashSet<>(ga);
      want.addAll(gr);
      return all.containsAll(want);
    }
    return pa.stream().anyMatch(ga::contains) && (gr.isEmpty() || pr.stream().anyMatch(gr::contains));
  }

  private static Set<String> strings(JsonNode list) {
    Set<String> out = new HashSet<>();
    if (list != null) {
      list.forEach(x -> out.add(x.asText()));
    }
    return out;
  }

  private static Set<String> codes(List<Actor> actors) {
    Set<String> out = new HashSet<>();
    actors.forEach(a -> out.add(a.code()));
    return out;
  }
}
