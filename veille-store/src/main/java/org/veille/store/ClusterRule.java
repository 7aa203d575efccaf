package org.veille.store;

import java.util.List;
import java.util.TreeSet;
import org.veille.model.Actor;
import org.veille.model.Event;
import org.veille.model.Modality;

/**
 * When two reports, in the same or different articles, are one real-world event: same PLOVER type,
 * same parties (as sets of code+sector; for a symmetric event the union of all parties, so who is
 * named first does not matter), the same modality family (what happened, what may happen, what did
 * not) and compatible dates (equal at the coarser precision, or one unknown).
 */
public final class ClusterRule {
  private ClusterRule() {
  }

  /** Everything but the date must be equal: reports with another key never join. */
  public static String key(Event e) {
    return e.type() + "|" + family(e.modality()) + "|" + partyKey(e);
  }

  /** Announced, planned and conditional acts are one family: "will visit" and "might visit" are one plan. */
  public static String family(Modality m) {
    return switch (m) {
      case ASSERTED -> "asserted";
      case FUTURE, HYPOTHETICAL -> "unrealised";
      case NEGATED -> "negated";
    };
  }

  static String partyKey(Event e) {
    if (e.symmetric()) {
      TreeSet<String> all = parties(e.actor());
      all.addAll(parties(e.recipient()));
      return "sym:" + String.join(",", all);
    }
    return String.join(",", parties(e.actor())) + ">" + String.join(",", parties(e.recipient()));
  }

  private static TreeSet<String> parties(List<Actor> actors) {
    TreeSet<String> set = new TreeSet<>();
    for (Actor a : actors) {
      set.add(a.code() + (a.sector() == null ? "" : a.sector()));
    }
    return set;
  }

  /** YYYY, YYYY-MM or YYYY-MM-DD: equal on the shorter one's precision, or either unknown. */
  public static boolean datesCompatible(String a, String b) {
    if (a == null || b == null) {
      return true;
    }
    int n = Math.min(a.length(), b.length());
    return a.regionMatches(0, b, 0, n);
  }

  /** The date a cluster keeps when a compatible report joins: the more precise one. */
  public static String refine(String clusterDate, String reportDate) {
    if (clusterDate == null) {
      return reportDate;
    }
    if (reportDate == null) {
      return clusterDate;
    }
    return reportDate.length() > clusterDate.length() ? reportDate : clusterDate;
  }
}
