package org.veille.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veille.store.Table;

/** Prints a query result as aligned columns (numbers to the right) or as JSON Lines. */
final class TextTable {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Longer cells are cut: a quote should not push every other column off the screen. */
  private static final int MAX_WIDTH = 60;

  private TextTable() {
  }

  static void print(Table t, boolean json, PrintStream out) {
    if (json) {
      for (List<Object> row : t.rows()) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < t.columns().size(); i++) {
          m.put(t.columns().get(i), row.get(i));
        }
        out.println(write(m));
      }
      return;
    }
    int n = t.columns().size();
    int[] width = new int[n];
    boolean[] numeric = new boolean[n];
    List<List<String>> cells = new ArrayList<>();
    for (List<Object> row : t.rows()) {
      List<String> line = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Object v = row.get(i);
        numeric[i] |= v instanceof Number;
        line.add(cell(v));
      }
      cells.add(line);
    }
    for (int i = 0; i < n; i++) {
      width[i] = t.columns().get(i).length();
      for (List<String> line : cells) {
        width[i] = Math.max(width[i], line.get(i).length());
      }
    }
    out.println(format(t.columns(), width, numeric));
    for (List<String> line : cells) {
      out.println(format(line, width, numeric));
    }
    if (cells.isEmpty()) {
      out.println("(nothing)");
    }
  }

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String cell(Object v) {
    String s = v == null ? "" : v.toString().replaceAll("\\s+", " ");
    return s.length() > MAX_WIDTH ? s.substring(0, MAX_WIDTH - 1) + "…" : s;
  }

  private static String format(List<String> values, int[] width, boolean[] numeric) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      String pad = " ".repeat(width[i] - v.length());
      sb.append(numeric[i] ? pad + v : v + (i == values.size() - 1 ? "" : pad));
      if (i < values.size() - 1) {
        sb.append("  ");
      }
    }
    return sb.toString().stripTrailing();
  }
}
