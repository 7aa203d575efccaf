package org.veille.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.veille.Veille;
import java.util.List;
import org.veille.io.AnnotationJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = {"Shows what Veille sees in each article: sentences, tokens with POS, lemma, morphology and "
        + "dependencies, actor mentions, time expressions and events, one JSON object per article."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:failure", "2:done, but some inputs were rejected"})
final class AnnotateCommand implements Callable<Integer> {
  @Mixin
  InputOptions in;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (default: standard output).")
  Path output;

  @Option(names = "--entities", description = "Only {doc_id, entities:[{start, end, text, type, code, sector}]}.")
  boolean entities;

  @Option(names = "--times", description = "Only {doc_id, times:[{start, end, text, type, value}]}.")
  boolean times;

  @Override
  public Integer call() throws Exception {
    // names of people and places the gazetteer does not know come from CoreNLP's entity tagger
    Veille veille = Veille.builder().lang("fr").ner(entities || !times).build();
    if (output != null) {
      java.nio.file.Files.deleteIfExists(output);
    }
    try (Output out = new Output(output)) {
      var s = in.run(veille, out, d -> List.of(
          entities ? AnnotationJson.entities(d) : times ? AnnotationJson.times(d) : AnnotationJson.full(d)), null);
      return s.rejectedCount() > 0 ? Main.REJECTED : 0;
    }
  }
}
