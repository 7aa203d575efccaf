package org.veille.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated data files: '#' starts a comment (at line start or after white
 * space), columns are separated by tabs, alternatives inside a column by '|'.
 */
final class DataFile {
  private DataFile() {}

  /** Rows of columns (trimmed); missing trailing columns are returned as empty strings. */
  static List<String[]> rows(String resource, int columns) {
    InputStream in = DataFile.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) throw new IllegalStateException("missing resource " + resource);
    return rows(new InputStreamReader(in, StandardCharsets.UTF_8), columns);
  }

  /** The same, from a file on disk (UTF-8). */
  static List<String[]> rows(Path file, int columns) {
    try {
      return rows(Files.newBufferedReader(file, StandardCharsets.UTF_8), columns);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static List<String[]> rows(Reader reader, int columns) {
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(reader)) {
      String line;
      while ((line = r.readLine()) != null) {
        line = stripComment(line);
        if (line.isBlank()) continue;
        String[] raw = line.split("\t");
        String[] cols = new String[columns];
        for (int k = 0; k < columns; k++) {
          cols[k] = k < raw.length ? raw[k].trim() : "";
          if (cols[k].equals("-")) cols[k] = "";
        }
        out.add(cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static List<String> alternatives(String column) {
    List<String> out = new ArrayList<>();
    for (String s : column.split("\\|")) {
      if (!s.isBlank()) out.add(s.trim());
    }
    return out;
  }

  private static String stripComment(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return line.substring(0, i);
      }
    }
    return line;
  }
}
