package org.veille.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.veille.model.Actor;

/** How the parties of an event are stored: a JSON list for the record, and a set of codes for filters. */
final class Parties {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Parties() {
  }

  static String json(List<Actor> actors) {
    List<Map<String, String>> list = new ArrayList<>();
    for (Actor a : actors) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("code", a.code());
      m.put("sector", a.sector() == null ? "" : a.sector());
      m.put("text", a.text() == null ? "" : a.text());
      if (!a.entity().isEmpty()) {
        m.put("entity", a.entity());
      }
      list.add(m);
    }
    try {
      return JSON.writeValueAsString(list);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** ";FRA;KAZ;": a set that SQL can test with LIKE '%;FRA;%'. */
  static String codeSet(List<Actor> actors) {
    TreeSet<String> codes = new TreeSet<>();
    actors.forEach(a -> codes.add(a.code()));
    return ";" + String.join(";", codes) + (codes.isEmpty() ? "" : ";");
  }
}
