package org.veille.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.veille.Veille;
import org.veille.batch.Checkpoint;
import org.veille.io.EventJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Reads articles and writes one event record per line (JSON; see docs/events.md).",
        "Bad inputs are reported on standard error with file and line, and skipped."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:failure", "2:done, but some inputs were rejected"})
final class ExtractCommand implements Callable<Integer> {
  @Mixin
  InputOptions in;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (default: standard output).")
  Path output;

  @Option(names = "--resume", description = "Continue an interrupted run into the same OUT: finished documents "
      + "are kept and skipped, half-written ones redone.")
  boolean resume;

  @Option(names = "--explain", description = "Add the pattern id and the matched words to each record.")
  boolean explain;

  @Option(names = "--plover-strict", description = "PLOVER's rule: future CONSULT/SUPPORT/COOPERATE/AID become AGREE.")
  boolean ploverStrict;

  @Option(names = "--naive", description = "Benchmark baseline: full CoreNLP pipeline, every sentence parsed.")
  boolean naive;

  @Option(names = "--ner", description = "Also run CoreNLP's named-entity tagger (slower; the coder does not need it).")
  boolean ner;

  @Option(names = "--stats", description = "Print counts, processing time and heap peak on standard error.")
  boolean stats;

  @Override
  public Integer call() throws Exception {
    if (resume && output == null) {
      System.err.println("veille: --resume needs -o OUT");
      return 1;
    }
    Veille veille = Veille.builder().lang("fr").naive(naive).ner(ner).ploverStrict(ploverStrict).build();
    Checkpoint checkpoint = output == null ? null
        : resume ? Checkpoint.resume(output) : Checkpoint.fresh(output);
    try (Output out = new Output(output)) {
      var s = in.run(veille, out, d -> {
        d.warnings().forEach(w -> System.err.println("veille: " + d.article().id() + ": warning: " + w));
        return d.events().stream().map(e -> EventJson.toMap(e, explain)).toList();
      }, checkpoint);
      System.err.printf("veille: %d articles, %d events, %d rejected%s%n", s.articles(), s.events(),
          s.rejectedCount(), s.skippedCount() > 0 ? ", " + s.skippedCount() + " already done (resumed)" : "");
      if (stats) {
        System.err.println(s.line());
        System.err.println("stages: " + veille.pipeline().timings());
      }
      return s.rejectedCount() > 0 ? Main.REJECTED : 0;
    }
  }
}
