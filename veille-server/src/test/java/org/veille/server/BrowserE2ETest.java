package org.veille.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.Veille;
import org.veille.ingest.ArticleSink;
import org.veille.ingest.JsonLinesReader;
import org.veille.ingest.ReadOptions;
import org.veille.ingest.Rejection;
import org.veille.model.Article;
import org.veille.store.EventStore;
import org.veille.store.StoredArticle;

/**
 * The dashboard in a real browser (Debian's chromium, driven by playwright-core from dashboard/): the
 * sample corpus coded by the real pipeline plus a hostile article, served on a free loopback port.
 * Skipped, with a message, when /usr/bin/chromium is absent (.ci/run installs it).
 */
class BrowserE2ETest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final String HOSTILE = "<script>window.__pwned=1</script>";
  static final String HOSTILE_IMG = "<img src=x onerror=\"window.__pwned=1\">";

  @TempDir
  Path dir;

  @Test
  void dashboardShowsTheDyadTheEvidenceAndRendersAHostileArticleAsText() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "SKIPPED: no /usr/bin/chromium (apt-get install -y chromium) — "
        + "browser tests not run");
    assumeTrue(onPath("node"), "SKIPPED: no node on PATH — browser tests not run");
    Path dashboard = Path.of(System.getProperty("dashboard.dir", "../dashboard"));
    assertTrue(Files.isDirectory(dashboard.resolve("node_modules/playwright-core")),
        "dashboard/node_modules missing: the Maven build runs npm ci");
    assertTrue(VeilleServer.class.getResource("/static/index.html") != null, "dashboard not built into /static");

    try (EventStore store = EventStore.open(dir.resolve("store"))) {
      Veille veille = Veille.builder().lang("fr").build();
      List<StoredArticle> items = new ArrayList<>();
      for (Article a : samples()) {
        items.add(StoredArticle.of(a, veille.process(a).events()));
      }
      Article hostile = new Article("hostile-1", "fr", LocalDate.parse("2024-05-02"), "Piège " + HOSTILE,
          "Article piégé zorglub. " + HOSTILE + " Puis " + HOSTILE_IMG + " Fin du texte.", "javascript:alert(1)");
      items.add(StoredArticle.of(hostile, veille.process(hostile).events()));
      store.addArticles(items);

      try (VeilleServer server = VeilleServer.create(store, a -> {
        throw new IllegalStateException("read-only test");
      }, new ServerConfig("127.0.0.1", 0, null)).start()) {
        Path shots = Path.of("target", "e2e").toAbsolutePath();
        Path log = dir.resolve("e2e.log");
        Process p = new ProcessBuilder("node", "tests/e2e.mjs", "http://127.0.0.1:" + server.port() + "/",
            shots.toString()).directory(dashboard.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
            .start();
        boolean done = p.waitFor(180, TimeUnit.SECONDS);
        if (!done) {
          p.destroyForcibly();
        }
        String out = Files.readString(log);
        System.out.println("--- dashboard/tests/e2e.mjs\n" + out);
        assertTrue(done, "browser test timed out\n" + out);
        assertEquals(0, p.exitValue(), "browser test failed:\n" + out);
      }
    }
  }

  private static List<Article> samples() throws IOException {
    Path file = Path.of(System.getProperty("samples.file", "../samples/fr/dispatches.jsonl"));
    List<Article> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      JsonLinesReader.read(file.toString(), in, ReadOptions.defaults(), new ArticleSink() {
        @Override
        public void accept(Article article) {
          out.add(article);
        }

        @Override
        public void reject(Rejection rejection) {
          throw new IllegalStateException(rejection.toString());
        }
      });
    }
    return out;
  }

  private static boolean onPath(String exe) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, exe))) {
        return true;
      }
    }
    return false;
  }
}
