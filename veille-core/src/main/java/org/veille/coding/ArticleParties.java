package org.veille.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veille.model.Actor;
import org.veille.model.ActorMention;
import org.veille.model.Document;
import org.veille.model.Location;

/**
 * What the article as a whole says about its parties: the countries it names most, the two it is
 * about, and where an event with no place named most likely happened.
 */
final class ArticleParties {
  private ArticleParties() {
  }


  /**
   * Where an event with no place named happens: at home for domestic acts and for most acts of a
   * country; force, aid and deployments happen where their target is. The name is empty: implied.
   */
  static Location impliedLocation(String type, List<Actor> actors, List<Actor> recipients) {
    if (actors.size() != 1 || actors.get(0).code().length() != 3
        || Set.of("EUR", "UNO", "IGO", "NGO", "MNC", "IMG").contains(actors.get(0).code())) {
      return null;
    }
    boolean outward = Set.of("ASSAULT", "COERCE", "AID", "MOBILIZE").contains(type);
    if (outward && recipients.size() == 1 && !recipients.get(0).text().isEmpty()
        && recipients.get(0).code().length() == 3) {
      return new Location("", recipients.get(0).code());
    }
    return new Location("", actors.get(0).code());
  }

  static boolean isPlace(ActorMention m) {
    return m.kind().equals("COUNTRY") || m.kind().equals("CAPITAL") || m.kind().equals("PLACE");
  }

  /** The two countries the article is about, for joint acts whose parties go unnamed ("un accord a été signé"). */
  static List<Actor> mainParties(Document doc) {
    List<Actor> out = new ArrayList<>();
    for (String code : topCountries(doc, 2)) {
      out.add(new Actor(code, "", code));
    }
    return out.size() == 2 ? out : List.of();
  }

  static Map<String, Integer> countryCounts(Document doc) {
    Map<String, Integer> counts = new HashMap<>();
    for (ActorMention m : doc.actors()) {
      if (m.code() != null && m.code().length() == 3 && !m.kind().equals("ORG")
          && !"inferred".equals(m.entity()) && !org.veille.actors.Anaphora.REFERENCE.equals(m.entity())
          && !Set.of("EUR", "UNO", "IGO", "NGO", "MNC", "IMG").contains(m.code())) {
        counts.merge(m.code(), 1, Integer::sum);
      }
    }
    return counts;
  }

  static List<String> topCountries(Document doc, int n) {
    Map<String, Integer> counts = countryCounts(doc);
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(n).map(Map.Entry::getKey).toList();
  }

  /**
   * The armed group the article names most, for attacks told without their author ("une bombe a
   * explosé"): the coder can justify no other. None when the article names no armed group.
   */
  static List<Actor> armedGroup(Document doc) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, ActorMention> first = new HashMap<>();
    for (ActorMention m : doc.actors()) {
      if ("REB".equals(m.sector()) && m.entity() != null && !m.entity().isEmpty()
          && !"inferred".equals(m.entity()) && !org.veille.actors.Anaphora.REFERENCE.equals(m.entity())) {
        counts.merge(m.entity(), 1, Integer::sum);
        first.putIfAbsent(m.entity(), m);
      }
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(1).map(e -> first.get(e.getKey()).toActor()).toList();
  }
}
