package org.veille.model;

import java.util.List;

/**
 * A sentence with its tokens. {@code parsed} tells whether heads and relations were computed: the
 * dependency parse is skipped for sentences that cannot hold an event.
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens, boolean parsed) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }

  public List<Token> dependents(Token head) {
    return tokens.stream().filter(t -> t.head() == head.index()).toList();
  }

  public Token head(Token t) {
    return t.head() >= 0 && t.head() < tokens.size() ? tokens.get(t.head()) : null;
  }

  public Sentence withTokens(List<Token> newTokens, boolean isParsed) {
    return new Sentence(index, start, end, text, newTokens, isParsed);
  }
}
