package org.veille.store.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veille.store.EventFilter;
import org.veille.store.EventRow;
import org.veille.store.EventStore;
import org.veille.store.MentionRow;

/**
 * Writes the events of a store that match a filter in one format. Text formats go to a temporary
 * file renamed at the end, so a failed export never leaves half a file under the asked name.
 *
 * @return how many rows were written (events, or mentions for gdelt-mentions)
 */
public final class Exporter {
  private Exporter() {
  }

  public static int export(EventStore store, ExportFormat format, EventFilter filter, Path out) {
    if (format == ExportFormat.PARQUET) {
      store.exportParquet(filter, out);
      return store.events(filter).size();
    }
    List<EventRow> events = store.events(filter);
    Map<Long, List<MentionRow>> mentions = new LinkedHashMap<>();
    for (MentionRow m : store.mentions(filter)) {
      mentions.computeIfAbsent(m.eventId(), k -> new ArrayList<>()).add(m);
    }
    Path tmp = out.resolveSibling(out.getFileName() + ".part");
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      int rows;
      try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8))) {
        rows = switch (format) {
          case PLOVER -> PloverJsonLines.write(events, mentions, w);
          case GDELT -> GdeltEvents.write(events, mentions, w);
          case GDELT_MENTIONS -> GdeltMentions.write(events, mentions, w);
          case CSV -> CsvEvents.write(events, w);
          case PARQUET -> throw new IllegalStateException("written by the store");
        };
      }
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }
}
