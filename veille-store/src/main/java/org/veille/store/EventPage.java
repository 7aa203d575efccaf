package org.veille.store;

import java.util.List;

/** One page of events and how many match in all. */
public record EventPage(long total, int page, int size, List<EventRow> events) {
  public EventPage {
    events = List.copyOf(events);
  }
}
