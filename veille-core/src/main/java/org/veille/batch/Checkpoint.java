package org.veille.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes an extraction resumable: beside OUT, the file OUT.done lists every document whose records are
 * completely written. Resuming keeps only the records of listed documents (a crash may leave half a
 * document, or half a line) and skips those documents, so the result has no loss and no duplicate.
 */
public final class Checkpoint {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path done;
  private final Set<String> finished = new HashSet<>();

  private Checkpoint(Path done) {
    this.done = done;
  }

  public static Path doneFile(Path out) {
    return out.resolveSibling(out.getFileName() + ".done");
  }

  /** A fresh run: no previous output counts. */
  public static Checkpoint fresh(Path out) throws IOException {
    Files.deleteIfExists(doneFile(out));
    Files.deleteIfExists(out);
    return new Checkpoint(doneFile(out));
  }

  /** Resume: trims OUT to the records of finished documents and remembers them. */
  public static Checkpoint resume(Path out) throws IOException {
    Checkpoint c = new Checkpoint(doneFile(out));
    if (Files.exists(c.done)) {
      // only whole lines count: a crash while appending may leave "doc-1" of "doc-12\n"
      List<String> lines = completeLines(Files.readAllBytes(c.done));
      for (String line : lines) {
        if (!line.isBlank()) {
          c.finished.add(line.strip());
        }
      }
    }
    if (Files.exists(out)) {
      Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
      try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        for (String line : completeLines(Files.readAllBytes(out))) {
          String doc = docIdOf(line);
          if (doc != null && c.finished.contains(doc)) {
            w.write(line);
            w.newLine();
          }
        }
      }
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    return c;
  }

  /**
   * The newline-terminated lines of a file. The text is decoded leniently: a crash may cut a line
   * inside a multi-byte character, and that line is dropped anyway.
   */
  private static List<String> completeLines(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    int last = text.lastIndexOf('\n');
    return last < 0 ? List.of() : text.substring(0, last).lines().toList();
  }

  private static String docIdOf(String line) {
    try {
      JsonNode n = JSON.readTree(line);
      return n != null && n.hasNonNull("doc_id") ? n.get("doc_id").asText() : null;
    } catch (IOException e) {
      return null; // a line cut short by the crash
    }
  }

  public boolean isDone(String docId) {
    return finished.contains(docId);
  }

  /** Records documents as finished, after their records have been flushed. */
  public void markDone(List<String> docIds) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (String id : docIds) {
      sb.append(id).append('\n');
      finished.add(id);
    }
    Files.writeString(done, sb, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
