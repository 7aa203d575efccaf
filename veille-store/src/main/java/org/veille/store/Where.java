package org.veille.store;

import java.util.ArrayList;
import java.util.List;

/** A SQL condition over the events table (alias e) built from a filter, with its parameters. */
final class Where {
  final String sql;
  final List<Object> params;

  private Where(String sql, List<Object> params) {
    this.sql = sql;
    this.params = List.copyOf(params);
  }

  static Where of(EventFilter f) {
    List<String> parts = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    String day = Schema.firstDay("e.date");
    if (f.from() != null) {
      parts.add(day + " >= CAST(? AS DATE)");
      params.add(f.from().toString());
    }
    if (f.to() != null) {
      parts.add(day + " <= CAST(? AS DATE)");
      params.add(f.to().toString());
    }
    if (f.actor() != null) {
      parts.add("e.actor_codes LIKE ?");
      params.add("%;" + f.actor() + ";%");
    }
    if (f.recipient() != null) {
      // a symmetric event has no recipient: every party acts, so any of them matches
      parts.add("(e.recipient_codes LIKE ? OR (e.\"symmetric\" AND e.actor_codes LIKE ?))");
      params.add("%;" + f.recipient() + ";%");
      params.add("%;" + f.recipient() + ";%");
    }
    if (f.type() != null) {
      parts.add("e.type = ?");
      params.add(f.type());
    }
    return new Where(parts.isEmpty() ? "TRUE" : String.join(" AND ", parts), params);
  }

  /** The filter's condition, plus either-side party, modality and the articles a full-text query found. */
  static Where of(EventQuery q, List<Long> textArticleIds) {
    Where base = of(q.filter());
    List<String> parts = new ArrayList<>(List.of(base.sql));
    List<Object> params = new ArrayList<>(base.params);
    if (q.party() != null) {
      parts.add("(e.actor_codes LIKE ? OR e.recipient_codes LIKE ?)");
      params.add("%;" + q.party() + ";%");
      params.add("%;" + q.party() + ";%");
    }
    if (q.modality() != null) {
      parts.add("e.modality = ?");
      params.add(q.modality());
    }
    if (textArticleIds != null) {
      if (textArticleIds.isEmpty()) {
        parts.add("FALSE");
      } else {
        parts.add("e.id IN (SELECT m.event_id FROM mentions m WHERE m.article_id IN ("
            + String.join(",", textArticleIds.stream().map(String::valueOf).toList()) + "))");
      }
    }
    return new Where(String.join(" AND ", parts), params);
  }

  /** The condition with its values written in, for statements that take no parameters (COPY). */
  String inline() {
    StringBuilder sb = new StringBuilder();
    int p = 0;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      sb.append(c == '?' ? literal(params.get(p++)) : String.valueOf(c));
    }
    return sb.toString();
  }

  static String literal(Object value) {
    return "'" + value.toString().replace("'", "''") + "'";
  }
}
