package org.veille.model;

import java.util.List;

/**
 * The immutable state of one article as it flows through the pipeline. Each stage returns a copy
 * with its own layer filled in; nothing is mutated in place.
 */
public record Document(Article article, List<Sentence> sentences, List<ActorMention> actors,
                       List<TimeExpression> times, List<Event> events, List<String> warnings) {
  public Document {
    sentences = List.copyOf(sentences);
    actors = List.copyOf(actors);
    times = List.copyOf(times);
    events = List.copyOf(events);
    warnings = List.copyOf(warnings);
  }

  public static Document of(Article article) {
    return new Document(article, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  public String text() {
    return article.text();
  }

  public Document withArticle(Article a) {
    return new Document(a, sentences, actors, times, events, warnings);
  }

  public Document withSentences(List<Sentence> s) {
    return new Document(article, s, actors, times, events, warnings);
  }

  public Document withActors(List<ActorMention> a) {
    return new Document(article, sentences, a, times, events, warnings);
  }

  public Document withTimes(List<TimeExpression> t) {
    return new Document(article, sentences, actors, t, events, warnings);
  }

  public Document withEvents(List<Event> e) {
    return new Document(article, sentences, actors, times, e, warnings);
  }

  public Document withWarning(String w) {
    List<String> all = new java.util.ArrayList<>(warnings);
    all.add(w);
    return new Document(article, sentences, actors, times, events, all);
  }

  /** The sentence containing a character offset, or null. */
  public Sentence sentenceAt(int offset) {
    for (Sentence s : sentences) {
      if (offset >= s.start() && offset < s.end()) {
        return s;
      }
    }
    return null;
  }
}
