package org.veille.actors;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entity of a Wikidata JSON dump, read-only: labels, aliases and statements as the dump
 * gives them ({@code claims}: property → statements with {@code mainsnak}, {@code qualifiers}
 * and {@code rank}). Deprecated statements are left out.
 */
public final class WikidataEntity {
  private final JsonNode json;

  WikidataEntity(JsonNode json) {
    this.json = json;
  }

  /** "Q42", or "" when the entity has none. */
  public String id() {
    return json.path("id").asText("");
  }

  /** The label in a language, or null. */
  public String label(String lang) {
    JsonNode v = json.path("labels").path(lang).path("value");
    return v.isTextual() && !v.asText().isBlank() ? v.asText().trim() : null;
  }

  public List<String> aliases(String lang) {
    List<String> out = new ArrayList<>();
    for (JsonNode a : json.path("aliases").path(lang)) {
      JsonNode v = a.path("value");
      if (v.isTextual() && !v.asText().isBlank()) out.add(v.asText().trim());
    }
    return out;
  }

  /** Statements of a property, preferred ones first, deprecated ones left out. */
  public List<Statement> statements(String property) {
    List<Statement> preferred = new ArrayList<>();
    List<Statement> normal = new ArrayList<>();
    for (JsonNode s : json.path("claims").path(property)) {
      String rank = s.path("rank").asText("normal");
      if (rank.equals("deprecated")) continue;
      (rank.equals("preferred") ? preferred : normal).add(new Statement(s));
    }
    preferred.addAll(normal);
    return preferred;
  }

  /** Number of deprecated statements of a property. */
  public int deprecated(String property) {
    int n = 0;
    for (JsonNode s : json.path("claims").path(property)) {
      if (s.path("rank").asText().equals("deprecated")) n++;
    }
    return n;
  }

  /** Item ids that the (non-deprecated) statements of a property point to, in order. */
  public List<String> items(String property) {
    List<String> out = new ArrayList<>();
    for (Statement s : statements(property)) {
      String id = s.value().itemId();
      if (id != null) out.add(id);
    }
    return out;
  }

  public boolean has(String property) {
    return !statements(property).isEmpty();
  }

  /** A statement: its main snak and qualifiers. */
  public static final class Statement {
    private final JsonNode json;

    Statement(JsonNode json) {
      this.json = json;
    }

    public Snak value() {
      return new Snak(json.path("mainsnak"));
    }

    /** Qualifier snaks of a property (empty when none). */
    public List<Snak> qualifiers(String property) {
      List<Snak> out = new ArrayList<>();
      for (JsonNode q : json.path("qualifiers").path(property)) out.add(new Snak(q));
      return out;
    }
  }

  /** A snak: "value" with a datavalue, "somevalue" (unknown) or "novalue" (none). */
  public static final class Snak {
    private static final Pattern TIME = Pattern.compile("^\\+0*(\\d{1,4})-(\\d\\d)-(\\d\\d)T");
    private final JsonNode json;

    Snak(JsonNode json) {
      this.json = json;
    }

    public String snaktype() {
      return json.path("snaktype").asText("value");
    }

    /** The item id of an item value ("Q…"), else null. */
    public String itemId() {
      JsonNode v = json.path("datavalue").path("value");
      if (!v.isObject()) return null;
      if (v.path("id").isTextual()) return v.path("id").asText();
      if (v.path("numeric-id").canConvertToLong() && v.path("entity-type").asText("item").equals("item")) {
        return "Q" + v.path("numeric-id").asLong();
      }
      return null;
    }

    /** A string value, else null. */
    public String string() {
      JsonNode v = json.path("datavalue").path("value");
      return v.isTextual() ? v.asText() : null;
    }

    /**
     * A time value written at its precision: YYYY (9), YYYY-MM (10) or YYYY-MM-DD (11 and
     * finer); null for other values, coarser precisions, years before 1 or after 9999, and
     * months or days given as 00 where the precision needs them.
     */
    public String date() {
      JsonNode v = json.path("datavalue").path("value");
      if (!v.isObject()) return null;
      Matcher m = TIME.matcher(v.path("time").asText(""));
      int precision = v.path("precision").asInt(-1);
      if (!m.find() || precision < 9) return null;
      int year = Integer.parseInt(m.group(1));
      if (year < 1) return null;
      String y = String.format("%04d", year);
      if (precision == 9) return y;
      if (m.group(2).equals("00") || Integer.parseInt(m.group(2)) > 12) return null;
      if (precision == 10) return y + "-" + m.group(2);
      String day = y + "-" + m.group(2) + "-" + m.group(3);
      try {
        LocalDate.parse(day);
      } catch (DateTimeParseException e) {
        return null; // day 00, 30 February...
      }
      return day;
    }
  }
}
