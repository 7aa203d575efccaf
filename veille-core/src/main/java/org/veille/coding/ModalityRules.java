package org.veille.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veille.model.Modality;

/**
 * The words and verb forms that make an event future, hypothetical or negated, read from
 * {@code <lang>/coding/modality.txt}. Each rule names where the cue sits relative to the event's clause
 * verb: its own tense or mood, a governing verb ("va signer", "refuse de signer"), an adverb child
 * ("pas", "jamais"), a subordinating conjunction ("si"), or an adjective on a nominal trigger.
 */
public final class ModalityRules {
  private final Map<String, Modality> rules = new HashMap<>();

  private ModalityRules(List<String> lines, String source) {
    for (String line : lines) {
      String[] c = line.split("\\s+");
      if (c.length < 3) {
        throw new IllegalArgumentException(source + ": expected 'kind word modality': " + line);
      }
      rules.put(c[0] + " " + c[1].replace('_', ' '), Modality.valueOf(c[2].toUpperCase()));
    }
  }

  public static ModalityRules load(String lang) {
    String path = "/org/veille/" + lang + "/coding/modality.txt";
    return new ModalityRules(Resources.lines(path), path);
  }

  public static ModalityRules of(List<String> lines) {
    return new ModalityRules(lines, "inline");
  }

  /** The modality a cue of this kind and word implies, or null. */
  public Modality cue(String kind, String word) {
    return rules.get(kind + " " + word);
  }
}
