package org.veille.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.store.EventStore;

/** Every route the server registers is in openapi.yaml, and the document lists no route that does not exist. */
class OpenApiTest {
  @TempDir
  Path dir;

  /** "METHOD /path" for each operation under {@code paths:} (two-space path keys, four-space methods). */
  static Set<String> documented(String yaml) {
    Set<String> ops = new TreeSet<>();
    boolean inPaths = false;
    String path = null;
    for (String line : yaml.split("\n")) {
      if (!line.startsWith(" ") && !line.isBlank()) {
        inPaths = line.startsWith("paths:");
        continue;
      }
      if (!inPaths) {
        continue;
      }
      if (line.matches("^  /\\S*:\\s*$")) {
        path = line.strip().replaceAll(":$", "");
      } else if (path != null && line.matches("^    (get|post|put|patch|delete|head|options):\\s*$")) {
        ops.add(line.strip().replaceAll(":$", "").toUpperCase(Locale.ROOT) + " " + path);
      }
    }
    return ops;
  }

  @Test
  void everyRegisteredRouteIsDocumentedAndNothingElse() throws Exception {
    String yaml;
    try (InputStream in = VeilleServer.class.getResourceAsStream(VeilleServer.OPENAPI)) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Set<String> docs = documented(yaml);
    try (EventStore store = EventStore.open(dir);
         VeilleServer server = VeilleServer.create(store, TestStores.PIPELINE, new ServerConfig("127.0.0.1", 0, null))) {
      List<String> registered = new ArrayList<>();
      server.routes().forEach(r -> registered.add(r.method() + " " + r.path()));
      assertTrue(registered.size() >= 10, registered.toString());
      for (String r : registered) {
        assertTrue(docs.contains(r), "not in openapi.yaml: " + r);
      }
      assertEquals(new TreeSet<>(registered), docs, "openapi.yaml documents routes that do not exist");
    }
  }
}
