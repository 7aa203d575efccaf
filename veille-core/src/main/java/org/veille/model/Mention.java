package org.veille.model;

/** One place in an article where an event is stated: sentence number, character span and quote. */
public record Mention(int sentence, int start, int end, String quote) {
}
