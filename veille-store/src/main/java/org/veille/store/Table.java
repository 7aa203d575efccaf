package org.veille.store;

import java.util.List;

/** A small query result: column names and rows of values (String, Long, Double, Boolean or null). */
public record Table(List<String> columns, List<List<Object>> rows) {
  public Table {
    columns = List.copyOf(columns);
    rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
  }
}
