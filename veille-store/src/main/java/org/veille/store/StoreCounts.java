package org.veille.store;

/** How much a store holds. */
public record StoreCounts(long articles, long mentions, long events, long duplicates) {
}
