package org.veille.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Corpus JSON Lines: one {@code {id, lang, published, title, text, url}} object a line. A bad line is
 * rejected with its line number and the rest is read.
 */
public final class JsonLinesReader {
  /** Trailing tokens fail: two objects glued on one line must not silently lose the second. */
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonLinesReader() {
  }

  /** Reads raw bytes line by line, so that one badly encoded line is rejected alone. */
  public static void read(String source, java.io.InputStream raw, ReadOptions options, ArticleSink sink)
      throws IOException {
    java.io.BufferedInputStream in = new java.io.BufferedInputStream(raw, 1 << 16);
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream(8192);
    int n = 0;
    int b;
    boolean more = true;
    boolean any = false;
    while (more) {
      b = in.read();
      if (b != -1 && b != '\n') {
        buf.write(b);
        continue;
      }
      more = b != -1;
      if (!more && buf.size() == 0) {
        break;
      }
      n++;
      byte[] bytes = buf.toByteArray();
      buf.reset();
      any |= !isBlank(bytes);
      String line;
      try {
        line = InputReader.decodeUtf8(bytes, source);
      } catch (java.nio.charset.CharacterCodingException e) {
        sink.reject(new Rejection(source, n, "not valid UTF-8"));
        continue;
      }
      handle(source, n, line, options, sink);
    }
    if (!any) {
      sink.reject(new Rejection(source, 0, "empty file: no article"));
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte x : bytes) {
      if (x != ' ' && x != '\t' && x != '\r') {
        return false;
      }
    }
    return true;
  }

  public static void read(String source, BufferedReader in, ReadOptions options, ArticleSink sink)
      throws IOException {
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      handle(source, n, line, options, sink);
    }
  }

  private static void handle(String source, int n, String line, ReadOptions options, ArticleSink sink) {
    {
      if (line.isBlank()) {
        return;
      }
      try {
        JsonNode node = JSON.readTree(line);
        if (node == null || !node.isObject()) {
          sink.reject(new Rejection(source, n, "not a JSON object"));
          return;
        }
        sink.accept(ArticleFields.toArticle(node, source + ":" + n, options));
      } catch (JsonProcessingException e) {
        sink.reject(new Rejection(source, n, "malformed JSON: " + e.getOriginalMessage()));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        sink.reject(new Rejection(source, n, e.getMessage()));
      }
    }
  }

  /** Field checks shared by every JSON input. */
  static final class ArticleFields {
    private ArticleFields() {
    }

    static org.veille.model.Article toArticle(JsonNode node, String where, ReadOptions options) {
      JsonNode text = node.get("text");
      if (text == null || text.isNull()) {
        throw new IllegalArgumentException("missing \"text\"");
      }
      if (!text.isTextual()) {
        throw new IllegalArgumentException("\"text\" is not a string");
      }
      String id = textOr(node, "id", null);
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("missing \"id\"");
      }
      LocalDate published = options.published();
      String date = textOr(node, "published", null);
      if (date != null && !date.isBlank()) {
        try {
          published = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException("invalid \"published\" date: " + date);
        }
      }
      String lang = textOr(node, "lang", null);
      if (lang == null || lang.isBlank()) {
        lang = options.lang().equals("auto") ? LanguageGuess.guess(text.asText()) : options.lang();
      }
      return new org.veille.model.Article(id, lang, published, textOr(node, "title", ""), text.asText(),
          textOr(node, "url", null));
    }

    private static String textOr(JsonNode node, String field, String fallback) {
      JsonNode v = node.get(field);
      return v == null || v.isNull() ? fallback : v.asText();
    }
  }
}
