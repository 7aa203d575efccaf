package org.veille.store;

import java.util.List;

/** The tables of the DuckDB store (docs/store.md describes every column). */
final class Schema {
  static final int VERSION = 1;

  static final List<String> DDL = List.of("""
      CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)""", """
      CREATE TABLE IF NOT EXISTS articles (
        id BIGINT PRIMARY KEY,
        content_hash VARCHAR NOT NULL UNIQUE,
        doc_id VARCHAR NOT NULL,
        lang VARCHAR NOT NULL,
        published DATE,
        title VARCHAR NOT NULL,
        url VARCHAR,
        source VARCHAR NOT NULL,
        simhash BIGINT NOT NULL,
        text VARCHAR NOT NULL)""", """
      CREATE TABLE IF NOT EXISTS events (
        id BIGINT PRIMARY KEY,
        cluster_key VARCHAR NOT NULL,
        type VARCHAR NOT NULL,
        mode VARCHAR,
        context VARCHAR,
        cameo VARCHAR,
        goldstein DOUBLE,
        quad_class INTEGER,
        actor_code VARCHAR,
        actor_sector VARCHAR,
        recipient_code VARCHAR,
        recipient_sector VARCHAR,
        actors VARCHAR NOT NULL,
        recipients VARCHAR NOT NULL,
        actor_codes VARCHAR NOT NULL,
        recipient_codes VARCHAR NOT NULL,
        "symmetric" BOOLEAN NOT NULL,
        date VARCHAR,
        modality VARCHAR NOT NULL,
        location_name VARCHAR,
        location_country VARCHAR,
        num_mentions INTEGER NOT NULL,
        num_sources INTEGER NOT NULL,
        num_articles INTEGER NOT NULL,
        first_report DATE,
        last_report DATE)""", """
      CREATE TABLE IF NOT EXISTS mentions (
        id BIGINT PRIMARY KEY,
        event_id BIGINT NOT NULL,
        article_id BIGINT NOT NULL,
        doc_event VARCHAR NOT NULL,
        sentence INTEGER NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        quote VARCHAR NOT NULL,
        sentence_text VARCHAR,
        type VARCHAR NOT NULL,
        mode VARCHAR,
        context VARCHAR,
        cameo VARCHAR,
        goldstein DOUBLE,
        quad_class INTEGER,
        actors VARCHAR NOT NULL,
        recipients VARCHAR NOT NULL,
        "symmetric" BOOLEAN NOT NULL,
        date VARCHAR,
        modality VARCHAR NOT NULL,
        location_name VARCHAR,
        location_country VARCHAR)""", """
      CREATE TABLE IF NOT EXISTS duplicates (
        article_id BIGINT NOT NULL,
        duplicate_of BIGINT NOT NULL,
        distance INTEGER NOT NULL)""");

  /** The first day of a YYYY, YYYY-MM or YYYY-MM-DD date, as a SQL DATE (null stays null). */
  static String firstDay(String column) {
    return "TRY_CAST(CASE length(" + column + ") WHEN 4 THEN " + column + " || '-01-01' WHEN 7 THEN "
        + column + " || '-01' ELSE " + column + " END AS DATE)";
  }

  private Schema() {
  }
}
