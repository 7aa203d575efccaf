package org.veille.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.veille.model.Article;

/**
 * Reads every kind of input the CLI accepts: corpus JSON Lines ({@code .jsonl}/{@code .json}), plain
 * text files (one article each, id = file name), and standard input (either form, told apart by the
 * first character). Whatever cannot be read is rejected with a clear reason; the rest goes on.
 */
public final class InputReader {
  private final ReadOptions options;

  public InputReader(ReadOptions options) {
    this.options = options;
  }

  public void read(Path path, ArticleSink sink) {
    String name = path.toString();
    if (!Files.isRegularFile(path)) {
      sink.reject(new Rejection(name, 0, Files.exists(path) ? "not a regular file" : "no such file"));
      return;
    }
    if (!Files.isReadable(path)) {
      sink.reject(new Rejection(name, 0, "not readable"));
      return;
    }
    try {
      if (name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson")) {
        try (InputStream in = Files.newInputStream(path)) {
          JsonLinesReader.read(name, in, options, sink);
        }
      } else {
        String text = decodeUtf8(Files.readAllBytes(path), name);
        readText(name, stem(path), text, sink);
      }
    } catch (CharacterCodingException e) {
      sink.reject(new Rejection(name, 0, "not UTF-8 text (convert it, e.g. iconv -f latin1 -t utf-8)"));
    } catch (IOException e) {
      sink.reject(new Rejection(name, 0, "cannot read: " + e.getMessage()));
    }
  }

  /** Standard input: JSON Lines when the first non-blank character is "{", else one text article. */
  public void readStdin(InputStream stdin, ArticleSink sink) {
    try {
      byte[] bytes = stdin.readAllBytes();
      int i = 0;
      if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
        i = 3;
      }
      while (i < bytes.length && Character.isWhitespace(bytes[i])) {
        i++;
      }
      if (i < bytes.length && bytes[i] == '{') {
        JsonLinesReader.read("<stdin>", new java.io.ByteArrayInputStream(bytes), options, sink);
      } else {
        readText("<stdin>", "stdin", decodeUtf8(bytes, "<stdin>"), sink);
      }
    } catch (CharacterCodingException e) {
      sink.reject(new Rejection("<stdin>", 0, "not UTF-8 text"));
    } catch (IOException e) {
      sink.reject(new Rejection("<stdin>", 0, "cannot read: " + e.getMessage()));
    }
  }

  private void readText(String source, String id, String text, ArticleSink sink) {
    if (text.isBlank()) {
      sink.reject(new Rejection(source, 0, "empty text"));
      return;
    }
    String lang = options.lang().equals("auto") ? LanguageGuess.guess(text) : options.lang();
    LocalDate published = options.published() != null ? options.published() : Dateline.find(text, lang);
    String title = text.strip().lines().findFirst().orElse("");
    sink.accept(new Article(id, lang, published, title, text, null));
  }

  private static String stem(Path path) {
    String file = path.getFileName().toString();
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }

  static String decodeUtf8(byte[] bytes, String source) throws CharacterCodingException {
    int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0; // a byte-order mark is not part of the text
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom)).toString();
  }
}
