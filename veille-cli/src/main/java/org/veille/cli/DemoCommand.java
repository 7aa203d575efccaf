package org.veille.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.veille.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Ingests the bundled sample corpus (samples/fr/dispatches.jsonl) into its own store "
        + "(./veille-data-demo/, never ./veille-data/), then serves the dashboard on http://localhost:8080/."})
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--store", paramLabel = "DIR", description = "Demo store (default: ${DEFAULT-VALUE}).")
  Path store = Path.of("veille-data-demo");

  @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(names = "--host", paramLabel = "ADDR", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(names = "--corpus", paramLabel = "FILE", description = "Corpus to ingest (default: the bundled samples).")
  Path corpus;

  @Option(names = "--fresh", description = "Delete the demo store first.")
  boolean fresh;

  @Override
  public Integer call() throws Exception {
    Path input = corpus != null ? corpus : samples();
    if (fresh && Files.isDirectory(store)) {
      try (var walk = Files.walk(store)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    // the same ingest as `veille ingest`: idempotent, so a second demo starts at once
    int code = new CommandLine(new IngestCommand()).execute(input.toString(), "--store", store.toString());
    if (code == 1) {
      return 1;
    }
    try (EventStore s = EventStore.open(store)) {
      ServeCommand.serve(s, host, port, System.getenv("VEILLE_TOKEN"));
    }
    return 0;
  }

  /** samples/fr/dispatches.jsonl beside the launcher (veille.home), else under the working directory. */
  static Path samples() {
    String home = System.getProperty("veille.home");
    Path rel = Path.of("samples", "fr", "dispatches.jsonl");
    Path p = home != null ? Path.of(home).resolve(rel) : rel;
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException("sample corpus not found: " + p + " (run from the repository, or --corpus FILE)");
    }
    return p;
  }
}
