package org.veille.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of one of the ontology's tab-separated tables. Comment ('#') and blank lines are skipped.
 * A row may stop early when its last cells are empty, because editors strip trailing tabs; it is
 * padded back to the full width so callers can index every column.
 */
final class TsvTable {

  /** One data row, with the line number kept for error messages. */
  record Row(String source, int line, List<String> cells) {
    String get(int column) {
      return cells.get(column);
    }

    IllegalStateException error(String message) {
      return new IllegalStateException(source + ":" + line + ": " + message);
    }
  }

  private TsvTable() {
  }

  static List<Row> read(String source, Reader reader, int minColumns, int maxColumns) {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(reader)) {
      int lineNo = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.endsWith("\r")) {
          line = line.substring(0, line.length() - 1);
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length < minColumns || cells.length > maxColumns) {
          throw new IllegalStateException(source + ":" + lineNo + ": expected " + minColumns + " to "
              + maxColumns + " tab-separated columns, found " + cells.length);
        }
        List<String> padded = new ArrayList<>(maxColumns);
        for (String cell : cells) {
          padded.add(cell.strip());
        }
        while (padded.size() < maxColumns) {
          padded.add("");
        }
        rows.add(new Row(source, lineNo, List.copyOf(padded)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    return rows;
  }

  /** Opens a table shipped next to this class on the class path. */
  static Reader resource(String name) {
    InputStream in = TsvTable.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource org/veille/coding/" + name);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  static List<String> splitList(String cell, String separator) {
    if (cell.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(cell.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
