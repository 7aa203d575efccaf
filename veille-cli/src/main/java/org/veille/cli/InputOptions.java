package org.veille.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.veille.ingest.ArticleSink;
import org.veille.ingest.InputReader;
import org.veille.ingest.ReadOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Inputs and reading options shared by the commands that read articles. */
public final class InputOptions {
  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Corpus JSON Lines (.jsonl), text files (.txt), or '-' for standard input (the default).")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date for inputs that give none (text files, standard input).")
  LocalDate published;

  @Option(names = "--lang", paramLabel = "fr|en|auto", defaultValue = "auto",
      description = "Language of inputs that do not say (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  void readAll(ArticleSink sink) {
    InputReader reader = new InputReader(new ReadOptions(published, lang));
    if (inputs.isEmpty()) {
      reader.readStdin(System.in, sink);
      return;
    }
    for (Path p : inputs) {
      if (p.toString().equals("-")) {
        reader.readStdin(System.in, sink);
      } else {
        reader.read(p, sink);
      }
    }
  }
}
