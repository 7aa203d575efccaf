package org.veille.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veille.coding.EventCoder;
import org.veille.model.Actor;
import org.veille.model.Event;
import org.veille.model.Mention;

/** The published shape of an event record (docs/events.md), as an ordered map ready for JSON. */
public final class EventJson {
  private EventJson() {
  }

  public static Map<String, Object> toMap(Event e, boolean explain) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("doc_id", e.docId());
    m.put("event", e.type());
    m.put("mode", e.mode());
    m.put("context", e.context());
    m.put("cameo", e.cameo());
    m.put("goldstein", e.goldstein());
    m.put("quad_class", e.quadClass());
    m.put("actor", actors(e.actor()));
    m.put("recipient", actors(e.recipient()));
    m.put("symmetric", e.symmetric());
    m.put("date", e.date());
    m.put("modality", e.modality().label());
    m.put("location", e.location() == null ? null : location(e.location().name(), e.location().country()));
    Mention main = e.mainMention();
    m.put("quote", main.quote());
    m.put("sentence", e.sentence());
    m.put("sentence_index", main.sentence());
    m.put("start", main.start());
    m.put("end", main.end());
    List<Map<String, Object>> mentions = new ArrayList<>();
    for (Mention x : e.mentions()) {
      Map<String, Object> mm = new LinkedHashMap<>();
      mm.put("sentence_index", x.sentence());
      mm.put("start", x.start());
      mm.put("end", x.end());
      mm.put("quote", x.quote());
      mentions.add(mm);
    }
    m.put("mentions", mentions);
    m.put("coder", EventCoder.CODER);
    if (explain) {
      Map<String, Object> ex = new LinkedHashMap<>();
      ex.put("pattern", e.pattern());
      ex.put("evidence", e.evidence());
      m.put("explain", ex);
    }
    return m;
  }

  /** The "location" object of the record: {name, country}, or null when neither is known. */
  public static Map<String, Object> location(String name, String country) {
    if (name == null && country == null) {
      return null;
    }
    Map<String, Object> loc = new LinkedHashMap<>();
    loc.put("name", name);
    loc.put("country", country);
    return loc;
  }

  private static List<Map<String, Object>> actors(List<Actor> actors) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Actor a : actors) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("code", a.code());
      x.put("sector", a.sector() == null ? "" : a.sector());
      x.put("text", a.text());
      if (!a.entity().isEmpty()) {
        x.put("entity", a.entity());
      }
      out.add(x);
    }
    return out;
  }
}
