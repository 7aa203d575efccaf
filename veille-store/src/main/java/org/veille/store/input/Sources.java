package org.veille.store.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.veille.ingest.ArticleSink;
import org.veille.ingest.Dateline;
import org.veille.ingest.JsonLinesReader;
import org.veille.ingest.ReadOptions;
import org.veille.ingest.Rejection;
import org.veille.model.Article;

/**
 * Every input `veille ingest` accepts, told apart by name: corpus JSON Lines, text files, HTML pages,
 * RSS/Atom feeds, gzip files of those, and http(s) URLs (HTML or feed, by content type). Whatever
 * cannot be read is rejected with one line saying why; the rest goes on.
 */
public final class Sources {
  /** A larger single file is a dump or a mistake; JSON Lines are read a line at a time and have no cap. */
  public static final long MAX_FILE_BYTES = 10L << 20;
  /** A gzip that expands beyond this is refused (a "zip bomb" must not fill the memory). */
  static final long MAX_GUNZIP_BYTES = 256L << 20;

  private final LocalDate published;
  private final String lang;
  private final SafeFetcher fetcher;
  private final Consumer<String> warnings;

  public Sources(LocalDate published, String lang, FetchPolicy policy, Consumer<String> warnings) {
    this.published = published;
    this.lang = lang;
    this.fetcher = new SafeFetcher(policy);
    this.warnings = warnings;
  }

  public void read(String input, ArticleSink sink) {
    String lower = input.toLowerCase(Locale.ROOT);
    if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
      readUrl(input, sink);
      return;
    }
    Path path = Path.of(input);
    if (!Files.isRegularFile(path)) {
      sink.reject(new Rejection(input, 0, Files.exists(path) ? "not a regular file" : "no such file"));
      return;
    }
    try {
      if (isJsonLines(lower)) {
        try (InputStream in = Files.newInputStream(path)) {
          JsonLinesReader.read(input, in, new ReadOptions(published, lang), sink);
        }
        return;
      }
      if (lower.endsWith(".gz")) {
        readBytes(input, lower.substring(0, lower.length() - 3), gunzip(path), sink);
        return;
      }
      long size = Files.size(path);
      if (size > MAX_FILE_BYTES) {
        sink.reject(new Rejection(input, 0, String.format(Locale.ROOT, "file too large (%.1f MB; the limit is %d MB)",
            size / 1048576.0, MAX_FILE_BYTES >> 20)));
        return;
      }
      readBytes(input, lower, Files.readAllBytes(path), sink);
    } catch (IOException e) {
      sink.reject(new Rejection(input, 0, "cannot read: " + e.getMessage()));
    }
  }

  private static boolean isJsonLines(String name) {
    return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json");
  }

  private static byte[] gunzip(Path path) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_GUNZIP_BYTES + 1));
      if (bytes.length > MAX_GUNZIP_BYTES) {
        throw new IOException("expands beyond " + (MAX_GUNZIP_BYTES >> 20) + " MB");
      }
      return bytes;
    } catch (java.io.EOFException e) {
      throw new IOException("truncated gzip file");
    } catch (java.util.zip.ZipException e) {
      throw new IOException("not a valid gzip file (" + e.getMessage() + ")");
    }
  }

  /** Bytes of a file (or of a gunzipped file), read by what the name says. */
  private void readBytes(String source, String name, byte[] bytes, ArticleSink sink) throws IOException {
    if (isJsonLines(name)) {
      JsonLinesReader.read(source, new ByteArrayInputStream(bytes), new ReadOptions(published, lang), sink);
      return;
    }
    if (bytes.length == 0) {
      sink.reject(new Rejection(source, 0, "empty file"));
      return;
    }
    if (TextDecoding.looksBinary(bytes)) {
      sink.reject(new Rejection(source, 0, "binary file, not text"));
      return;
    }
    String id = stem(Path.of(source).getFileName().toString());
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      readHtml(source, id, null, TextDecoding.decode(bytes, null).text(), sink);
    } else if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml")) {
      FeedArticles.read(source, TextDecoding.decode(bytes, null).text(), lang, published, sink, warnings);
    } else {
      readText(source, id, TextDecoding.decode(bytes, null).text(), sink);
    }
  }

  private void readHtml(String source, String id, String url, String html, ArticleSink sink) {
    try {
      sink.accept(HtmlArticles.parse(html, id, url, published, lang));
    } catch (IllegalArgumentException e) {
      sink.reject(new Rejection(source, 0, e.getMessage()));
    }
  }

  private void readText(String source, String id, String text, ArticleSink sink) {
    if (text.isBlank()) {
      sink.reject(new Rejection(source, 0, "empty text"));
      return;
    }
    String language = lang == null || lang.equals("auto") ? Languages.detect(text) : lang;
    LocalDate date = published != null ? published : Dateline.find(text, language);
    String title = text.strip().lines().findFirst().orElse("");
    sink.accept(new Article(id, language, date, title, text, null));
  }

  private void readUrl(String url, ArticleSink sink) {
    SafeFetcher.Fetched page;
    try {
      page = fetcher.fetch(url);
    } catch (IOException e) {
      sink.reject(new Rejection(url, 0, e.getMessage()));
      return;
    }
    String type = page.contentType().toLowerCase(Locale.ROOT);
    String charset = type.contains("charset=") ? type.substring(type.indexOf("charset=") + 8).split("[;\\s]")[0] : null;
    String text = TextDecoding.decode(page.body(), charset).text();
    String head = text.stripLeading();
    boolean feed = type.contains("rss") || type.contains("atom")
        || ((type.contains("xml") || head.startsWith("<?xml")) && (head.contains("<rss") || head.contains("<feed")));
    if (feed) {
      FeedArticles.read(url, text, lang, published, sink, warnings);
    } else if (type.isEmpty() || type.contains("html")) {
      readHtml(url, page.uri().toString(), page.uri().toString(), text, sink);
    } else if (type.startsWith("text/plain")) {
      readText(url, page.uri().toString(), text, sink);
    } else {
      sink.reject(new Rejection(url, 0, "unsupported content type " + page.contentType()));
    }
  }

  private static String stem(String file) {
    String f = file.endsWith(".gz") ? file.substring(0, file.length() - 3) : file;
    int dot = f.lastIndexOf('.');
    return dot > 0 ? f.substring(0, dot) : f;
  }

  /** About how many articles the inputs hold (a line of JSON Lines, one per other input), for the ETA. */
  public long estimate(List<String> inputs) {
    long n = 0;
    for (String input : inputs) {
      if (isJsonLines(input.toLowerCase(Locale.ROOT)) && Files.isRegularFile(Path.of(input))) {
        try (InputStream in = Files.newInputStream(Path.of(input))) {
          n += countLines(in);
        } catch (IOException e) {
          n++;
        }
      } else {
        n++;
      }
    }
    return n;
  }

  private static long countLines(InputStream in) throws IOException {
    byte[] buf = new byte[1 << 16];
    long lines = 0;
    int r;
    while ((r = in.read(buf)) > 0) {
      for (int i = 0; i < r; i++) {
        if (buf[i] == '\n') {
          lines++;
        }
      }
    }
    return Math.max(1, lines);
  }
}
