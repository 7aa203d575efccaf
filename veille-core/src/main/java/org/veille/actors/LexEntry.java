package org.veille.actors;

/**
 * What a dictionary phrase denotes. For kind PERSON the code and sector are resolved later
 * through the {@link OfficeTable}; for ROLE a null code means "no nationality in the phrase".
 * Kind PORTFOLIO (a ministry's remit, "Affaires étrangères") and LINK (a preposition such as
 * "du" or "of") only serve to glue roles to what follows; they are never reported alone. Kind STOP
 * marks phrases that contain a role noun but name no actor ("coup d'État"): matching them
 * hides the role noun inside.
 */
record LexEntry(String code, String sector, String kind, String entity) {
  static final String PORTFOLIO = "PORTFOLIO";
  static final String LINK = "LINK";
  static final String STOP = "STOP";
}
