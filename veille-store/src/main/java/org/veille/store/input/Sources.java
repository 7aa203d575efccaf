package org.veille.store.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.veille.ingest.ArticleSink;
import org.veille.ingest.InputReader;
import org.veille.ingest.ReadOptions;

/**
 * Every input `veille ingest` accepts, told apart by name: corpus JSON Lines and text files (read by
 * the core reader), HTML pages, RSS/Atom feeds, gzip files of those, and http(s) URLs.
 */
public final class Sources {
  private final LocalDate published;
  private final String lang;
  private final FetchPolicy policy;

  public Sources(LocalDate published, String lang, FetchPolicy policy) {
    this.published = published;
    this.lang = lang;
    this.policy = policy;
  }

  public void read(String input, ArticleSink sink) {
    new InputReader(new ReadOptions(published, lang)).read(Path.of(input), sink);
  }

  /** About how many articles the inputs hold (a line of JSON Lines, one per other file), for the ETA. */
  public long estimate(List<String> inputs) {
    long n = 0;
    for (String input : inputs) {
      Path p = Path.of(input.startsWith("http") ? "." : input);
      if (input.endsWith(".jsonl") || input.endsWith(".ndjson") || input.endsWith(".json")) {
        try (InputStream in = Files.newInputStream(p)) {
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
