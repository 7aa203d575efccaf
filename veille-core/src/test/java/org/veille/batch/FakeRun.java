package org.veille.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.veille.io.EventJson;
import org.veille.model.Actor;
import org.veille.model.Article;
import org.veille.model.Document;
import org.veille.model.Event;
import org.veille.model.Mention;
import org.veille.model.Modality;

/** A pipeline without CoreNLP and a writer like the CLI's, for batch tests. */
final class FakeRun {
  private static final ObjectMapper JSON = new ObjectMapper();

  private FakeRun() {
  }

  static List<Article> articles(int n) {
    List<Article> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(new Article("doc-" + i, "fr", null, "", "Texte numéro " + i + " : la police a arrêté des manifestants.",
          null));
    }
    return out;
  }

  /** Document i has (i % 3) + 1 events: some documents write several lines. */
  static Document process(Article a) {
    int n = Integer.parseInt(a.id().substring(a.id().indexOf('-') + 1));
    List<Event> events = new ArrayList<>();
    for (int k = 1; k <= n % 3 + 1; k++) {
      events.add(new Event(a.id() + "#" + k, a.id(), "COERCE", "arrest", "legal", "173", -5.0, 4,
          List.of(new Actor("FRA", "COP", "la police")), List.of(new Actor("FRA", "CVL", "des manifestants")),
          false, "2024-0" + (k % 9 + 1), Modality.ASSERTED, null,
          List.of(new Mention(0, 0, 9, "Texte numé")), a.text(), "p" + k, List.of("arrêter"), ""));
    }
    return Document.of(a).withEvents(events);
  }

  static BatchProcessor.ChunkWriter writerTo(Path out) {
    return docs -> {
      StringBuilder sb = new StringBuilder();
      for (Document d : docs) {
        for (Event e : d.events()) {
          sb.append(JSON.writeValueAsString(EventJson.toMap(e, false))).append('\n');
        }
      }
      Files.writeString(out, sb, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    };
  }

  static List<String> lines(Document d) throws IOException {
    List<String> out = new ArrayList<>();
    for (Event e : d.events()) {
      out.add(JSON.writeValueAsString(EventJson.toMap(e, false)));
    }
    return out;
  }

  /** Runs all articles to OUT without interruption and returns OUT's lines. */
  static List<String> uninterrupted(Path out, List<Article> articles, Function<Article, Document> pipeline,
                                    int threads) throws IOException {
    Checkpoint c = Checkpoint.fresh(out);
    try (BatchProcessor b = new BatchProcessor(pipeline, threads, writerTo(out), r -> {
      throw new AssertionError("unexpected rejection " + r);
    }, c)) {
      articles.forEach(b::accept);
    }
    return Files.readAllLines(out);
  }

  static String idOf(String line) {
    try {
      return JSON.readTree(line).get("id").asText();
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }
}
