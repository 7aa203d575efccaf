package org.veille.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Read queries with parameters, mapped to records or to a {@link Table}. */
final class StoreQueries {
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private StoreQueries() {
  }

  static <T> List<T> list(Connection conn, String sql, List<Object> params, RowMapper<T> mapper) {
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      List<T> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(mapper.map(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("query failed: " + e.getMessage(), e);
    }
  }

  static Table table(Connection conn, String sql, List<Object> params) {
    List<String> columns = new ArrayList<>();
    List<List<Object>> rows = list(conn, sql, params, rs -> {
      ResultSetMetaData md = rs.getMetaData();
      if (columns.isEmpty()) {
        for (int i = 1; i <= md.getColumnCount(); i++) {
          columns.add(md.getColumnLabel(i));
        }
      }
      List<Object> row = new ArrayList<>();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        Object v = rs.getObject(i);
        row.add(v == null || v instanceof String || v instanceof Boolean ? v
            : v instanceof Float || v instanceof Double || v instanceof java.math.BigDecimal
                ? (Object) ((Number) v).doubleValue()
            : v instanceof Number ? (Object) ((Number) v).longValue() : v.toString());
      }
      return row;
    });
    if (columns.isEmpty()) {
      // no row: the column names still come from the statement
      try (PreparedStatement ps = conn.prepareStatement(sql)) {
        ResultSetMetaData md = ps.getMetaData();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          columns.add(md.getColumnLabel(i));
        }
      } catch (SQLException e) {
        throw new StoreException("query failed: " + e.getMessage(), e);
      }
    }
    return new Table(columns, rows);
  }
}
