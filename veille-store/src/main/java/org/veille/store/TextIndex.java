package org.veille.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * The full-text index beside the DuckDB file. Each article's text goes to a field of its language
 * (French or English stemming and stop words; a plain analyzer otherwise), so a query finds
 * « manifestations » for « manifestation ». Documents are keyed by content hash: indexing twice
 * replaces, never duplicates.
 */
final class TextIndex implements AutoCloseable {
  private static final String[] FIELDS = {"text_fr", "text_en", "text_other"};
  private static final FieldType TEXT = new FieldType();

  static {
    // offsets in the postings let the highlighter mark terms without re-analysing whole articles
    TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT.setTokenized(true);
    TEXT.setStored(true);
    TEXT.freeze();
  }

  private final Analyzer analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(),
      Map.of("text_fr", new FrenchAnalyzer(), "text_en", new EnglishAnalyzer()));
  private final FSDirectory directory;
  private final IndexWriter writer;

  TextIndex(Path dir) throws IOException {
    directory = FSDirectory.open(dir);
    writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
  }

  static String field(String lang) {
    return switch (lang) {
      case "fr" -> "text_fr";
      case "en" -> "text_en";
      default -> "text_other";
    };
  }

  void add(long id, String hash, String lang, String text) throws IOException {
    Document doc = new Document();
    doc.add(new StringField("hash", hash, Field.Store.YES));
    doc.add(new StoredField("id", id));
    doc.add(new Field(field(lang), text, TEXT));
    writer.updateDocument(new Term("hash", hash), doc);
  }

  void clear() throws IOException {
    writer.deleteAll();
  }

  void commit() throws IOException {
    writer.commit();
  }

  int size() {
    return writer.getDocStats().numDocs;
  }

  /** A hit: the article id, its score and its marked fragments. */
  record Hit(long id, float score, List<String> fragments) {
  }

  List<Hit> search(String text, int limit) {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Query query = parse(text);
      TopDocs top = searcher.search(query, Math.max(1, limit));
      UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
          .withFormatter(new DefaultPassageFormatter("«", "»", "…", false))
          .build();
      List<String[]> perField = new ArrayList<>();
      for (String f : FIELDS) {
        perField.add(highlighter.highlight(f, query, top, 3));
      }
      List<Hit> hits = new ArrayList<>();
      for (int i = 0; i < top.scoreDocs.length; i++) {
        ScoreDoc sd = top.scoreDocs[i];
        List<String> fragments = new ArrayList<>();
        for (String[] marked : perField) {
          if (marked[i] != null) {
            for (String frag : marked[i].split("…")) {
              if (!frag.isBlank()) {
                fragments.add(frag.strip().replaceAll("\\s+", " "));
              }
            }
          }
        }
        long id = searcher.storedFields().document(sd.doc).getField("id").numericValue().longValue();
        hits.add(new Hit(id, sd.score, fragments));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lucene's query syntax when it parses; the words taken literally when it does not. */
  private Query parse(String text) {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      try {
        return parser.parse(QueryParser.escape(text));
      } catch (ParseException again) {
        throw new IllegalArgumentException("cannot search for: " + text, again);
      }
    }
  }

  @Override
  public void close() {
    try {
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
