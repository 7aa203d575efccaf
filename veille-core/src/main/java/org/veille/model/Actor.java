package org.veille.model;

/**
 * One party of an event as written in the output: country code, sector, the text that named it (empty
 * when the party is implied rather than read), and the person or organisation key when one is known.
 */
public record Actor(String code, String sector, String text, String entity) {
  public Actor {
    entity = entity == null ? "" : entity;
  }

  public Actor(String code, String sector, String text) {
    this(code, sector, text, "");
  }

  public Actor withStanding(String newCode, String newSector) {
    return new Actor(newCode, newSector, text, entity);
  }
}
