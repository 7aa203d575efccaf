package org.veille.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.veille.model.Event;
import org.veille.model.Token;
import org.veille.nlp.Syntax;

/**
 * Dates events from other events of the same article. A report with no date of its own takes the date
 * of another report of the same event ("la visite du président à Paris" after "avait effectué en
 * novembre une visite à Paris"); an event set "lors de", "pendant" or "au cours de" another takes that
 * one's date ("Lors de la visite ..., les deux parties s'étaient engagées").
 */
final class EventAnchors {
  private static final Set<String> DURING = Set.of("lors de", "pendant", "durant", "au cours de",
      "à l'occasion de", "during", "at");

  private EventAnchors() {
  }

  static List<Event> resolve(List<Event> events, List<Candidate> sources, List<Syntax> syntaxes) {
    List<Event> out = new ArrayList<>(events);
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).date() == null) {
        for (Event other : out) {
          if (other != out.get(i) && other.date() != null && EventMerger.sameEvent(out.get(i), other)) {
            out.set(i, out.get(i).withDate(other.date()));
            break;
          }
        }
      }
    }
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).date() != null) {
        continue;
      }
      Candidate c = sources.get(i);
      Syntax syn = syntaxes.get(i);
      for (Token setting : syn.children(c.clause())) {
        if (!Syntax.relIs(setting, "obl") || !DURING.contains(caseMarker(setting, syn))) {
          continue;
        }
        for (int j = 0; j < out.size(); j++) {
          if (j != i && syntaxes.get(j) == syn && sources.get(j).trigger().index() == setting.index()
              && out.get(j).date() != null) {
            out.set(i, out.get(i).withDate(out.get(j).date()));
          }
        }
      }
    }
    // an announcement sets a date, and what follows in the future tense unfolds then:
    // "le président se rendra au Kazakhstan le 1er novembre ... les deux hommes mèneront des négociations"
    String lastFuture = null;
    for (int i = 0; i < out.size(); i++) {
      Event e = out.get(i);
      if (e.modality() != org.veille.model.Modality.FUTURE) {
        continue;
      }
      if (e.date() != null) {
        lastFuture = e.date();
      } else if (lastFuture != null) {
        out.set(i, e.withDate(lastFuture));
      }
    }
    return out;
  }

  /** The whole preposition, multi-word ones included ("lors de": "lors" + fixed "de"). */
  private static String caseMarker(Token noun, Syntax syn) {
    StringBuilder sb = new StringBuilder();
    for (Token c : syn.children(noun, "case")) {
      sb.append(sb.length() > 0 ? " " : "").append(c.word().toLowerCase());
      for (Token f : syn.children(c, "fixed")) {
        sb.append(' ').append(f.word().toLowerCase());
      }
    }
    return sb.toString();
  }
}
