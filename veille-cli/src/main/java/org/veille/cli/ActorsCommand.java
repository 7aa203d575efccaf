package org.veille.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.veille.actors.WikidataDump;
import org.veille.actors.WikidataOffices;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "actors", mixinStandardHelpOptions = true,
    description = "The actor data: who held which office when (see docs/actors.md).",
    subcommands = {ActorsCommand.ImportWikidata.class})
final class ActorsCommand implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  @Command(name = "import-wikidata", mixinStandardHelpOptions = true,
      description = {
          "Builds an office table (same format as the shipped offices.tsv) from a Wikidata JSON dump "
              + "(latest-all.json or .json.gz, read as a stream, twice): one row per \"position held\" "
              + "(P39) statement of a human whose position is a head of state or government, minister... "
              + "of a country (rules: org/veille/actors/wikidata-positions.tsv).",
          "To use it, set the environment variable VEILLE_OFFICES (or the system property, "
              + "JAVA_OPTS=-DVEILLE_OFFICES=FILE) to the written file: it extends the shipped table, and a "
              + "person it contains has their shipped offices replaced by the imported ones. See docs/actors.md.",
          "Malformed lines are reported on standard error with their line number, and skipped."},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:success", "1:failure", "2:done, but some lines were rejected"})
  static final class ImportWikidata implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DUMP", description = "Wikidata JSON dump (.json or .json.gz).")
    Path dump;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
        description = "Office table to write (default: ${DEFAULT-VALUE}).")
    Path output = Path.of("veille-data", "offices.tsv");

    @Override
    public Integer call() throws IOException {
      if (!Files.isRegularFile(dump) || !Files.isReadable(dump)) {
        System.err.println("veille: " + dump + ": no such readable file");
        return 1;
      }
      WikidataOffices offices = WikidataOffices.read(new WikidataDump(dump),
          message -> System.err.println("veille: " + message));
      Path target = output.toAbsolutePath();
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
      try {
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
          String when = ZonedDateTime.now(ZoneOffset.UTC).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
          offices.write(w, dump.getFileName().toString(), when);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
      WikidataOffices.Summary s = offices.summary();
      System.err.println("veille: " + s);
      System.err.println("veille: wrote " + output);
      return s.rejected() > 0 ? Main.REJECTED : 0;
    }
  }
}
