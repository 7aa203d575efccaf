package org.veille.cli;

import java.nio.file.Path;
import org.veille.store.DuckDbEventStore;
import org.veille.store.EventStore;
import picocli.CommandLine.Option;

/** Where the store is. */
public final class StoreOptions {
  @Option(names = "--store", paramLabel = "DIR",
      description = "Store directory (default: ./veille-data/): veille.duckdb and the lucene/ index.")
  Path store = DuckDbEventStore.DEFAULT_DIR;

  EventStore open() {
    return EventStore.open(store);
  }
}
