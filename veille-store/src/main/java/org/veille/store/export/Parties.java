package org.veille.store.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads the JSON party lists the store keeps. */
final class Parties {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Parties() {
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json == null ? "[]" : json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String firstText(String json) {
    return text(parse(json), 0);
  }

  static String secondText(String json) {
    return text(parse(json), 1);
  }

  private static String text(JsonNode list, int i) {
    return list.size() > i ? list.get(i).path("text").asText("") : "";
  }
}
