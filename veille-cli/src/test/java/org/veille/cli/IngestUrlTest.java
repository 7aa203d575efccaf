package org.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** `veille ingest URL` against a page served on 127.0.0.1. */
class IngestUrlTest {
  @TempDir
  Path dir;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void aLoopbackPageNeedsAllowPrivate() throws Exception {
    byte[] page = ("<html lang=\"fr\"><head><title>Sanctions contre Moscou</title><meta property=\"article:published_time\" "
        + "content=\"2024-06-12T09:00:00Z\"></head><body><article><p>L'Union européenne a imposé mardi de nouvelles "
        + "sanctions à la Russie, visant le gaz naturel liquéfié.</p></article></body></html>")
        .getBytes(StandardCharsets.UTF_8);
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/article", ex -> {
      ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      ex.sendResponseHeaders(200, page.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(page);
      }
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/article";
      String store = dir.resolve("store").toString();
      Cli.Result refused = Cli.run("ingest", url, "--store", store, "--threads", "1");
      assertEquals(2, refused.code(), refused.err());
      assertTrue(refused.err().contains(url + ": refused: 127.0.0.1 is a private"), refused.err());

      Cli.Result ok = Cli.run("ingest", url, "--store", store, "--threads", "1", "--allow-private");
      assertEquals(0, ok.code(), ok.err());
      assertTrue(ok.err().contains("1 articles added"), ok.err());
      Cli.Result found = Cli.run("query", "search", "sanction", "--json", "--store", store);
      assertTrue(found.out().contains("\"doc_id\":\"" + url + "\""), found.out());
      assertTrue(found.out().contains("\"published\":\"2024-06-12\""), found.out());
      assertTrue(found.out().contains("«sanctions»"), found.out());
    } finally {
      server.stop(0);
    }
  }
}
