package org.veille.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser called directly, keeping only the basic tree. CoreNLP's depparse
 * annotator also derives collapsed, CC-processed, enhanced and enhanced++ graphs from every parse (the
 * last one runs English semgrex rules); the coder reads only the basic tree, so that work is skipped.
 * Same model, same {@link DependencyParser#predict} call: the basic tree is the annotator's.
 */
final class BasicDependencyParser {
  private final DependencyParser parser;

  BasicDependencyParser(String model) {
    this.parser = DependencyParser.loadFromModelFile(model, new Properties());
  }

  /** The basic dependency graph of a tagged sentence (tokens with POS tags). */
  SemanticGraph parse(CoreMap sentence) {
    GrammaticalStructure gs = parser.predict(sentence);
    return SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC,
        GrammaticalStructure.Extras.NONE, null);
  }
}
