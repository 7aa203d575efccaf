package org.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Hostile files made here: each gets one clear line, the good ones are stored, the store stays whole. */
class HostileIngestTest {
  @TempDir
  Path dir;

  private Path write(String name, byte[] bytes) throws Exception {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void badFilesAreReportedAndTheRestIsIngested() throws Exception {
    List<String> inputs = new ArrayList<>();
    byte[] binary = new byte[4096];
    new java.util.Random(7).nextBytes(binary);
    binary[10] = 0;
    inputs.add(write("image.txt", binary).toString());

    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz)) {
      out.write(utf8("{\"id\":\"z1\",\"text\":\"La police a arrêté lundi un opposant à Moscou.\"}\n".repeat(200)));
    }
    inputs.add(write("cut.jsonl.gz", Arrays.copyOf(gz.toByteArray(), gz.size() / 2)).toString());

    byte[] bad = utf8("{\"id\":\"u1\",\"lang\":\"fr\",\"text\":\"caf\u00e9 XX\"}\n"
        + "{\"id\":\"u2\",\"lang\":\"fr\",\"published\":\"2024-10-22\",\"text\":\"La police russe a arrêté mardi un "
        + "opposant à Moscou.\"}\n");
    int x = new String(bad, StandardCharsets.ISO_8859_1).indexOf("XX");
    bad[x] = (byte) 0xC3;
    bad[x + 1] = (byte) 0x28; // not a continuation byte
    inputs.add(write("mixed.jsonl", bad).toString());

    String huge = "Un été très chaud à Paris. ".repeat(20 * 1024 * 1024 / 30); // 20 MB of UTF-8
    inputs.add(write("huge.jsonl", utf8("{\"id\":\"huge\",\"lang\":\"fr\",\"text\":\"" + huge + "\"}\n")).toString());
    inputs.add(write("empty.txt", new byte[0]).toString());
    inputs.add(write("broken.jsonl", utf8("{\"id\":\"b1\",\"text\":\"sans fin\"\n")).toString());
    inputs.add(write("broken.html", utf8("<html><body><div><p></div><script>var x = 1;</script>")).toString());
    inputs.add(write("dates.rss", utf8("""
        <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>f</title><link>https://f.example/</link>
        <description>d</description><language>fr</language>
        <item><title>Sahel</title><link>https://f.example/1</link><pubDate>le 31 du mois prochain</pubDate>
        <description>La France a retiré ses troupes du Niger, a annoncé mercredi l'état-major.</description></item>
        <item><title>Liban</title><link>https://f.example/2</link><pubDate>Wed, 02 Oct 2024 10:00:00 GMT</pubDate>
        <description>Israël a bombardé mercredi la banlieue sud de Beyrouth.</description></item>
        </channel></rss>""")).toString());
    inputs.add(write("good.txt", utf8("Grève\n\n5 mars 2024 . –\nLes cheminots ont fait grève mardi à Paris.")).toString());
    inputs.add(dir.resolve("missing.jsonl").toString());

    Path store = dir.resolve("store");
    List<String> args = new ArrayList<>(List.of("ingest", "--store", store.toString(), "--threads", "1"));
    args.addAll(inputs);
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertEquals(2, r.code(), r.err());
    String err = r.err();
    assertTrue(err.contains("image.txt: binary file, not text"), err);
    assertTrue(err.contains("cut.jsonl.gz: cannot read: truncated gzip file"), err);
    assertTrue(err.contains("mixed.jsonl:1: not valid UTF-8"), err);
    assertTrue(err.contains("huge: text too long"), err);
    assertTrue(err.contains("empty.txt: empty file"), err);
    assertTrue(err.contains("broken.jsonl:1: malformed JSON"), err);
    assertTrue(err.contains("broken.html: no article text found in the HTML"), err);
    assertTrue(err.contains("dates.rss: entry 1: unreadable date 'le 31 du mois prochain'"), err);
    assertTrue(err.contains("missing.jsonl: no such file"), err);
    for (String line : err.split("\n")) {
      assertTrue(line.length() < 300, "one short line each: " + line);
    }
    assertTrue(err.contains("4 articles added, 0 already stored, 8 rejected"), err);

    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store.resolve("veille.duckdb"));
         Statement st = c.createStatement()) {
      assertEquals(4, count(st, "SELECT count(*) FROM articles"));
      assertEquals(0, count(st, "SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles) "
          + "OR event_id NOT IN (SELECT id FROM events)"));
      assertEquals(0, count(st, "SELECT count(*) FROM events e WHERE num_mentions <> "
          + "(SELECT count(*) FROM mentions m WHERE m.event_id = e.id)"));
    }
    Cli.Result again = Cli.run(args.toArray(String[]::new));
    assertTrue(again.err().contains("0 articles added, 4 already stored, 8 rejected"), again.err());
  }

  private static long count(Statement st, String sql) throws Exception {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
