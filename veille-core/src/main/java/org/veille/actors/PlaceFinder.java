package org.veille.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veille.model.ActorMention;

/**
 * Towns and regions the gazetteer knows (Alep, Tanta, Catalogne) as PLACE mentions: they name no actor,
 * but they tell where an event happens and whose country a protest or an attack belongs to.
 */
public final class PlaceFinder {
  /** A capitalised word, with hyphens and apostrophes inside ("Saint-Étienne", "Deir ez-Zor"). */
  private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]*");
  private static final int MAX_WORDS = 4;

  private final ActorLexicon lexicon;

  public PlaceFinder(ActorLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Known places in the text that no existing mention covers, longest first. */
  public List<ActorMention> find(String text, List<ActorMention> existing) {
    List<ActorMention> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      int start = m.start();
      int best = -1;
      String code = null;
      int end = m.end();
      for (int words = 1; words <= MAX_WORDS; words++) {
        String name = text.substring(start, end);
        var c = lexicon.countryOfPlace(name);
        if (c.isPresent()) {
          best = end;
          code = c.get();
        }
        // extend by the next word (lower-case links such as "de", "el", "ez" allowed)
        Matcher next = Pattern.compile("\\G[ -](?:(?:de|du|des|la|le|el|ez|al|an|sur)[ -])?\\p{Lu}[\\p{L}'’-]*")
            .matcher(text);
        if (!next.find(end)) {
          break;
        }
        end = next.end();
      }
      if (best > 0 && !overlaps(existing, start, best) && !overlaps(out, start, best)) {
        out.add(new ActorMention(start, best, text.substring(start, best), code, "", "PLACE", ""));
        from = best;
      } else {
        from = m.end();
      }
    }
    return out;
  }

  private static boolean overlaps(List<ActorMention> mentions, int start, int end) {
    for (ActorMention x : mentions) {
      if (x.start() < end && start < x.end()) {
        return true;
      }
    }
    return false;
  }
}
