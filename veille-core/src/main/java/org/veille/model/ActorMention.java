package org.veille.model;

/**
 * A span of text that names or describes a political actor.
 *
 * @param code    country code (ISO alpha-3) or EUR/UNO/IGO/NGO/MNC/IMG; null when unresolved
 * @param sector  sector code (GOV, MIL, COP, JUD, LEG, OPP, REB, BUS, CVL, MED, ELI...) or empty
 * @param kind    what matched: COUNTRY, CAPITAL, DEMONYM, PERSON, ORG, ROLE, GROUP
 * @param entity  a stable id of the entity (person key, organisation key), empty for plain countries
 */
public record ActorMention(int start, int end, String text, String code, String sector, String kind,
                           String entity) {
  public Actor toActor() {
    // "inferred" and "counterpart" mark how a role was resolved; they are not keys of a person
    // "reference" marks a word standing for a party named elsewhere ("l'organisation", quoted "nous")
    boolean key = !entity.equals("inferred") && !entity.equals("counterpart") && !entity.equals("reference");
    return new Actor(code, sector, text, key ? entity : "");
  }
}
