package org.veille.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veille.store.EventRow;
import org.veille.store.Table;

/** JSON out: records as objects, dates as ISO strings, party lists as arrays, tables as row objects. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance));

  private Json() {
  }

  static void send(Context ctx, Object body) {
    try {
      ctx.contentType("application/json; charset=utf-8").result(MAPPER.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** An event with its party lists as JSON arrays rather than strings. */
  static ObjectNode event(EventRow e) {
    ObjectNode node = MAPPER.valueToTree(e);
    node.set("actors", parse(e.actors()));
    node.set("recipients", parse(e.recipients()));
    return node;
  }

  static List<ObjectNode> events(List<EventRow> rows) {
    return rows.stream().map(Json::event).toList();
  }

  static List<Map<String, Object>> rows(Table t) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (List<Object> r : t.rows()) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < t.columns().size(); i++) {
        m.put(t.columns().get(i), r.get(i));
      }
      out.add(m);
    }
    return out;
  }

  private static JsonNode parse(String json) {
    try {
      return json == null ? MAPPER.createArrayNode() : MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      return MAPPER.createArrayNode();
    }
  }
}
