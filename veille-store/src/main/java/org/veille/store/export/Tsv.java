package org.veille.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Tab-separated lines: a tab or line break inside a value would shift every column after it. */
final class Tsv {
  private Tsv() {
  }

  static void line(Writer w, List<String> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        w.write('\t');
      }
      String v = values.get(i);
      w.write(v == null ? "" : v.replaceAll("[\\t\\r\\n]+", " "));
    }
    w.write('\n');
  }
}
