package org.veille.actors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * Streams the entities of a Wikidata JSON dump ({@code latest-all.json} or {@code .json.gz}):
 * a JSON array written one entity a line ({@code [}, then {@code {...},} lines, then {@code ]}).
 * Only one line is held at a time. Brackets, blank lines and the trailing comma are skipped; a
 * line that is not a JSON object with an {@code id} is reported with its line number and
 * skipped. Gzip input is recognised by its magic number, whatever the file is called.
 */
public final class WikidataDump {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** What a read saw: lines, entities handed on, lines rejected. */
  public record Counts(long lines, long entities, long rejected) {}

  private final Path file;

  public WikidataDump(Path file) {
    this.file = file;
  }

  public Path file() {
    return file;
  }

  /** Reads every entity and reports every malformed line to {@code errors}. */
  public Counts read(Consumer<WikidataEntity> entities, Consumer<String> errors) throws IOException {
    return read(line -> true, entities, errors);
  }

  /**
   * Reads the entities whose line passes {@code worthParsing} (a cheap text test that spares
   * parsing lines that cannot matter; lines it refuses are neither parsed nor checked).
   * Malformed lines are reported to {@code errors} as "FILE:LINE: message".
   */
  public Counts read(Predicate<String> worthParsing, Consumer<WikidataEntity> entities,
                     Consumer<String> errors) throws IOException {
    long lines = 0;
    long read = 0;
    long rejected = 0;
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(open(file), StandardCharsets.UTF_8), 1 << 16)) {
      String raw;
      while ((raw = r.readLine()) != null) {
        lines++;
        String line = entityText(raw);
        if (line.isEmpty() || !worthParsing.test(line)) continue;
        String problem;
        try {
          JsonNode node = JSON.readTree(line);
          if (node != null && node.isObject() && node.path("id").isTextual()) {
            read++;
            entities.accept(new WikidataEntity(node));
            continue;
          }
          problem = node != null && node.isObject() ? "entity without an id" : "not a JSON object";
        } catch (JsonProcessingException e) {
          String what = e.getOriginalMessage().replaceAll("\\s*\\(start marker at .*", "")
              .replaceAll("\\s*\\R.*", "");
          problem = "malformed JSON" + (e.getLocation() != null && e.getLocation().getColumnNr() > 0
              ? " at column " + e.getLocation().getColumnNr() : "") + ": " + what;
        }
        rejected++;
        errors.accept(file + ":" + lines + ": " + problem);
      }
    }
    return new Counts(lines, read, rejected);
  }

  /** The line without the array's brackets, surrounding blanks and the trailing comma. */
  static String entityText(String raw) {
    String s = raw.strip();
    if (s.startsWith("\uFEFF")) s = s.substring(1).strip();
    if (s.startsWith("[")) s = s.substring(1).strip();
    if (s.endsWith("]")) s = s.substring(0, s.length() - 1).strip();
    if (s.endsWith(",")) s = s.substring(0, s.length() - 1).strip();
    return s;
  }

  /** The file's bytes, gunzipped when they start with gzip's magic number. */
  static InputStream open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    in.mark(3);
    int b0 = in.read();
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    if (b0 == 0x1f && b1 == 0x8b) return new GZIPInputStream(in, 1 << 16);
    if (b0 == 'B' && b1 == 'Z' && b2 == 'h') {
      in.close();
      throw new IOException(file + ": bzip2 is not supported: decompress it, or use the .json.gz dump");
    }
    return in;
  }
}
