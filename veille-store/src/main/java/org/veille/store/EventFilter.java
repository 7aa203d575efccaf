package org.veille.store;

import java.time.LocalDate;

/**
 * Which events a query or an export wants; null fields do not filter. Dates compare the first day of
 * the event's date ("2023-11" counts as 2023-11-01); undated events fall out when a bound is set.
 *
 * @param actor     a party code that must be among the actors
 * @param recipient a party code that must be among the recipients (or, for symmetric events, among the
 *                  parties)
 * @param type      a PLOVER type
 */
public record EventFilter(LocalDate from, LocalDate to, String actor, String recipient, String type) {
  public static EventFilter all() {
    return new EventFilter(null, null, null, null, null);
  }
}
