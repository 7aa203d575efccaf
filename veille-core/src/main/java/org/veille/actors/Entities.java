package org.veille.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.veille.model.ActorMention;
import org.veille.model.Document;
import org.veille.model.Sentence;
import org.veille.model.Token;

/**
 * Named entities of a document (PER, LOC, ORG) for users and for entity evaluation: the actor
 * gazetteer's names (which also carry a country and sector), completed by the statistical tagger's
 * spans where the gazetteer knows nothing (athletes, towns, companies it does not list).
 */
public final class Entities {
  /** One entity: its span, type, and the actor code and sector when the gazetteer knows it. */
  public record Entity(int start, int end, String text, String type, String code, String sector) {
  }

  private Entities() {
  }

  public static List<Entity> of(Document doc) {
    List<Entity> out = new ArrayList<>();
    for (ActorMention m : doc.actors()) {
      String type = typeOf(m.kind());
      if (type != null) {
        out.add(new Entity(m.start(), m.end(), m.text(), type, m.code(), m.sector()));
      }
    }
    for (Entity e : taggerSpans(doc)) {
      if (out.stream().noneMatch(x -> x.start() < e.end() && e.start() < x.end())) {
        out.add(e);
      }
    }
    out.sort(Comparator.comparingInt(Entity::start));
    return out;
  }

  static String typeOf(String kind) {
    return switch (kind) {
      case "PERSON" -> "PER";
      case "COUNTRY", "CAPITAL", "PLACE" -> "LOC";
      case "ORG", "GROUP" -> "ORG";
      default -> null; // roles and nationality adjectives are not named entities
    };
  }

  /** Runs of tokens with the same entity class; a leading article is not part of the name. */
  static List<Entity> taggerSpans(Document doc) {
    List<Entity> out = new ArrayList<>();
    String text = doc.text();
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      int i = 0;
      while (i < tokens.size()) {
        String type = entityClass(tokens.get(i).ner());
        if (type == null || tokens.get(i).pos().equals("DET") || tokens.get(i).pos().equals("ADP")) {
          i++;
          continue;
        }
        int j = i;
        while (j + 1 < tokens.size() && type.equals(entityClass(tokens.get(j + 1).ner()))) {
          j++;
        }
        int end = j;
        while (end > i && (tokens.get(end).pos().equals("PUNCT") || tokens.get(end).pos().equals("ADP")
            || tokens.get(end).pos().equals("DET"))) {
          end--;
        }
        int start = tokens.get(i).start();
        int stop = tokens.get(end).end();
        out.add(new Entity(start, stop, text.substring(start, stop), type, null, ""));
        i = j + 1;
      }
    }
    return out;
  }

  private static String entityClass(String ner) {
    if (ner == null) {
      return null;
    }
    String c = ner.startsWith("I-") || ner.startsWith("B-") ? ner.substring(2) : ner;
    return switch (c) {
      case "PER", "PERSON" -> "PER";
      case "LOC", "LOCATION" -> "LOC";
      case "ORG", "ORGANIZATION" -> "ORG";
      default -> null;
    };
  }
}
