package org.veille.store.export;

import java.util.Locale;

/** The formats `veille export` writes (docs/store.md). */
public enum ExportFormat {
  PLOVER, GDELT, GDELT_MENTIONS, CSV, PARQUET;

  public static ExportFormat parse(String name) {
    return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
