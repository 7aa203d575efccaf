package org.veille.ingest;

import java.time.LocalDate;

/**
 * How to read inputs that do not say everything themselves (plain text files, standard input).
 *
 * @param published publication date to assume when the input gives none, or null
 * @param lang      language to assume ("fr", "en") or "auto" to guess it
 */
public record ReadOptions(LocalDate published, String lang) {
  public static ReadOptions defaults() {
    return new ReadOptions(null, "auto");
  }
}
