package org.veille.store;

import java.util.Locale;

/**
 * A page of events for an interactive reader: the filters of {@link EventFilter} plus a party on
 * either side, a modality, a full-text query over the articles that report the event, a page and an
 * order. Null fields do not filter.
 *
 * @param party    a code that must be among the actors or the recipients (either side)
 * @param modality asserted, future, negated or hypothetical
 * @param text     full-text query (Lucene syntax, else plain words) over the reporting articles
 * @param page     0-based page number
 * @param size     events per page, 1 to {@link #MAX_SIZE}
 */
public record EventQuery(EventFilter filter, String party, String modality, String text, int page, int size,
                         Sort sort) {
  public static final int MAX_SIZE = 500;
  /** How many articles a full-text filter considers, best first. */
  public static final int MAX_TEXT_HITS = 1000;

  public EventQuery {
    filter = filter == null ? EventFilter.all() : filter;
    sort = sort == null ? Sort.ID : sort;
    if (page < 0) {
      throw new IllegalArgumentException("page must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
    }
  }

  public static EventQuery of(EventFilter filter) {
    return new EventQuery(filter, null, null, null, 0, 50, Sort.ID);
  }

  /** Orders for a page of events: by store id, date, mentions or Goldstein score, either way. */
  public enum Sort {
    ID("e.id"), ID_DESC("e.id DESC"),
    DATE("e.date NULLS LAST, e.id"), DATE_DESC("e.date DESC NULLS LAST, e.id"),
    MENTIONS("e.num_mentions, e.id"), MENTIONS_DESC("e.num_mentions DESC, e.id"),
    GOLDSTEIN("e.goldstein, e.id"), GOLDSTEIN_DESC("e.goldstein DESC, e.id");

    final String sql;

    Sort(String sql) {
      this.sql = sql;
    }

    /** {@code date}, {@code -date} (descending), {@code id}, {@code mentions}, {@code goldstein}. */
    public static Sort parse(String s) {
      if (s == null || s.isBlank()) {
        return ID;
      }
      boolean desc = s.startsWith("-");
      String name = (desc ? s.substring(1) : s).toUpperCase(Locale.ROOT);
      try {
        return valueOf(desc ? name + "_DESC" : name);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown sort: " + s + " (id, date, mentions, goldstein; - for descending)");
      }
    }
  }
}
