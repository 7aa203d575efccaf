package org.veille.store;

import java.nio.file.Path;

/** The DuckDB backend against the contract. */
final class DuckDbEventStoreTest extends EventStoreContract {
  @Override
  protected EventStore open(Path storeDir) {
    return DuckDbEventStore.open(storeDir);
  }
}
