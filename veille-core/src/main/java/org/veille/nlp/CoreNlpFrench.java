package org.veille.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.veille.model.Sentence;
import org.veille.model.Token;

/**
 * CoreNLP's French models behind a small facade: tagging of a whole text, then dependency parsing of
 * only the sentences a caller selects (parsing is the costly step, ~130 sentences/s per core).
 *
 * <p>Models load once per process; CoreNLP annotators are safe to call from several threads.
 */
public final class CoreNlpFrench {
  private static final String PARSER_MODEL = "edu/stanford/nlp/models/parser/nndep/UD_French.gz";
  private static volatile CoreNlpFrench instance;
  private static volatile CoreNlpFrench withNer;
  private static volatile CoreNlpFrench full;

  private final StanfordCoreNLP tagger;
  /** CoreNLP's whole depparse annotator (the benchmark baseline), or null when {@link #basic} is used. */
  private final StanfordCoreNLP parser;
  private final BasicDependencyParser basic;
  private final FrenchLexicon lexicon = FrenchLexicon.get();

  private CoreNlpFrench(boolean ner, boolean fullParse) {
    Properties base = new Properties();
    base.setProperty("tokenize.language", "fr");
    base.setProperty("ssplit.newlineIsSentenceBreak", "always");
    base.setProperty("mwt.mappingFile", "edu/stanford/nlp/models/mwt/french/french-mwt.tsv");
    base.setProperty("mwt.pos.model", "edu/stanford/nlp/models/mwt/french/french-mwt.tagger");
    base.setProperty("mwt.statisticalMappingFile",
        "edu/stanford/nlp/models/mwt/french/french-mwt-statistical.tsv");
    base.setProperty("mwt.preserveCasing", "false");
    base.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/french-ud.tagger");
    base.setProperty("ner.model", "edu/stanford/nlp/models/ner/french-wikiner-4class.crf.ser.gz");
    base.setProperty("ner.applyFineGrained", "false");
    base.setProperty("ner.applyNumericClassifiers", "false");
    base.setProperty("ner.useSUTime", "false");
    base.setProperty("depparse.model", PARSER_MODEL);

    Properties tag = (Properties) base.clone();
    tag.setProperty("annotators", ner ? "tokenize,ssplit,mwt,pos,ner" : "tokenize,ssplit,mwt,pos");
    tagger = new StanfordCoreNLP(tag);

    if (fullParse) {
      Properties parse = (Properties) base.clone();
      parse.setProperty("annotators", "depparse");
      parse.setProperty("enforceRequirements", "false");
      parser = new StanfordCoreNLP(parse, false);
      basic = null;
    } else {
      parser = null;
      basic = new BasicDependencyParser(PARSER_MODEL);
    }
  }

  /**
   * The benchmark baseline: CoreNLP's full pipeline as it comes, named entities and the depparse
   * annotator with all its graph conversions; results are the same as {@link #get}'s, only slower.
   */
  public static CoreNlpFrench fullPipeline() {
    if (full == null) {
      synchronized (CoreNlpFrench.class) {
        if (full == null) {
          full = new CoreNlpFrench(true, true);
        }
      }
    }
    return full;
  }

  /** The shared instance; {@code ner} adds CoreNLP's named-entity tagger (slower to load and run). */
  public static CoreNlpFrench get(boolean ner) {
    if (ner) {
      if (withNer == null) {
        synchronized (CoreNlpFrench.class) {
          if (withNer == null) {
            withNer = new CoreNlpFrench(true, false);
          }
        }
      }
      return withNer;
    }
    if (instance == null) {
      synchronized (CoreNlpFrench.class) {
        if (instance == null) {
          instance = new CoreNlpFrench(false, false);
        }
      }
    }
    return instance;
  }

  /**
   * Tags {@code text} (already normalised, same length as the original) and parses the sentences
   * that {@code parseIf} accepts, judged on their tagged tokens.
   */
  public List<Sentence> analyze(String text, Predicate<List<Token>> parseIf) {
    Annotation doc = new Annotation(text);
    tagger.annotate(doc);
    List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<List<Token>> tagged = new ArrayList<>();
    List<CoreMap> toParse = new ArrayList<>();
    boolean[] parsedAt = new boolean[coreSentences.size()];
    for (int i = 0; i < coreSentences.size(); i++) {
      List<Token> tokens = tokens(coreSentences.get(i));
      tagged.add(tokens);
      if (!tokens.isEmpty() && parseIf.test(tokens)) {
        toParse.add(coreSentences.get(i));
        parsedAt[i] = true;
      }
    }
    if (!toParse.isEmpty() && parser != null) {
      Annotation sub = new Annotation(text);
      sub.set(CoreAnnotations.SentencesAnnotation.class, toParse);
      parser.annotate(sub);
    } else {
      for (CoreMap cs : toParse) {
        cs.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic.parse(cs));
      }
    }
    List<Sentence> out = new ArrayList<>();
    for (int i = 0; i < coreSentences.size(); i++) {
      CoreMap cs = coreSentences.get(i);
      List<Token> tokens = tagged.get(i);
      boolean parsed = parsedAt[i];
      if (parsed) {
        tokens = withDependencies(tokens, cs.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
      }
      int start = cs.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = cs.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      out.add(new Sentence(i, start, end, text.substring(start, end), tokens, parsed));
    }
    return out;
  }

  private List<Token> tokens(CoreMap sentence) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> out = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      String word = l.word();
      String pos = l.tag() == null ? "X" : l.tag();
      Morphology m = lexicon.analyze(word, pos);
      String ner = l.ner() == null ? "O" : l.ner();
      out.add(new Token(i, word, l.beginPosition(), l.endPosition(), pos, m.lemma(), m.feats(), -1, "", ner));
    }
    return out;
  }

  private static List<Token> withDependencies(List<Token> tokens, SemanticGraph graph) {
    if (graph == null) {
      return tokens;
    }
    int[] heads = new int[tokens.size()];
    String[] rels = new String[tokens.size()];
    Arrays.fill(heads, -1);
    Arrays.fill(rels, "");
    for (SemanticGraphEdge e : graph.edgeIterable()) {
      int dep = e.getDependent().index() - 1;
      if (dep >= 0 && dep < heads.length) {
        heads[dep] = e.getGovernor().index() - 1;
        rels[dep] = e.getRelation().toString();
      }
    }
    for (var root : graph.getRoots()) {
      int r = root.index() - 1;
      if (r >= 0 && r < rels.length) {
        rels[r] = "root";
      }
    }
    List<Token> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      out.add(new Token(t.index(), t.word(), t.start(), t.end(), t.pos(), t.lemma(), t.feats(),
          heads[t.index()], rels[t.index()], t.ner()));
    }
    return out;
  }
}
