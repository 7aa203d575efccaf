package org.veille.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The `veille` command. Exit codes: 0 success; 1 failure (bad usage, unreadable output, crash);
 * 2 finished, but some inputs were rejected (each reported on standard error with file and line).
 */
@Command(name = "veille", mixinStandardHelpOptions = true, version = "veille 0.1.0",
    description = "Political event data from French news: who did what to whom, when, where.",
    subcommands = {ExtractCommand.class, AnnotateCommand.class, IngestCommand.class, ExportCommand.class,
        QueryCommand.class, ActorsCommand.class, BenchCommand.class, ServeCommand.class, DemoCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:failure (usage, I/O, crash)", "2:done, but some inputs were rejected"})
public final class Main implements Runnable {
  public static final int REJECTED = 2;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((ex, line, parsed) -> {
      line.getErr().println("veille: " + ex.getMessage());
      return 1;
    });
    cl.setParameterExceptionHandler((ex, args2) -> {
      ex.getCommandLine().getErr().println("veille: " + ex.getMessage());
      ex.getCommandLine().usage(ex.getCommandLine().getErr());
      return 1;
    });
    return cl.execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
