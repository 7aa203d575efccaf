package org.veille.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/** JSON Lines to a file (appended, for resumable runs) or to standard output. */
final class Output implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
  private final Writer writer;
  private final boolean stdout;

  Output(Path file) throws IOException {
    stdout = file == null;
    if (file == null) {
      writer = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    } else {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    }
  }

  void line(Map<String, Object> record) throws IOException {
    writer.write(JSON.writeValueAsString(record));
    writer.write('\n');
  }

  void flush() throws IOException {
    writer.flush();
  }

  @Override
  public void close() throws IOException {
    writer.flush();
    if (!stdout) {
      writer.close(); // standard output stays open for whatever prints after us
    }
  }
}
