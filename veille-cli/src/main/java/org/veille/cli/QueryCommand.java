package org.veille.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.veille.store.EventRow;
import org.veille.store.EventStore;
import org.veille.store.SearchHit;
import org.veille.store.Table;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Common questions to the store, answered as aligned text tables or JSON Lines (--json).",
    subcommands = {QueryCommand.Dyad.class, QueryCommand.TopDyads.class, QueryCommand.Events.class,
        QueryCommand.Search.class})
final class QueryCommand implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /** What every query shares: the store and the output form. */
  static final class Common {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--json", description = "One JSON object per line instead of a text table.")
    boolean json;
  }

  @Command(name = "dyad", mixinStandardHelpOptions = true,
      description = "Events from one party to another (or joint events of both), by month and type.")
  static final class Dyad implements Callable<Integer> {
    @Mixin
    Common common;

    @Mixin
    FilterOptions filter;

    @Override
    public Integer call() {
      if (filter.actor == null || filter.recipient == null) {
        System.err.println("veille: dyad needs --actor CODE and --recipient CODE");
        return 1;
      }
      try (EventStore store = common.storeOptions.open()) {
        var f = filter.filter();
        TextTable.print(store.dyadByMonth(f.actor(), f.recipient(), f), common.json, System.out);
      }
      return 0;
    }
  }

  @Command(name = "top-dyads", mixinStandardHelpOptions = true,
      description = "The actor-recipient pairs with the most events.")
  static final class TopDyads implements Callable<Integer> {
    @Mixin
    Common common;

    @Mixin
    FilterOptions filter;

    @Option(names = "--limit", paramLabel = "N", description = "How many pairs (default: ${DEFAULT-VALUE}).",
        defaultValue = "20")
    int limit;

    @Override
    public Integer call() {
      try (EventStore store = common.storeOptions.open()) {
        TextTable.print(store.topDyads(filter.filter(), limit), common.json, System.out);
      }
      return 0;
    }
  }

  @Command(name = "events", mixinStandardHelpOptions = true, description = "The events matching the filters.")
  static final class Events implements Callable<Integer> {
    @Mixin
    Common common;

    @Mixin
    FilterOptions filter;

    @Override
    public Integer call() {
      try (EventStore store = common.storeOptions.open()) {
        List<List<Object>> rows = new ArrayList<>();
        for (EventRow e : store.events(filter.filter())) {
          rows.add(java.util.Arrays.asList(e.id(), e.date(), e.type(), e.mode(), e.modality(),
              party(e.actorCode(), e.actorSector()), party(e.recipientCode(), e.recipientSector()),
              e.locationCountry(), (long) e.numMentions(), (long) e.numArticles(), (long) e.numSources()));
        }
        TextTable.print(new Table(List.of("id", "date", "type", "mode", "modality", "actor", "recipient", "where",
            "mentions", "articles", "sources"), rows), common.json, System.out);
      }
      return 0;
    }

    private static String party(String code, String sector) {
      return code == null || code.isEmpty() ? "" : sector == null || sector.isEmpty() ? code : code + " " + sector;
    }
  }

  @Command(name = "search", mixinStandardHelpOptions = true,
      description = "Full-text search over article text (French and English stemming), terms marked «like this».")
  static final class Search implements Callable<Integer> {
    @Mixin
    Common common;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "Words to find (Lucene syntax accepted).")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", description = "How many articles (default: ${DEFAULT-VALUE}).",
        defaultValue = "10")
    int limit;

    @Override
    public Integer call() {
      try (EventStore store = common.storeOptions.open()) {
        List<SearchHit> hits = store.search(String.join(" ", words), limit);
        for (SearchHit h : hits) {
          if (common.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("doc_id", h.docId());
            m.put("title", h.title());
            m.put("lang", h.lang());
            m.put("published", h.published());
            m.put("score", h.score());
            m.put("fragments", h.fragments());
            System.out.println(TextTable.write(m));
          } else {
            System.out.printf(java.util.Locale.ROOT, "%s  %s  %s  %.2f  %s%n", h.docId(),
                h.published() == null ? "----------" : h.published(), h.lang(), h.score(), h.title());
            h.fragments().forEach(f -> System.out.println("    …" + f + "…"));
          }
        }
        if (hits.isEmpty() && !common.json) {
          System.out.println("(nothing)");
        }
      }
      return 0;
    }
  }
}
