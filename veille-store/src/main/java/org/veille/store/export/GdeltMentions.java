package org.veille.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.veille.store.EventRow;
import org.veille.store.MentionRow;

/**
 * GDELT 2.0 Mentions: 16 columns, one line per place an article states an event. Actor offsets are -1
 * (Veille keeps the quote's span, not each party's); tone 0; confidence 100 (every mention was coded).
 */
public final class GdeltMentions {
  public static final List<String> COLUMNS = List.of("GLOBALEVENTID", "EventTimeDate", "MentionTimeDate",
      "MentionType", "MentionSourceName", "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
      "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo",
      "Extras");

  private GdeltMentions() {
  }

  static int write(List<EventRow> events, Map<Long, List<MentionRow>> mentions, Writer w) throws IOException {
    int n = 0;
    for (EventRow e : events) {
      for (MentionRow m : mentions.getOrDefault(e.id(), List.of())) {
        Tsv.line(w, row(e, m));
        n++;
      }
    }
    return n;
  }

  static List<String> row(EventRow e, MentionRow m) {
    boolean web = m.url() != null && !m.url().isBlank();
    List<String> r = new ArrayList<>(COLUMNS.size());
    r.add(String.valueOf(e.id()));
    r.add(Dates.timestamp(e.firstReport()));
    r.add(Dates.timestamp(m.published()));
    r.add(web ? "1" : "2");
    r.add(web ? m.source() : m.docId());
    r.add(web ? m.url() : m.docId());
    r.add(String.valueOf(m.sentence() + 1));
    r.add("-1");
    r.add("-1");
    r.add(String.valueOf(m.start()));
    r.add("1");
    r.add("100");
    r.add(String.valueOf(m.textLength()));
    r.add("0");
    r.add("");
    r.add("");
    return r;
  }
}
