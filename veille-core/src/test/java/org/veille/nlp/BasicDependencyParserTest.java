package org.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veille.model.Sentence;
import org.veille.model.Token;

/**
 * The normal pipeline calls CoreNLP's parser directly and keeps the basic tree only; the benchmark
 * baseline runs CoreNLP's whole depparse annotator. Both must give the very same trees.
 */
class BasicDependencyParserTest {
  private static final String TEXT = "Le ministre des Affaires étrangères s'est rendu mardi à Berlin.\n"
      + "Les deux pays ont signé un accord de coopération militaire, a annoncé le gouvernement.\n"
      + "Des soldats ont été déployés à la frontière après l'attaque de jeudi.\n"
      + "Non.\n"
      + "Selon l'agence, qui cite des sources proches du dossier, Paris et Rome ne signeront pas le texte "
      + "tant que les garanties demandées, notamment sur les frontières, n'auront pas été données.\n"
      + "Manifestations à Dakar : trois morts.";

  @Test
  void basicTreesAreTheFullAnnotatorsTrees() {
    List<Sentence> basic = CoreNlpFrench.get(false).analyze(TEXT, tokens -> true);
    List<Sentence> full = CoreNlpFrench.fullPipeline().analyze(TEXT, tokens -> true);
    assertEquals(6, basic.size());
    assertEquals(trees(full), trees(basic));
    assertTrue(basic.stream().allMatch(Sentence::parsed));
    assertTrue(basic.get(0).tokens().stream().anyMatch(t -> t.deprel().equals("root")));
  }

  @Test
  void onlySelectedSentencesAreParsed() {
    List<Sentence> s = CoreNlpFrench.get(false).analyze(TEXT, tokens -> tokens.get(0).word().equals("Les"));
    assertEquals(List.of(false, true, false, false, false, false), s.stream().map(Sentence::parsed).toList());
    assertTrue(s.get(0).tokens().stream().allMatch(t -> t.head() == -1 && t.deprel().isEmpty()));
  }

  private static List<String> trees(List<Sentence> sentences) {
    List<String> out = new ArrayList<>();
    for (Sentence s : sentences) {
      for (Token t : s.tokens()) {
        out.add(s.index() + ":" + t.index() + " " + t.word() + " " + t.head() + " " + t.deprel());
      }
    }
    return out;
  }
}
