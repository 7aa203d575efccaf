package org.veille.store.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** URLs against a server on 127.0.0.1: refused by default, fetched with --allow-private, limits held. */
@Timeout(60)
class FetchTest {
  private HttpServer server;
  private String base;

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/page.html", ex -> send(ex, 200, "text/html; charset=utf-8",
        SourcesTest.PAGE.replace("windows-1252", "utf-8").getBytes(StandardCharsets.UTF_8)));
    server.createContext("/feed", ex -> send(ex, 200, "application/rss+xml", ("<?xml version=\"1.0\"?><rss version=\"2.0\">"
        + "<channel><title>t</title><link>http://x/</link><description>d</description><item><title>Niger</title>"
        + "<link>http://x/1</link><description>Le Niger a demandé le retrait des troupes françaises.</description>"
        + "</item></channel></rss>").getBytes(StandardCharsets.UTF_8)));
    server.createContext("/moved", ex -> {
      ex.getResponseHeaders().add("Location", "/page.html");
      send(ex, 302, "text/plain", new byte[0]);
    });
    server.createContext("/to-file", ex -> {
      ex.getResponseHeaders().add("Location", "file:///etc/passwd");
      send(ex, 301, "text/plain", new byte[0]);
    });
    server.createContext("/loop", ex -> {
      ex.getResponseHeaders().add("Location", "/loop");
      send(ex, 302, "text/plain", new byte[0]);
    });
    server.createContext("/big", ex -> send(ex, 200, "text/html", new byte[3 << 20]));
    server.createContext("/slow", ex -> {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      send(ex, 200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8));
    });
    server.createContext("/missing", ex -> send(ex, 404, "text/plain", "no".getBytes(StandardCharsets.UTF_8)));
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private Collect read(String url, FetchPolicy policy) {
    Collect c = new Collect();
    new Sources(null, "auto", policy, c.warnings::add).read(url, c);
    return c;
  }

  @Test
  void loopbackIsRefusedUnlessAllowed() {
    Collect refused = read(base + "/page.html", FetchPolicy.safe());
    assertTrue(refused.articles.isEmpty());
    assertTrue(refused.rejections.get(0).reason().contains("refused: 127.0.0.1 is a private"), refused.rejections.toString());

    Collect page = read(base + "/page.html", FetchPolicy.allowingPrivate());
    assertEquals(1, page.articles.size(), page.rejections.toString());
    assertEquals(base + "/page.html", page.articles.get(0).url());
    assertTrue(page.articles.get(0).text().contains("Les cheminots ont fait grève"));

    Collect feed = read(base + "/feed", FetchPolicy.allowingPrivate());
    assertEquals("Niger", feed.articles.get(0).title(), feed.rejections.toString());
  }

  @Test
  void redirectsAreFollowedAndCheckedAgain() {
    Collect moved = read(base + "/moved", FetchPolicy.allowingPrivate());
    assertEquals(base + "/page.html", moved.articles.get(0).url(), moved.rejections.toString());
    Collect toFile = read(base + "/to-file", FetchPolicy.allowingPrivate());
    assertTrue(toFile.rejections.get(0).reason().contains("only http and https"), toFile.rejections.toString());
    Collect loop = read(base + "/loop", FetchPolicy.allowingPrivate());
    assertTrue(loop.rejections.get(0).reason().contains("more than 5 redirects"), loop.rejections.toString());
  }

  @Test
  void sizeCapTimeOutAndErrors() {
    FetchPolicy small = new FetchPolicy(true, Duration.ofSeconds(5), Duration.ofSeconds(1), 1 << 20, 5);
    assertTrue(read(base + "/big", small).rejections.get(0).reason().contains("larger than 1 MB"));
    assertTrue(read(base + "/slow", small).rejections.get(0).reason().contains("timed out"));
    assertTrue(read(base + "/missing", small).rejections.get(0).reason().contains("HTTP 404"));
    assertTrue(read("ftp://127.0.0.1/x", small).rejections.get(0).reason().contains("only http and https"));
  }

  @Test
  void privateAddressRanges() throws Exception {
    for (String a : new String[] {"10.1.2.3", "192.168.0.1", "172.16.5.5", "169.254.169.254", "127.0.0.1", "0.0.0.0",
        "100.64.0.1", "::1", "fd00::1", "fe80::1"}) {
      assertTrue(SafeFetcher.isPrivate(InetAddress.getByName(a)), a);
    }
    for (String a : new String[] {"93.184.216.34", "8.8.8.8", "2001:4860:4860::8888"}) {
      assertFalse(SafeFetcher.isPrivate(InetAddress.getByName(a)), a);
    }
  }
}
