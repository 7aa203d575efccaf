package org.veille.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.veille.store.EventStore;
import org.veille.store.export.ExportFormat;
import org.veille.store.export.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes the store's events in a standard format (docs/store.md): PLOVER JSON Lines, GDELT 2.0 "
        + "Events or Mentions TSV, CSV with a header, or Parquet."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:success", "1:failure"})
final class ExportCommand implements Callable<Integer> {
  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "plover, gdelt, gdelt-mentions, csv or parquet.")
  String format;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Output file.")
  Path output;

  @Mixin
  StoreOptions storeOptions;

  @Mixin
  FilterOptions filterOptions;

  @Override
  public Integer call() {
    ExportFormat f;
    try {
      f = ExportFormat.parse(format);
    } catch (IllegalArgumentException e) {
      System.err.println("veille: unknown format '" + format + "' (plover, gdelt, gdelt-mentions, csv, parquet)");
      return 1;
    }
    try (EventStore store = storeOptions.open()) {
      int rows = Exporter.export(store, f, filterOptions.filter(), output);
      System.err.println("veille: " + rows + (f == ExportFormat.GDELT_MENTIONS ? " mentions" : " events")
          + " written to " + output + " (" + f.label() + ")");
      return 0;
    }
  }
}
