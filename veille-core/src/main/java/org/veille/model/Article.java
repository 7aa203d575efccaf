package org.veille.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One input article, as read from a corpus line, a text file or standard input.
 *
 * @param id        document id (corpus {@code id}, or a file name without extension)
 * @param lang      ISO 639-1 language code ("fr", "en")
 * @param published publication date, or null when unknown (relative dates then stay unresolved)
 * @param title     title, possibly empty
 * @param text      the full text; every character offset in Veille's output indexes this string
 * @param url       source address, or null
 */
public record Article(String id, String lang, LocalDate published, String title, String text, String url) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    lang = lang == null || lang.isBlank() ? "fr" : lang;
    title = title == null ? "" : title;
  }

  public Article withPublished(LocalDate date) {
    return new Article(id, lang, date, title, text, url);
  }

  public Article withLang(String language) {
    return new Article(id, language, published, title, text, url);
  }
}
