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
  void withoutATokenIngestIsForbiddenAndErrorsHideTheStack() throws Exception {
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
}
