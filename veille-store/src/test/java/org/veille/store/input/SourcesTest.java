package org.veille.store.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.model.Article;

/** HTML pages, feeds, encodings and gzip, from files written here. */
class SourcesTest {
  static final String PAGE = """
      <!DOCTYPE html>
      <html lang="fr-FR"><head><meta charset="windows-1252">
      <title>Grève à la SNCF | Le Quotidien</title>
      <meta property="og:title" content="Grève à la SNCF">
      <meta property="article:published_time" content="2024-03-05T08:30:00+01:00">
      </head><body>
      <nav><ul><li><a href="/">Accueil</a></li><li><a href="/monde">Monde</a></li></ul></nav>
      <article><h1>Grève à la SNCF</h1>
      <p>Les cheminots ont fait grève mardi à Paris pour protester contre la réforme des retraites, à l'appel
      de l'ensemble des syndicats, selon la direction de l'entreprise publique.</p>
      <p>Le trafic était très perturbé sur les lignes de banlieue, où un train sur trois circulait en moyenne,
      et les usagers ont été invités à reporter leurs déplacements.</p>
      </article>
      <footer>© Le Quotidien – mentions légales</footer></body></html>
      """;

  @TempDir
  Path dir;

  private Collect read(String input) {
    Collect c = new Collect();
    new Sources(null, "auto", FetchPolicy.safe(), c.warnings::add).read(input, c);
    return c;
  }

  @Test
  void htmlInWindows1252GivesTextTitleDateAndLanguage() throws Exception {
    Path page = dir.resolve("greve.html");
    Files.write(page, PAGE.getBytes(Charset.forName("windows-1252")));
    Collect c = read(page.toString());
    assertEquals(1, c.articles.size(), c.rejections.toString());
    Article a = c.articles.get(0);
    assertEquals("greve", a.id());
    assertEquals("fr", a.lang());
    assertEquals(LocalDate.parse("2024-03-05"), a.published());
    assertEquals("Grève à la SNCF", a.title());
    assertTrue(a.text().contains("Les cheminots ont fait grève mardi"), a.text());
    assertTrue(a.text().contains("\n\nLe trafic"), "paragraphs stay apart: " + a.text());
    assertTrue(!a.text().contains("mentions légales") && !a.text().contains("Accueil"), a.text());
  }

  @Test
  void htmlWithoutLangOrMetaDateUsesLinguaAndTimeElement() throws Exception {
    Path page = dir.resolve("en.html");
    Files.writeString(page, "<html><head><title>Tbilisi</title></head><body><article><time datetime=\"2024-12-02\">"
        + "Monday</time><p>Georgian police arrested about twenty protesters in Tbilisi on Monday, the interior "
        + "ministry said, as thousands gathered again in front of the parliament building.</p></article></body></html>");
    Article a = read(page.toString()).articles.get(0);
    assertEquals("en", a.lang());
    assertEquals(LocalDate.parse("2024-12-02"), a.published());
  }

  @Test
  void feedEntriesBecomeArticlesAndABrokenDateIsReported() throws Exception {
    Path feed = dir.resolve("flux.rss");
    Files.writeString(feed, """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Le Quotidien</title><link>https://quotidien.example/</link>
        <description>Dépêches</description><language>fr</language>
        <item><title>Sanctions contre Moscou</title><link>https://quotidien.example/1</link>
          <guid>https://quotidien.example/1</guid><pubDate>Tue, 11 Jun 2024 10:00:00 GMT</pubDate>
          <description>&lt;p&gt;L'Union européenne a imposé mardi de nouvelles sanctions à la Russie.&lt;/p&gt;</description></item>
        <item><title>Expulsion</title><link>https://quotidien.example/2</link>
          <pubDate>mardi dernier vers midi</pubDate>
          <description>La France a expulsé mardi deux diplomates russes.</description></item>
        </channel></rss>
        """);
    Collect c = read(feed.toString());
    assertEquals(2, c.articles.size(), c.rejections.toString());
    assertEquals(LocalDate.parse("2024-06-11"), c.articles.get(0).published());
    assertTrue(c.articles.get(0).text().startsWith("Sanctions contre Moscou\n\nL'Union européenne"));
    assertEquals("https://quotidien.example/1", c.articles.get(0).url());
    assertNull(c.articles.get(1).published());
    assertEquals(1, c.warnings.size());
    assertTrue(c.warnings.get(0).contains("entry 2: unreadable date 'mardi dernier vers midi'"), c.warnings.toString());
  }

  @Test
  void atomFeedsToo() throws Exception {
    Path feed = dir.resolve("flux.atom");
    Files.writeString(feed, """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id><updated>2024-10-01T00:00:00Z</updated>
        <entry><title>Lebanon</title><id>urn:wire:1</id><updated>2024-10-02T09:00:00Z</updated>
        <link href="https://wire.example/1"/><summary>Israel struck the southern suburbs of Beirut on Wednesday, the army said.</summary></entry>
        </feed>
        """);
    Collect c = read(feed.toString());
    assertEquals(1, c.articles.size(), c.rejections.toString());
    assertEquals("urn:wire:1", c.articles.get(0).id());
    assertEquals("en", c.articles.get(0).lang());
    assertEquals(LocalDate.parse("2024-10-02"), c.articles.get(0).published());
  }

  @Test
  void latin1TextAndGzipAreDecoded() throws Exception {
    Path txt = dir.resolve("depeche.txt");
    String text = "Le président sénégalais a reçu mercredi le ministre français à Dakar.";
    Files.write(txt, text.getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(text, read(txt.toString()).articles.get(0).text());

    Path gz = dir.resolve("corpus.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("{\"id\":\"g1\",\"lang\":\"fr\",\"text\":\"Un article compressé.\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    Collect c = read(gz.toString());
    assertEquals("g1", c.articles.get(0).id());
  }

  @Test
  void encodingDetection() {
    byte[] utf8 = "Été à Paris".getBytes(StandardCharsets.UTF_8);
    assertEquals("Été à Paris", TextDecoding.decode(utf8, "iso-8859-1").text(), "valid UTF-8 beats a wrong label");
    byte[] cp1252 = "« Noël » – l’été".getBytes(Charset.forName("windows-1252"));
    assertEquals("« Noël » – l’été", TextDecoding.decode(cp1252, null).text());
    assertEquals("« Noël » – l’été", TextDecoding.decode(cp1252, "ISO-8859-1").text());
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
    assertEquals("a", TextDecoding.decode(bom, null).text());
    byte[] utf16 = "\uFEFFbonjour".getBytes(StandardCharsets.UTF_16LE);
    assertEquals("bonjour", TextDecoding.decode(utf16, null).text());
  }

  @Test
  void languageDetection() {
    assertEquals("fr", Languages.detect("Le gouvernement a annoncé un plan de soutien aux agriculteurs."));
    assertEquals("en", Languages.detect("The government announced a support plan for farmers hit by drought."));
    assertEquals("fr", Languages.normalise("fr-FR"));
    assertNull(Languages.normalise("  "));
  }
}
