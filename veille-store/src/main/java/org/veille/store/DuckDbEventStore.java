package org.veille.store;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.veille.model.Article;
import org.veille.model.Event;
import org.veille.model.Mention;

/**
 * The default store: one DuckDB file ({@code veille.duckdb}) and a Lucene index ({@code lucene/}) in
 * one directory. Ids are the next free number at the time of the transaction, so the same inputs in
 * the same order give the same ids, whether the run was interrupted or not.
 */
public final class DuckDbEventStore implements EventStore {
  public static final Path DEFAULT_DIR = Path.of("veille-data");
  public static final String FILE = "veille.duckdb";

  private final Connection conn;
  private final TextIndex index;
  private final List<long[]> simhashes = new ArrayList<>();
  /** Read connections (duplicates of the writer's database instance), so that readers run in parallel. */
  private final java.util.concurrent.BlockingQueue<Connection> readers;
  private final List<Connection> allReaders = new ArrayList<>();
  private static final int READERS = Math.max(2, Runtime.getRuntime().availableProcessors());

  private DuckDbEventStore(Connection conn, TextIndex index) throws SQLException {
    this.conn = conn;
    this.index = index;
    this.readers = new java.util.concurrent.ArrayBlockingQueue<>(READERS);
    for (int i = 0; i < READERS; i++) {
      Connection c = conn.unwrap(org.duckdb.DuckDBConnection.class).duplicate();
      allReaders.add(c);
      readers.add(c);
    }
  }

  /** Runs a read on a pooled connection: it sees every committed batch. */
  private <T> T read(java.util.function.Function<Connection, T> query) {
    Connection c;
    try {
      c = readers.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for a connection", e);
    }
    try {
      return query.apply(c);
    } finally {
      readers.add(c);
    }
  }

  /** Opens the store in a directory, creating it when missing, and repairs the text index after a crash. */
  public static DuckDbEventStore open(Path dir) {
    Connection conn = null;
    try {
      Files.createDirectories(dir);
      conn = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(FILE).toAbsolutePath());
      try (Statement st = conn.createStatement()) {
        for (String ddl : Schema.DDL) {
          st.execute(ddl);
        }
        st.execute("INSERT OR IGNORE INTO meta VALUES ('schema', '" + Schema.VERSION + "')");
      }
      DuckDbEventStore store = new DuckDbEventStore(conn, new TextIndex(dir.resolve("lucene")));
      store.loadSimhashes();
      store.reconcileIndex();
      return store;
    } catch (SQLException | IOException e) {
      closeQuietly(conn);
      throw new StoreException("cannot open the store in " + dir + ": " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      if (c != null) {
        c.close();
      }
    } catch (SQLException ignored) {
      // already failing: the first error is the one to report
    }
  }

  private void loadSimhashes() throws SQLException {
    simhashes.clear();
    try (Statement st = conn.createStatement();
         ResultSet rs = st.executeQuery("SELECT id, simhash FROM articles WHERE length(text) > 0 ORDER BY id")) {
      while (rs.next()) {
        simhashes.add(new long[] {rs.getLong(1), rs.getLong(2)});
      }
    }
  }

  /**
   * The index is committed after the database, so a crash in between leaves it behind: it is then
   * rebuilt from the articles table, which is the truth.
   */
  private void reconcileIndex() throws SQLException, IOException {
    if (index.size() == count("SELECT count(*) FROM articles")) {
      return;
    }
    index.clear();
    try (Statement st = conn.createStatement();
         ResultSet rs = st.executeQuery("SELECT id, content_hash, lang, text FROM articles ORDER BY id")) {
      while (rs.next()) {
        index.add(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
      }
    }
    index.commit();
  }

  @Override
  public int addArticles(List<StoredArticle> articles) {
    List<Object[]> added = new ArrayList<>();
    List<long[]> newHashes = new ArrayList<>();
    try {
      conn.setAutoCommit(false);
      long nextArticle = count("SELECT coalesce(max(id), 0) + 1 FROM articles");
      long[] nextMention = {count("SELECT coalesce(max(id), 0) + 1 FROM mentions")};
      long[] nextEvent = {count("SELECT coalesce(max(id), 0) + 1 FROM events")};
      Set<Long> touched = new TreeSet<>();
      Set<String> inBatch = new HashSet<>();
      for (StoredArticle sa : articles) {
        if (!inBatch.add(sa.contentHash()) || hasArticle(sa.contentHash())) {
          continue;
        }
        long id = nextArticle++;
        long simhash = SimHash.of(sa.article().text());
        insertArticle(id, sa, simhash);
        linkDuplicates(id, sa.article().text(), simhash, newHashes);
        newHashes.add(new long[] {id, simhash});
        int n = 0;
        for (Event e : sa.events()) {
          n++;
          long eventId = cluster(e, nextEvent);
          insertMentions(e, eventId, id, nextMention);
          touched.add(eventId);
        }
        added.add(new Object[] {id, sa});
      }
      updateCounts(touched);
      conn.commit();
    } catch (SQLException | RuntimeException e) {
      rollback();
      throw new StoreException("could not add " + articles.size() + " articles: " + e.getMessage(), e);
    } finally {
      autoCommit();
    }
    simhashes.addAll(newHashes);
    try {
      for (Object[] a : added) {
        Article art = ((StoredArticle) a[1]).article();
        index.add((Long) a[0], ((StoredArticle) a[1]).contentHash(), art.lang(), art.text());
      }
      index.commit();
    } catch (IOException e) {
      throw new StoreException("articles stored, but the text index failed (rebuilt at next open): "
          + e.getMessage(), e);
    }
    return added.size();
  }

  private void rollback() {
    try {
      conn.rollback();
    } catch (SQLException ignored) {
      // the connection is broken: DuckDB drops the open transaction anyway
    }
  }

  private void autoCommit() {
    try {
      conn.setAutoCommit(true);
    } catch (SQLException ignored) {
      // reported by the next statement
    }
  }

  private void insertArticle(long id, StoredArticle sa, long simhash) throws SQLException {
    Article a = sa.article();
    try (PreparedStatement ps = conn.prepareStatement(
        "INSERT INTO articles VALUES (?, ?, ?, ?, CAST(? AS DATE), ?, ?, ?, ?, ?)")) {
      ps.setLong(1, id);
      ps.setString(2, sa.contentHash());
      ps.setString(3, a.id());
      ps.setString(4, a.lang());
      setNullable(ps, 5, a.published() == null ? null : a.published().toString());
      ps.setString(6, a.title());
      setNullable(ps, 7, a.url());
      ps.setString(8, source(a.url(), id));
      ps.setLong(9, simhash);
      ps.setString(10, a.text());
      ps.executeUpdate();
    }
  }

  /** Distinct sources are distinct web hosts; an article without an address is a source of its own. */
  static String source(String url, long articleId) {
    if (url != null) {
      try {
        String host = URI.create(url.strip()).getHost();
        if (host != null && !host.isBlank()) {
          host = host.toLowerCase(Locale.ROOT);
          return host.startsWith("www.") ? host.substring(4) : host;
        }
      } catch (IllegalArgumentException e) {
        // not a URI: fall through
      }
    }
    return "article:" + articleId;
  }

  private void linkDuplicates(long id, String text, long simhash, List<long[]> batch) throws SQLException {
    if (!SimHash.longEnough(text)) {
      return;
    }
    long[] best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (List<long[]> list : List.of(simhashes, batch)) {
      for (long[] other : list) {
        int d = SimHash.distance(simhash, other[1]);
        if (d <= SimHash.MAX_DISTANCE && d < bestDistance) {
          best = other;
          bestDistance = d;
        }
      }
    }
    if (best != null) {
      try (PreparedStatement ps = conn.prepareStatement("INSERT INTO duplicates VALUES (?, ?, ?)")) {
        ps.setLong(1, id);
        ps.setLong(2, best[0]);
        ps.setInt(3, bestDistance);
        ps.executeUpdate();
      }
    }
  }

  /**
   * The event row this report belongs to: among the events with the same key, the first with the very
   * same date, else the first with a compatible one, else a new event.
   */
  private long cluster(Event e, long[] nextEvent) throws SQLException {
    String key = ClusterRule.key(e);
    Long sameDate = null;
    Long compatible = null;
    String compatibleDate = null;
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT id, date FROM events WHERE cluster_key = ? ORDER BY id")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next() && sameDate == null) {
          String date = rs.getString(2);
          if (java.util.Objects.equals(date, e.date())) {
            sameDate = rs.getLong(1);
          } else if (compatible == null && ClusterRule.datesCompatible(date, e.date())) {
            compatible = rs.getLong(1);
            compatibleDate = date;
          }
        }
      }
    }
    if (sameDate != null) {
      return sameDate;
    }
    if (compatible != null) {
      String refined = ClusterRule.refine(compatibleDate, e.date());
      if (!java.util.Objects.equals(refined, compatibleDate)) {
        try (PreparedStatement ps = conn.prepareStatement("UPDATE events SET date = ? WHERE id = ?")) {
          ps.setString(1, refined);
          ps.setLong(2, compatible);
          ps.executeUpdate();
        }
      }
      return compatible;
    }
    long id = nextEvent[0]++;
    insertEvent(id, key, e);
    return id;
  }

  private void insertEvent(long id, String key, Event e) throws SQLException {
    // GDELT's Actor1/Actor2: for a joint act, the first two parties
    List<org.veille.model.Actor> second = e.symmetric() && e.recipient().isEmpty() && e.actor().size() > 1
        ? e.actor().subList(1, 2) : e.recipient();
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO events VALUES "
        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, NULL, NULL)")) {
      int i = 1;
      ps.setLong(i++, id);
      ps.setString(i++, key);
      ps.setString(i++, e.type());
      setNullable(ps, i++, e.mode());
      setNullable(ps, i++, e.context());
      setNullable(ps, i++, e.cameo());
      ps.setDouble(i++, e.goldstein());
      ps.setInt(i++, e.quadClass());
      ps.setString(i++, e.actor().isEmpty() ? "" : e.actor().get(0).code());
      ps.setString(i++, e.actor().isEmpty() ? "" : nz(e.actor().get(0).sector()));
      ps.setString(i++, second.isEmpty() ? "" : second.get(0).code());
      ps.setString(i++, second.isEmpty() ? "" : nz(second.get(0).sector()));
      ps.setString(i++, Parties.json(e.actor()));
      ps.setString(i++, Parties.json(e.recipient()));
      ps.setString(i++, Parties.codeSet(e.actor()));
      ps.setString(i++, Parties.codeSet(e.recipient()));
      i = bindWhenWhere(ps, i, e);
      ps.executeUpdate();
    }
  }

  /** The columns events and mentions share, in the same order: joint act, date, modality, place. */
  private static int bindWhenWhere(PreparedStatement ps, int i, Event e) throws SQLException {
    ps.setBoolean(i++, e.symmetric());
    setNullable(ps, i++, e.date());
    ps.setString(i++, e.modality().label());
    setNullable(ps, i++, e.location() == null ? null : e.location().name());
    setNullable(ps, i++, e.location() == null ? null : e.location().country());
    return i;
  }

  private void insertMentions(Event e, long eventId, long articleId, long[] nextMention) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO mentions VALUES "
        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      boolean first = true;
      for (Mention m : e.mentions()) {
        int i = 1;
        ps.setLong(i++, nextMention[0]++);
        ps.setLong(i++, eventId);
        ps.setLong(i++, articleId);
        ps.setString(i++, e.id());
        ps.setInt(i++, m.sentence());
        ps.setInt(i++, m.start());
        ps.setInt(i++, m.end());
        ps.setString(i++, m.quote());
        setNullable(ps, i++, first ? e.sentence() : null);
        ps.setString(i++, e.type());
        setNullable(ps, i++, e.mode());
        setNullable(ps, i++, e.context());
        setNullable(ps, i++, e.cameo());
        ps.setDouble(i++, e.goldstein());
        ps.setInt(i++, e.quadClass());
        ps.setString(i++, Parties.json(e.actor()));
        ps.setString(i++, Parties.json(e.recipient()));
        bindWhenWhere(ps, i, e);
        ps.addBatch();
        first = false;
      }
      ps.executeBatch();
    }
  }

  private void updateCounts(Set<Long> eventIds) throws SQLException {
    if (eventIds.isEmpty()) {
      return;
    }
    String ids = eventIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    try (Statement st = conn.createStatement()) {
      st.executeUpdate("UPDATE events SET num_mentions = s.n, num_articles = s.na, num_sources = s.ns, "
          + "first_report = s.f, last_report = s.l FROM (SELECT m.event_id, count(*) AS n, "
          + "count(DISTINCT m.article_id) AS na, count(DISTINCT a.source) AS ns, min(a.published) AS f, "
          + "max(a.published) AS l FROM mentions m JOIN articles a ON a.id = m.article_id "
          + "WHERE m.event_id IN (" + ids + ") GROUP BY m.event_id) s WHERE events.id = s.event_id");
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static void setNullable(PreparedStatement ps, int i, String value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, value);
    }
  }

  private long count(String sql) throws SQLException {
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Override
  public boolean hasArticle(String contentHash) {
    try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM articles WHERE content_hash = ?")) {
      ps.setString(1, contentHash);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot look up an article: " + e.getMessage(), e);
    }
  }

  @Override
  public StoreCounts counts() {
    try {
      return new StoreCounts(count("SELECT count(*) FROM articles"), count("SELECT count(*) FROM mentions"),
          count("SELECT count(*) FROM events"), count("SELECT count(*) FROM duplicates"));
    } catch (SQLException e) {
      throw new StoreException("cannot count: " + e.getMessage(), e);
    }
  }

  static final String EVENT_COLUMNS = "e.id, e.type, e.mode, e.context, e.cameo, e.goldstein, e.quad_class, "
      + "e.actor_code, e.actor_sector, e.recipient_code, e.recipient_sector, e.actors, e.recipients, "
      + "e.\"symmetric\", e.date, e.modality, e.location_name, e.location_country, e.num_mentions, "
      + "e.num_sources, e.num_articles, e.first_report, e.last_report, (SELECT a.url FROM mentions m "
      + "JOIN articles a ON a.id = m.article_id WHERE m.event_id = e.id ORDER BY m.id LIMIT 1) AS source_url";

  @Override
  public List<EventRow> events(EventFilter filter) {
    Where w = Where.of(filter);
    return read(c -> StoreQueries.list(c, "SELECT " + EVENT_COLUMNS + " FROM events e WHERE " + w.sql
        + " ORDER BY e.id", w.params, DuckDbEventStore::eventRow));
  }

  private static EventRow eventRow(ResultSet rs) throws SQLException {
    return new EventRow(rs.getLong(1), rs.getString(2), rs.getString(3),
        rs.getString(4), rs.getString(5), rs.getDouble(6), rs.getInt(7), rs.getString(8), rs.getString(9),
        rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getBoolean(14),
        rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18), rs.getInt(19), rs.getInt(20),
        rs.getInt(21), date(rs.getString(22)), date(rs.getString(23)), rs.getString(24));
  }

  @Override
  public EventPage events(EventQuery q) {
    List<Long> textIds = q.text() == null || q.text().isBlank() ? null
        : index.search(q.text(), EventQuery.MAX_TEXT_HITS).stream().map(TextIndex.Hit::id).toList();
    Where w = Where.of(q, textIds);
    return read(c -> {
      long total = (Long) StoreQueries.table(c, "SELECT count(*) FROM events e WHERE " + w.sql, w.params)
          .rows().get(0).get(0);
      List<Object> params = new ArrayList<>(w.params);
      params.add(q.size());
      params.add((long) q.page() * q.size());
      List<EventRow> rows = StoreQueries.list(c, "SELECT " + EVENT_COLUMNS + " FROM events e WHERE " + w.sql
          + " ORDER BY " + q.sort().sql + " LIMIT ? OFFSET ?", params, DuckDbEventStore::eventRow);
      return new EventPage(total, q.page(), q.size(), rows);
    });
  }

  @Override
  public java.util.Optional<EventRow> event(long id) {
    return read(c -> StoreQueries.list(c, "SELECT " + EVENT_COLUMNS + " FROM events e WHERE e.id = ?",
        List.of(id), DuckDbEventStore::eventRow)).stream().findFirst();
  }

  private static final String MENTION_COLUMNS = "m.id, m.event_id, m.article_id, a.doc_id, m.doc_event, "
      + "m.sentence, m.start_offset, m.end_offset, m.quote, m.sentence_text, m.type, m.modality, m.date, a.url, "
      + "a.source, CAST(a.published AS VARCHAR), length(a.text) FROM mentions m JOIN articles a ON a.id = m.article_id";

  private static MentionRow mentionRow(ResultSet rs) throws SQLException {
    return new MentionRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
        rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getString(10),
        rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
        date(rs.getString(16)), rs.getInt(17));
  }

  @Override
  public List<MentionRow> mentionsOf(long eventId) {
    return read(c -> StoreQueries.list(c, "SELECT " + MENTION_COLUMNS + " WHERE m.event_id = ? ORDER BY m.id",
        List.of(eventId), DuckDbEventStore::mentionRow));
  }

  @Override
  public java.util.Optional<ArticleView> article(long id) {
    return read(c -> {
      List<ArticleView> found = StoreQueries.list(c, "SELECT id, doc_id, lang, CAST(published AS VARCHAR), title, "
          + "url, source, text FROM articles WHERE id = ?", List.of(id), rs -> new ArticleView(rs.getLong(1),
          rs.getString(2), rs.getString(3), date(rs.getString(4)), rs.getString(5), rs.getString(6),
          rs.getString(7), rs.getString(8), List.of()));
      if (found.isEmpty()) {
        return java.util.Optional.<ArticleView>empty();
      }
      ArticleView a = found.get(0);
      List<MentionRow> mentions = StoreQueries.list(c, "SELECT " + MENTION_COLUMNS
          + " WHERE m.article_id = ? ORDER BY m.start_offset, m.id", List.of(id), DuckDbEventStore::mentionRow);
      return java.util.Optional.of(new ArticleView(a.id(), a.docId(), a.lang(), a.published(), a.title(), a.url(),
          a.source(), a.text(), mentions));
    });
  }

  @Override
  public Table timeline(EventFilter filter) {
    Where w = Where.of(filter);
    return read(c -> StoreQueries.table(c, "SELECT coalesce(substr(e.date, 1, 7), 'unknown') AS month, e.type, "
        + "e.quad_class, e.modality, count(*) AS events FROM events e WHERE " + w.sql
        + " GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4", w.params));
  }

  @Override
  public Table actors(EventFilter filter) {
    Where w = Where.of(filter);
    return read(c -> StoreQueries.table(c, "WITH p AS (SELECT e.id, unnest(string_split(trim(e.actor_codes, ';'), "
        + "';')) AS code, 1 AS side FROM events e WHERE " + w.sql + " UNION ALL SELECT e.id, "
        + "unnest(string_split(trim(e.recipient_codes, ';'), ';')) AS code, 2 AS side FROM events e WHERE " + w.sql
        + ") SELECT code, count(DISTINCT id) FILTER (WHERE side = 1) AS as_actor, count(DISTINCT id) FILTER "
        + "(WHERE side = 2) AS as_recipient, count(DISTINCT id) AS events FROM p WHERE code <> '' "
        + "GROUP BY code ORDER BY events DESC, code", concat(w.params, w.params)));
  }

  private static List<Object> concat(List<Object> a, List<Object> b) {
    List<Object> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  @Override
  public Table locations(EventFilter filter) {
    Where w = Where.of(filter);
    return read(c -> StoreQueries.table(c, "SELECT e.location_country AS country, count(*) AS events FROM events e "
        + "WHERE " + w.sql + " AND coalesce(e.location_country, '') <> '' GROUP BY 1 ORDER BY events DESC, country",
        w.params));
  }

  private static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s.substring(0, 10));
  }

  @Override
  public List<MentionRow> mentions(EventFilter filter) {
    Where w = Where.of(filter);
    return read(c -> StoreQueries.list(c, "SELECT " + MENTION_COLUMNS
        + " WHERE m.event_id IN (SELECT e.id FROM events e WHERE " + w.sql + ") ORDER BY m.event_id, m.id",
        w.params, DuckDbEventStore::mentionRow));
  }

  @Override
  public Table dyadByMonth(String actor, String recipient, EventFilter filter) {
    Where w = Where.of(new EventFilter(filter.from(), filter.to(), actor, recipient, filter.type()));
    return read(c -> StoreQueries.table(c, "SELECT coalesce(substr(e.date, 1, 7), 'unknown') AS month, e.type, "
        + "count(*) AS events, sum(e.num_mentions) AS mentions, sum(e.num_articles) AS articles "
        + "FROM events e WHERE " + w.sql + " GROUP BY 1, 2 ORDER BY 1, 2", w.params));
  }

  @Override
  public Table topDyads(EventFilter filter, int limit) {
    Where w = Where.of(filter);
    return read(c -> StoreQueries.table(c, "SELECT e.actor_code AS actor, e.recipient_code AS recipient, "
        + "count(*) AS events, sum(e.num_mentions) AS mentions, round(avg(e.goldstein), 2) AS goldstein "
        + "FROM events e WHERE " + w.sql + " AND e.recipient_code <> '' GROUP BY 1, 2 "
        + "ORDER BY events DESC, mentions DESC, actor, recipient LIMIT " + Math.max(1, limit), w.params));
  }

  @Override
  public List<SearchHit> search(String query, int limit) {
    List<SearchHit> hits = new ArrayList<>();
    for (TextIndex.Hit h : index.search(query, limit)) {
      List<Object> row = read(c -> StoreQueries.table(c, "SELECT doc_id, title, lang, CAST(published AS VARCHAR) "
          + "FROM articles WHERE id = ?", List.of(h.id()))).rows().stream().findFirst().orElse(null);
      if (row != null) {
        hits.add(new SearchHit(h.id(), (String) row.get(0), (String) row.get(1), (String) row.get(2),
            (String) row.get(3), h.score(), h.fragments()));
      }
    }
    return hits;
  }

  @Override
  public List<DuplicateLink> duplicates() {
    return StoreQueries.list(conn, "SELECT article_id, duplicate_of, distance FROM duplicates ORDER BY article_id",
        List.of(), rs -> new DuplicateLink(rs.getLong(1), rs.getLong(2), rs.getInt(3)));
  }

  @Override
  public void exportParquet(EventFilter filter, Path out) {
    Where w = Where.of(filter);
    String select = "SELECT " + EVENT_COLUMNS + " FROM events e WHERE " + w.inline() + " ORDER BY e.id";
    try (Statement st = conn.createStatement()) {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      st.execute("COPY (" + select + ") TO " + Where.literal(out.toAbsolutePath()) + " (FORMAT PARQUET)");
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      index.close();
    } finally {
      allReaders.forEach(DuckDbEventStore::closeQuietly);
      closeQuietly(conn);
    }
  }
}
