package org.veille.store;

import java.nio.file.Path;
import java.util.List;

/**
 * Where ingested articles, their event mentions and the cross-article events live. A backend keeps
 * every {@link #addArticles} call atomic: after a crash, a batch is either wholly there or not at all,
 * so re-running the same ingest converges to the same content. {@code EventStoreContract} is the test
 * every backend must pass.
 */
public interface EventStore extends AutoCloseable {
  /** Opens the default backend (DuckDB) in a directory, creating the store when missing. */
  static EventStore open(Path dir) {
    return DuckDbEventStore.open(dir);
  }

  /**
   * Adds articles with their processed events in one transaction and clusters the events with what
   * the store already holds. Articles whose content hash is already stored are skipped.
   *
   * @return how many articles were new
   */
  int addArticles(List<StoredArticle> articles);

  default int addArticle(StoredArticle article) {
    return addArticles(List.of(article));
  }

  boolean hasArticle(String contentHash);

  StoreCounts counts();

  /** Cross-article events matching the filter, by id. */
  List<EventRow> events(EventFilter filter);

  /** Every mention of the events matching the filter, by event then mention id. */
  List<MentionRow> mentions(EventFilter filter);

  /** Events between two parties, counted by month (or the year, or "unknown", when the date is coarser). */
  Table dyadByMonth(String actor, String recipient, EventFilter filter);

  /** The commonest actor-recipient pairs. */
  Table topDyads(EventFilter filter, int limit);

  /** A page of events for the query, with the total count, in the query's order. */
  EventPage events(EventQuery query);

  /** One event by store id. */
  java.util.Optional<EventRow> event(long id);

  /** Every mention of one event, with sentence, span and quote, by mention id. */
  List<MentionRow> mentionsOf(long eventId);

  /** One article with its text and every event mention found in it. */
  java.util.Optional<ArticleView> article(long id);

  /**
   * Events counted by month (or year, or "unknown"), type, QuadClass and modality: columns {@code month,
   * type, quad_class, modality, events}.
   */
  Table timeline(EventFilter filter);

  /** Party codes seen, with the events they are in on either side: {@code code, as_actor, as_recipient, events}. */
  Table actors(EventFilter filter);

  /** Events by location country (ISO alpha-3): {@code country, events}; events without a place fall out. */
  Table locations(EventFilter filter);

  /** Full-text search over article text, best first, with highlighted fragments. */
  List<SearchHit> search(String query, int limit);

  /** Pairs of stored articles that are near-duplicates (wire copies, updated versions). */
  List<DuplicateLink> duplicates();

  /** Writes the events matching the filter as a Parquet file (the same columns as {@link EventRow}). */
  void exportParquet(EventFilter filter, Path out);

  @Override
  void close();
}
