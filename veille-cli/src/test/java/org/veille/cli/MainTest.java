package org.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Usage and option errors: no models are loaded. */
class MainTest {
  @Test
  void helpListsTheCommandsAndExitCodes() {
    Cli.Result r = Cli.run("--help");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("extract"), r.out());
    assertTrue(r.out().contains("annotate"), r.out());
    for (String command : new String[] {"ingest", "export", "query"}) {
      assertTrue(r.out().contains(command), command + " in " + r.out());
    }
    assertTrue(r.out().contains("Exit codes"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void noArgumentsPrintsUsage() {
    Cli.Result r = Cli.run();
    assertEquals(0, r.code());
    assertTrue(r.out().contains("Usage: veille"), r.out());
  }

  @Test
  void versionIsPrinted() {
    Cli.Result r = Cli.run("--version");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("veille 0.1.0"), r.out());
  }

  @Test
  void extractHelpDescribesItsOptions() {
    Cli.Result r = Cli.run("extract", "--help");
    assertEquals(0, r.code(), r.err());
    for (String option : new String[] {"--output", "--resume", "--published", "--lang", "--threads", "--explain"}) {
      assertTrue(r.out().contains(option), option + " in " + r.out());
    }
    assertTrue(r.out().contains("2:done, but some inputs were rejected") || r.out().contains("some inputs were rejected"));
  }

  @Test
  void annotateHelp() {
    Cli.Result r = Cli.run("annotate", "--help");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("--entities"), r.out());
  }

  @Test
  void unknownOptionFailsWithUsageOnStandardError() {
    Cli.Result r = Cli.run("extract", "--no-such-option");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("veille: Unknown option: '--no-such-option'"), r.err());
    assertTrue(r.err().contains("Usage:"), r.err());
    assertFalse(r.out().contains("Usage:"), "usage after an error goes to standard error");
  }

  @Test
  void unknownCommandAndBadValuesFail() {
    assertEquals(1, Cli.run("extrait").code());
    Cli.Result date = Cli.run("extract", "--published", "30/02/2024", "x.txt");
    assertEquals(1, date.code());
    assertTrue(date.err().contains("--published"), date.err());
    assertEquals(1, Cli.run("extract", "--threads", "beaucoup", "x.txt").code());
  }

  @Test
  void resumeWithoutOutputFileFailsBeforeLoadingAnything() {
    Cli.Result r = Cli.run("extract", "--resume", "x.jsonl");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("--resume needs -o OUT"), r.err());
  }
}
