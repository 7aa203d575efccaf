package org.veille.store.input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.veille.model.Article;

/**
 * A news page to an article: the main text by Readability (menus, comments and footers dropped), the
 * title, the publication date from the page's metadata, the language from {@code <html lang>}.
 */
public final class HtmlArticles {
  /** Where pages say when they were published, most specific first. */
  private static final List<String> DATE_SELECTORS = List.of(
      "meta[property=article:published_time]", "meta[property=og:published_time]",
      "meta[name=article:published_time]", "meta[itemprop=datePublished]", "meta[name=date]",
      "meta[name=pubdate]", "meta[name=DC.date.issued]", "meta[name=dcterms.created]",
      "time[datetime]", "meta[property=og:updated_time]");
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  /** Fewer characters of main text is a menu or an error page, not an article. */
  private static final int MIN_TEXT = 40;

  private HtmlArticles() {
  }

  /**
   * @param lang the language to assume when the page does not say, or "auto"
   * @throws IllegalArgumentException when the page holds no article text
   */
  public static Article parse(String html, String id, String url, LocalDate published, String lang) {
    Document page = Jsoup.parse(html, url == null ? "" : url);
    net.dankito.readability4j.Article read = new Readability4J(url == null ? "" : url, html).parse();
    String text = paragraphs(read.getArticleContent());
    if (text.length() < MIN_TEXT) {
      text = page.body() == null ? "" : page.body().text().strip();
    }
    if (text.length() < MIN_TEXT) {
      throw new IllegalArgumentException("no article text found in the HTML");
    }
    String title = first(page, "meta[property=og:title]", "content");
    if (title == null) {
      title = !page.title().isBlank() ? page.title().strip() : read.getTitle();
    }
    String language = Languages.normalise(page.selectFirst("html") == null ? null : page.selectFirst("html").attr("lang"));
    if (language == null) {
      language = lang == null || lang.equals("auto") ? Languages.detect(text) : lang;
    }
    LocalDate date = published != null ? published : date(page);
    if (title != null && !title.isBlank() && !text.startsWith(title)) {
      text = title + "\n\n" + text; // as in corpus files: the headline is the article's first line
    }
    String canonical = first(page, "link[rel=canonical]", "href");
    return new Article(id, language, date, title == null ? "" : title, text, url != null ? url : canonical);
  }

  /** Block by block, so that sentences of two paragraphs are not glued together. */
  private static String paragraphs(Element content) {
    if (content == null) {
      return "";
    }
    List<String> blocks = new ArrayList<>();
    for (Element e : content.select("h1, h2, h3, h4, p, li, blockquote")) {
      if (e.parents().stream().anyMatch(p -> p.is("p, li, blockquote") && content != p)) {
        continue; // counted with its enclosing block
      }
      String t = e.text().strip();
      if (!t.isEmpty()) {
        blocks.add(t);
      }
    }
    String joined = String.join("\n\n", blocks);
    return joined.length() >= MIN_TEXT ? joined : content.text().strip();
  }

  static LocalDate date(Document page) {
    for (String selector : DATE_SELECTORS) {
      for (Element e : page.select(selector)) {
        String v = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
        Matcher m = DAY.matcher(v);
        if (m.find()) {
          try {
            return LocalDate.parse(m.group());
          } catch (java.time.DateTimeException ignored) {
            // 2024-13-45: try the next place
          }
        }
      }
    }
    return null;
  }

  private static String first(Document page, String selector, String attr) {
    Element e = page.selectFirst(selector);
    if (e == null || e.attr(attr).isBlank()) {
      return null;
    }
    return e.attr(attr).strip();
  }
}
