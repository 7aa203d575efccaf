package org.veille.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every row of every table of a store, as text in a fixed order, to compare two stores. */
final class StoreDump {
  private StoreDump() {
  }

  static Map<String, List<String>> of(Path storeDir) throws Exception {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    java.util.Properties readOnly = new java.util.Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + storeDir.resolve("veille.duckdb"), readOnly);
         Statement st = c.createStatement()) {
      for (String table : List.of("articles", "events", "mentions", "duplicates")) {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY ALL")) {
          ResultSetMetaData md = rs.getMetaData();
          while (rs.next()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i <= md.getColumnCount(); i++) {
              sb.append(md.getColumnLabel(i)).append('=').append(rs.getString(i)).append('\t');
            }
            rows.add(sb.toString());
          }
        }
        tables.put(table, rows);
      }
    }
    return tables;
  }
}
