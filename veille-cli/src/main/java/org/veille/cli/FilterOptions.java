package org.veille.cli;

import java.time.LocalDate;
import org.veille.store.EventFilter;
import picocli.CommandLine.Option;

/** Which events an export or a query wants. */
public final class FilterOptions {
  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events dated on or after this day.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events dated on or before this day.")
  LocalDate to;

  @Option(names = "--actor", paramLabel = "CODE", description = "A party code among the actors (FRA, EUR...).")
  String actor;

  @Option(names = "--recipient", paramLabel = "CODE", description = "A party code among the recipients.")
  String recipient;

  @Option(names = "--type", paramLabel = "TYPE", description = "A PLOVER type (CONSULT, PROTEST...).")
  String type;

  EventFilter filter() {
    return new EventFilter(from, to, upper(actor), upper(recipient), upper(type));
  }

  private static String upper(String s) {
    return s == null ? null : s.strip().toUpperCase(java.util.Locale.ROOT);
  }
}
