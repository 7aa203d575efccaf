package org.veille.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.veille.model.Actor;
import org.veille.model.Event;
import org.veille.model.Mention;

/**
 * One record per real-world event per article: two reports merge when they have the same type, the same
 * parties (in either direction for joint actions), the same modality, compatible dates (equal at the
 * coarser precision, or one unknown) and, for coercion and sanctions, the same act. The merged record keeps the most precise date and every mention.
 */
public final class EventMerger {
  /** Types whose object tells events apart ("signer un accord" vs "signer un contrat"). */
  private static final Set<String> TOPICAL = Set.of("SUPPORT", "COOPERATE", "AID");
  /**
   * Types whose CAMEO code names the act itself (arrest 173, seizure 171, restriction 172, expulsion
   * 174; embargo, sanctions, expulsion of diplomats): an arrest and a confiscation by the same
   * government in one article are two events, even when neither is dated more precisely than the other.
   */
  private static final Set<String> BY_ACT = Set.of("COERCE", "SANCTION");

  private EventMerger() {
  }

  public static List<Event> merge(List<Event> events) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      int found = -1;
      for (int i = 0; i < out.size(); i++) {
        if (sameEvent(out.get(i), e)) {
          found = i;
          break;
        }
      }
      if (found < 0) {
        out.add(e);
      } else {
        out.set(found, combine(out.get(found), e));
      }
    }
    List<Event> numbered = new ArrayList<>(out.size());
    for (int i = 0; i < out.size(); i++) {
      Event e = out.get(i);
      numbered.add(e.withId(e.docId() + "#" + (i + 1)));
    }
    return numbered;
  }

  static boolean sameEvent(Event a, Event b) {
    if (!a.type().equals(b.type()) || a.modality() != b.modality() || !compatible(a.date(), b.date())) {
      return false;
    }
    if (TOPICAL.contains(a.type()) && !a.topic().isEmpty() && !b.topic().isEmpty()
        && !a.topic().equals(b.topic())) {
      return false; // two agreements or contracts signed the same day are two events
    }
    if (BY_ACT.contains(a.type()) && !a.cameo().equals(b.cameo())) {
      return false;
    }
    if (a.symmetric() != b.symmetric()) {
      return false; // a joint commitment and a one-sided offer are two acts
    }
    if (a.symmetric()) {
      return parties(a).equals(parties(b));
    }
    return codes(a.actor()).equals(codes(b.actor())) && codes(a.recipient()).equals(codes(b.recipient()));
  }

  static boolean compatible(String d1, String d2) {
    if (d1 == null || d2 == null) {
      return true;
    }
    int n = Math.min(d1.length(), d2.length());
    return d1.substring(0, n).equals(d2.substring(0, n));
  }

  private static Event combine(Event kept, Event other) {
    List<Mention> mentions = new ArrayList<>(kept.mentions());
    for (Mention m : other.mentions()) {
      if (!mentions.contains(m)) {
        mentions.add(m);
      }
    }
    String date = kept.date();
    if (date == null || (other.date() != null && other.date().length() > date.length())) {
      date = other.date();
    }
    Event merged = kept.withMentions(mentions).withDate(date);
    if (merged.location() == null && other.location() != null) {
      merged = merged.withLocation(other.location());
    }
    return merged;
  }

  private static Set<String> codes(List<Actor> actors) {
    Set<String> out = new TreeSet<>();
    actors.forEach(a -> out.add(a.code()));
    return out;
  }

  private static Set<String> parties(Event e) {
    Set<String> out = codes(e.actor());
    out.addAll(codes(e.recipient()));
    return out;
  }
}
