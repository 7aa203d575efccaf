package org.veille.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.veille.store.EventRow;

/** The events table as CSV (RFC 4180, header line), the same columns as the Parquet export. */
public final class CsvEvents {
  public static final List<String> COLUMNS = List.of("id", "type", "mode", "context", "cameo", "goldstein",
      "quad_class", "actor_code", "actor_sector", "recipient_code", "recipient_sector", "actors", "recipients",
      "symmetric", "date", "modality", "location_name", "location_country", "num_mentions", "num_sources",
      "num_articles", "first_report", "last_report", "source_url");

  private CsvEvents() {
  }

  static int write(List<EventRow> events, Writer w) throws IOException {
    line(w, COLUMNS.stream().map(c -> (Object) c).toList());
    for (EventRow e : events) {
      line(w, java.util.Arrays.asList(e.id(), e.type(), e.mode(), e.context(), e.cameo(), e.goldstein(),
          e.quadClass(), e.actorCode(), e.actorSector(), e.recipientCode(), e.recipientSector(), e.actors(),
          e.recipients(), e.symmetric(), e.date(), e.modality(), e.locationName(), e.locationCountry(),
          e.numMentions(), e.numSources(), e.numArticles(), e.firstReport(), e.lastReport(), e.sourceUrl()));
    }
    return events.size();
  }

  private static void line(Writer w, List<Object> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      Object v = values.get(i);
      String s = v == null ? "" : v.toString();
      boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
      w.write(quote ? '"' + s.replace("\"", "\"\"") + '"' : s);
    }
    w.write("\r\n");
  }
}
