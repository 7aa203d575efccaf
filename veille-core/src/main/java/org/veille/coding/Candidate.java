package org.veille.coding;

import java.util.List;
import org.veille.model.Token;

/**
 * A pattern that matched in a sentence, before its arguments are turned into actors: the trigger word,
 * the clause verb that carries tense and mood, and, for each role, the words found by each of the
 * pattern's argument paths, in the pattern's order (the coder takes the first that names someone).
 */
public record Candidate(Pattern pattern, Token trigger, Token clause, List<List<Token>> actorOptions,
                        List<List<Token>> recipientOptions) {

  /** The words of the first path that found any: what --explain shows. */
  public List<Token> actorArgs() {
    return first(actorOptions);
  }

  public List<Token> recipientArgs() {
    return first(recipientOptions);
  }

  private static List<Token> first(List<List<Token>> options) {
    return options.stream().filter(o -> !o.isEmpty()).findFirst().orElse(List.of());
  }
}
