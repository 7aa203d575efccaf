package org.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void aTerminalGetsOneUpdatedLineAndAPipeNothing() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    Progress onTerminal = new Progress(new PrintStream(buf, true, StandardCharsets.UTF_8), true, 30);
    onTerminal.advance(8);
    onTerminal.advance(8);
    String shown = buf.toString(StandardCharsets.UTF_8);
    assertTrue(shown.startsWith("\r8/30 articles, "), shown);
    assertTrue(shown.contains("\r16/30 articles, ") && shown.contains("articles/s, ETA "), shown);
    assertTrue(!shown.contains("\n"), "one line, rewritten in place");

    ByteArrayOutputStream quiet = new ByteArrayOutputStream();
    Progress onPipe = new Progress(new PrintStream(quiet, true, StandardCharsets.UTF_8), false, 30);
    onPipe.advance(8);
    onPipe.end();
    assertEquals(0, quiet.size());
  }

  @Test
  void durations() {
    assertEquals("0m05s", Progress.duration(5));
    assertEquals("2m03s", Progress.duration(123));
    assertEquals("1h01m", Progress.duration(3660));
  }
}
