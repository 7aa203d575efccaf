package org.veille.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.store.EventStore;

/** The API over a hand-made store; tests that read use to=2024-04-30 to ignore what the ingest test adds. */
class ApiTest {
  static final String TOKEN = "s3cret-token";
  @TempDir
  static Path dir;
  static EventStore store;
  static VeilleServer server;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    store = TestStores.fill(dir.resolve("store"));
    server = VeilleServer.create(store, TestStores.PIPELINE, new ServerConfig("127.0.0.1", 0, TOKEN)).start();
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String body, String token) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> r) throws IOException {
    assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"), r.toString());
    return Json.MAPPER.readTree(r.body());
  }

  @Test
  void eventsFilterPageAndSort() throws Exception {
    JsonNode all = json(get("/api/events?to=2024-04-30"));
    assertEquals(3, all.get("total").asInt());
    JsonNode dyad = json(get("/api/events?actor=fra&recipient=KAZ&sort=-date&to=2024-04-30"));
    assertEquals(2, dyad.get("total").asInt());
    assertEquals("2023-11", dyad.get("events").get(0).get("date").asText());
    assertEquals("KAZ", dyad.get("events").get(0).get("recipients").get(0).get("code").asText(),
        "party lists are JSON arrays");
    assertEquals(1, json(get("/api/events?party=RUS")).get("total").asInt());
    assertEquals(1, json(get("/api/events?modality=future")).get("total").asInt());
    assertEquals(1, json(get("/api/events?type=ACCUSE")).get("total").asInt());
    assertEquals(1, json(get("/api/events?from=2024-01-01&to=2024-04-30")).get("total").asInt());
    assertEquals(1, json(get("/api/events?q=uranium")).get("total").asInt());
    JsonNode page = json(get("/api/events?size=2&page=1&to=2024-04-30"));
    assertEquals(1, page.get("events").size());
    assertEquals(3, page.get("events").get(0).get("id").asInt());
  }

  @Test
  void badParametersAre400() throws Exception {
    for (String q : new String[] {"size=0", "size=x", "page=-1", "from=2024-13-01", "actor=FRANCE", "sort=nope",
        "modality=maybe", "from=2024-02-01&to=2024-01-01", "type=%3Cscript%3E"}) {
      HttpResponse<String> r = get("/api/events?" + q);
      assertEquals(400, r.statusCode(), q + " " + r.body());
      assertFalse(json(r).get("error").asText().isBlank());
    }
    assertEquals(400, get("/api/events/abc").statusCode());
    assertEquals(400, get("/api/search").statusCode());
  }

  @Test
  void oneEventWithItsEvidence() throws Exception {
    JsonNode e = json(get("/api/events/1"));
    assertEquals("CONSULT", e.get("event").get("type").asText());
    JsonNode m = e.get("mentions").get(0);
    assertEquals(TestStores.QUOTE, m.get("quote").asText());
    assertEquals(1, m.get("articleId").asInt());
    assertEquals(9, m.get("start").asInt());
    assertTrue(m.get("sentenceText").asText().contains(TestStores.QUOTE));
    HttpResponse<String> missing = get("/api/events/999");
    assertEquals(404, missing.statusCode());
    assertEquals("no event 999", json(missing).get("error").asText());
  }

  @Test
  void anArticleWithTheSpansOfItsEvents() throws Exception {
    JsonNode a = json(get("/api/articles/1"));
    assertEquals(TestStores.VISIT_TEXT, a.get("text").asText());
    JsonNode m = a.get("mentions").get(0);
    assertEquals(TestStores.QUOTE, a.get("text").asText().substring(m.get("start").asInt(), m.get("end").asInt()));
    assertEquals(404, get("/api/articles/42").statusCode());
  }

  @Test
  void stats() throws Exception {
    JsonNode dyads = json(get("/api/stats/dyads?to=2024-04-30"));
    assertEquals("FRA", dyads.get(0).get("actor").asText());
    assertEquals(2, dyads.get(0).get("events").asInt());
    JsonNode timeline = json(get("/api/stats/timeline?actor=FRA&recipient=KAZ&to=2024-04-30"));
    assertEquals(2, timeline.size());
    assertEquals("2023-06", timeline.get(0).get("month").asText());
    assertEquals(2, timeline.get(0).get("quad_class").asInt());
    assertEquals("future", timeline.get(1).get("modality").asText());
    JsonNode actors = json(get("/api/actors?to=2024-04-30"));
    assertEquals("FRA", actors.get(0).get("code").asText());
    assertEquals(2, actors.get(0).get("events").asInt());
    assertEquals("KAZ", json(get("/api/stats/locations")).get(0).get("country").asText());
    JsonNode hits = json(get("/api/search?q=terres"));
    assertEquals("a2", hits.get(0).get("docId").asText());
  }

  @Test
  void unknownEndpointsAndMethodsAreJson404OrRefused() throws Exception {
    HttpResponse<String> r = get("/api/nothing");
    assertEquals(404, r.statusCode());
    assertTrue(json(r).get("error").asText().contains("/api/nothing"));
    HttpResponse<String> del = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + "/api/events/1")).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(del.statusCode() == 404 || del.statusCode() == 405, del.toString());
  }

  @Test
  void sameOriginOnlyAndSafeHeaders() throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + "/api/events")).header("Origin", "https://evil.example").build(), HttpResponse.BodyHandlers.ofString());
    assertNull(r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
    assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
  }

  @Test
  void ingestNeedsTheToken() throws Exception {
    String line = "{\"id\":\"p1\",\"lang\":\"fr\",\"published\":\"2024-05-02\",\"title\":\"t\",\"text\":\"Paris reçoit "
        + "Astana.\"}\n{not json}\n";
    HttpResponse<String> none = post("/api/ingest", line, null);
    assertEquals(401, none.statusCode());
    assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElse(null));
    assertEquals(401, post("/api/ingest", line, "wrong").statusCode());
    JsonNode ok = json(post("/api/ingest", line, TOKEN));
    assertEquals(1, ok.get("added").asInt());
    assertEquals(1, ok.get("rejected").size());
    assertTrue(ok.get("rejected").get(0).asText().startsWith("body:2"));
    assertEquals(0, json(post("/api/ingest", line, TOKEN)).get("added").asInt(), "idempotent");
    assertEquals(1, json(get("/api/events?from=2024-05-01&to=2024-05-31")).get("total").asInt());
  }
}
