package org.veille.nlp;

/** Lemma and UD-style features of a word form, as found in a lexicon. */
public record Morphology(String lemma, String feats) {
}
