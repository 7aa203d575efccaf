package org.veille.store.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veille.coding.EventCoder;
import org.veille.store.EventRow;
import org.veille.store.MentionRow;

/**
 * PLOVER JSON Lines: the record of docs/events.md for each cross-article event, its quote and sentence
 * from the first mention, every mention with its article, and the cluster counts.
 */
public final class PloverJsonLines {
  private static final ObjectMapper JSON = new ObjectMapper().configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

  private PloverJsonLines() {
  }

  static int write(List<EventRow> events, Map<Long, List<MentionRow>> mentions, Writer w) throws IOException {
    for (EventRow e : events) {
      w.write(JSON.writeValueAsString(record(e, mentions.getOrDefault(e.id(), List.of()))));
      w.write('\n');
    }
    return events.size();
  }

  static Map<String, Object> record(EventRow e, List<MentionRow> mentions) {
    Map<String, Object> m = new LinkedHashMap<>();
    MentionRow first = mentions.isEmpty() ? null : mentions.get(0);
    m.put("id", String.valueOf(e.id()));
    m.put("doc_id", first == null ? null : first.docId());
    m.put("event", e.type());
    m.put("mode", e.mode());
    m.put("context", e.context());
    m.put("cameo", e.cameo());
    m.put("goldstein", e.goldstein());
    m.put("quad_class", e.quadClass());
    m.put("actor", Parties.parse(e.actors()));
    m.put("recipient", Parties.parse(e.recipients()));
    m.put("symmetric", e.symmetric());
    m.put("date", e.date());
    m.put("modality", e.modality());
    m.put("location", org.veille.io.EventJson.location(e.locationName(), e.locationCountry()));
    m.put("quote", first == null ? null : first.quote());
    m.put("sentence", first == null ? null : first.sentenceText());
    m.put("sentence_index", first == null ? null : first.sentence());
    m.put("start", first == null ? null : first.start());
    m.put("end", first == null ? null : first.end());
    List<Map<String, Object>> list = new ArrayList<>();
    for (MentionRow x : mentions) {
      Map<String, Object> mm = new LinkedHashMap<>();
      mm.put("doc_id", x.docId());
      mm.put("sentence_index", x.sentence());
      mm.put("start", x.start());
      mm.put("end", x.end());
      mm.put("quote", x.quote());
      mm.put("url", x.url());
      mm.put("published", x.published() == null ? null : x.published().toString());
      list.add(mm);
    }
    m.put("mentions", list);
    m.put("num_mentions", e.numMentions());
    m.put("num_sources", e.numSources());
    m.put("num_articles", e.numArticles());
    m.put("first_report", e.firstReport() == null ? null : e.firstReport().toString());
    m.put("last_report", e.lastReport() == null ? null : e.lastReport().toString());
    m.put("coder", EventCoder.CODER);
    return m;
  }
}
