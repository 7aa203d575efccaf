package org.veille.actors;

import java.time.LocalDate;

/**
 * One term in one office.
 *
 * @param country ISO alpha-3, or EUR/UNO/IGO for offices of international organisations
 * @param office  e.g. head_of_state, head_of_government, foreign_minister (see offices.tsv)
 * @param end     last day in office, null while still in office
 */
public record Office(String personKey, String country, String office, String sector,
                     LocalDate start, LocalDate end) {
  boolean covers(LocalDate d) {
    return !d.isBefore(start) && (end == null || !d.isAfter(end));
  }
}
