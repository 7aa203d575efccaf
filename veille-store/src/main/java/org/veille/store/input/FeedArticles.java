package org.veille.store.input;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.veille.ingest.ArticleSink;
import org.veille.ingest.Rejection;
import org.veille.model.Article;

/**
 * RSS and Atom feeds: each entry is an article (its content, else its summary, as plain text). An entry
 * whose date cannot be read is still an article, with a warning: its text may carry a dateline.
 */
public final class FeedArticles {
  private FeedArticles() {
  }

  public static void read(String source, String xml, String lang, LocalDate published, ArticleSink sink,
                          Consumer<String> warnings) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false); // no DTD: no entity expansion, no external entity
      feed = input.build(new StringReader(xml));
    } catch (FeedException | IllegalArgumentException e) {
      sink.reject(new Rejection(source, 0, "not a readable RSS or Atom feed: " + oneLine(e.getMessage())));
      return;
    }
    List<String> rawDates = rawDates(xml);
    String feedLang = Languages.normalise(feed.getLanguage());
    int n = 0;
    for (SyndEntry entry : feed.getEntries()) {
      n++;
      String text = text(entry);
      if (text.isBlank()) {
        sink.reject(new Rejection(source, 0, "entry " + n + ": no text"));
        continue;
      }
      Date d = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      LocalDate date = d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
      if (date == null && n <= rawDates.size() && !rawDates.get(n - 1).isBlank()) {
        warnings.accept(source + ": entry " + n + ": unreadable date '" + oneLine(rawDates.get(n - 1))
            + "', publication date unknown");
      }
      if (published != null) {
        date = published;
      }
      String language = feedLang != null ? feedLang : lang == null || lang.equals("auto") ? Languages.detect(text) : lang;
      String link = entry.getLink();
      String id = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri()
          : link != null ? link : source + "#" + n;
      String title = entry.getTitle() == null ? "" : entry.getTitle().strip();
      String body = title.isEmpty() || text.startsWith(title) ? text : title + "\n\n" + text;
      sink.accept(new Article(id, language, date, title, body, link));
    }
    if (n == 0) {
      sink.reject(new Rejection(source, 0, "feed without entries"));
    }
  }

  private static String text(SyndEntry entry) {
    List<String> parts = new ArrayList<>();
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null) {
        parts.add(Jsoup.parse(c.getValue()).text());
      }
    }
    if (parts.isEmpty() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
      parts.add(Jsoup.parse(entry.getDescription().getValue()).text());
    }
    return String.join("\n\n", parts).strip();
  }

  /** The date each item or entry gives as written, to tell "no date" from "a date Rome could not read". */
  private static List<String> rawDates(String xml) {
    List<String> dates = new ArrayList<>();
    org.jsoup.nodes.Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
    for (Element item : doc.select("item, entry")) {
      Element d = item.selectFirst("pubDate, published, updated, dc|date");
      dates.add(d == null ? "" : d.text());
    }
    return dates;
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }
}
