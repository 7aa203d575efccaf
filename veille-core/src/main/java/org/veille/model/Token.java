package org.veille.model;

/**
 * A word of a sentence after multi-word-token expansion ("du" → "de" + "le").
 *
 * @param index   0-based position in its sentence
 * @param word    surface form
 * @param start   character offset of the word in the article text (expanded words share their span)
 * @param end     end offset, exclusive
 * @param pos     universal POS tag (NOUN, VERB, PROPN, ...)
 * @param lemma   dictionary form
 * @param feats   morphological features, UD style ("Mood=Ind|Tense=Fut"), empty when unknown
 * @param head    index of the syntactic head in the sentence, -1 for the root or when not parsed
 * @param deprel  UD relation to the head ("nsubj", "obj", "obl:arg"...), empty when not parsed
 * @param ner     named-entity class from the tagger (PER, LOC, ORG, MISC) or "O"
 */
public record Token(int index, String word, int start, int end, String pos, String lemma, String feats,
                    int head, String deprel, String ner) {

  public boolean hasFeature(String feature) {
    return !feats.isEmpty() && ("|" + feats + "|").contains("|" + feature + "|");
  }

  public Token withMorphology(String newLemma, String newFeats) {
    return new Token(index, word, start, end, pos, newLemma, newFeats, head, deprel, ner);
  }
}
