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

  /**
   * Runs every input through the pipeline on the worker threads and writes what {@code render} makes of
   * each document, in input order; rejections go to standard error. Returns the run's counters.
   */
  org.veille.batch.BatchStats run(org.veille.Veille veille, Output out,
                                  java.util.function.Function<org.veille.model.Document,
                                      List<java.util.Map<String, Object>>> render,
                                  org.veille.batch.Checkpoint checkpoint) {
    org.veille.batch.BatchProcessor batch = new org.veille.batch.BatchProcessor(veille::process, threads, docs -> {
      for (org.veille.model.Document d : docs) {
        for (java.util.Map<String, Object> record : render.apply(d)) {
          out.line(record);
        }
      }
      out.flush();
    }, r -> System.err.println("veille: " + r), checkpoint);
    try (batch) {
      readAll(batch);
    }
    return batch.stats();
  }

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
