package org.veille.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.store.EventStore;

class IngestDisabledTest {
  @TempDir
  Path dir;

  @Test
  void withoutATokenIngestIsForbidden() throws Exception {
    try (EventStore store = TestStores.fill(dir);
         VeilleServer server = VeilleServer.create(store, a -> {
           throw new IllegalStateException("boom at org.veille.Secret");
         }, new ServerConfig("127.0.0.1", 0, null)).start()) {
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
              + "/api/ingest")).header("Authorization", "Bearer anything")
          .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(403, r.statusCode());
      assertEquals(403, Json.MAPPER.readTree(r.body()).get("status").asInt());
    }
  }

  @Test
  void aFailureIsA500WithoutStackTrace() throws Exception {
    try (EventStore store = TestStores.fill(dir);
         VeilleServer server = VeilleServer.create(store, a -> {
           throw new IllegalStateException("boom at org.veille.Secret");
         }, new ServerConfig("127.0.0.1", 0, "t")).start()) {
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
              + server.port() + "/api/ingest")).header("Authorization", "Bearer t")
          .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"x\",\"lang\":\"fr\",\"text\":\"Un texte.\"}\n")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(500, r.statusCode());
      assertEquals("{\"status\":500,\"error\":\"internal error\"}".length(), r.body().length(), r.body());
      org.junit.jupiter.api.Assertions.assertFalse(r.body().contains("Secret") || r.body().contains("at org."));
    }
  }
}
