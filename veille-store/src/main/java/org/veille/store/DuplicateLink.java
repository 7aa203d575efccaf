package org.veille.store;

/** Article {@code articleId} is a near-duplicate of the earlier {@code duplicateOf} (SimHash bits apart). */
public record DuplicateLink(long articleId, long duplicateOf, int distance) {
}
