package org.veille.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.veille.Veille;
import org.veille.model.Article;
import org.veille.model.Document;
import org.veille.server.ServerConfig;
import org.veille.server.VeilleServer;
import org.veille.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the store: the read API under /api (openapi.yaml at /api/openapi.yaml) and the "
        + "dashboard at /. POST /api/ingest needs --token (or VEILLE_TOKEN); without one it is disabled."})
final class ServeCommand implements Callable<Integer> {
  @Mixin
  StoreOptions storeOptions;

  @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(names = "--host", paramLabel = "ADDR", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "Bearer token for POST /api/ingest (default: the VEILLE_TOKEN environment variable).")
  String token = System.getenv("VEILLE_TOKEN");

  @Override
  public Integer call() throws InterruptedException {
    try (EventStore store = storeOptions.open()) {
      serve(store, host, port, token);
    }
    return 0;
  }

  /** Serves until the JVM is stopped (Ctrl-C). */
  static void serve(EventStore store, String host, int port, String token) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    try (VeilleServer server = VeilleServer.create(store, new LazyFrench(), new ServerConfig(host, port, token))) {
      server.start();
      String shown = host.equals("0.0.0.0") || host.equals("127.0.0.1") ? "localhost" : host;
      System.out.println("veille: serving on http://" + shown + ":" + server.port() + "/  (API: /api/openapi.yaml; "
          + (token == null || token.isBlank() ? "ingest disabled" : "ingest with the bearer token") + "; Ctrl-C stops)");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.close();
        stopped.countDown();
      }));
      stopped.await();
    }
  }

  /** The French pipeline, loaded at the first posted article. */
  static final class LazyFrench implements java.util.function.Function<Article, Document> {
    private Veille veille;

    @Override
    public synchronized Document apply(Article a) {
      if (!a.lang().equals("fr")) {
        return Document.of(a);
      }
      if (veille == null) {
        veille = Veille.builder().lang("fr").build();
      }
      return veille.process(a);
    }
  }
}
