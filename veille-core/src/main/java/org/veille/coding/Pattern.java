package org.veille.coding;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One coding rule read from a pattern file: which trigger words, which PLOVER type, where in the parse
 * to look for the actor and the recipient, and the conditions under which it applies.
 *
 * @param triggers  lemmas that trigger the rule
 * @param pos       V (verbs), N (nouns) or A (adjectives and participles)
 * @param actor     argument paths tried in order for the actor ("subj", "obl:à/en")
 * @param recipient argument paths tried in order for the recipient; empty when none
 * @param options   the remaining key=value or flag options ("mode=visit", "refl", "obj=accord/traité")
 */
public record Pattern(String id, Set<String> triggers, String pos, String type, List<String> actor,
                      List<String> recipient, Map<String, String> options, String source) {

  public String option(String key) {
    return options.get(key);
  }

  public boolean has(String flag) {
    return options.containsKey(flag);
  }

  public String mode() {
    return options.getOrDefault("mode", "");
  }

  public String context() {
    return options.getOrDefault("context", "");
  }
}
