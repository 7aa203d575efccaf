package org.veille.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads pattern files. One rule a line, whitespace-separated columns:
 * {@code id triggers pos event actor recipient [options...]}; lists inside a column are separated by
 * commas (alternatives) and slashes (prepositions, lemmas); "-" is an empty column; "#" starts a comment.
 * The syntax is documented in docs/patterns.md.
 */
public final class PatternFile {
  private PatternFile() {
  }

  public static List<Pattern> parse(String source, BufferedReader reader) throws IOException {
    List<Pattern> out = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = reader.readLine()) != null) {
      n++;
      int hash = line.indexOf('#');
      String body = (hash >= 0 ? line.substring(0, hash) : line).trim();
      if (body.isEmpty()) {
        continue;
      }
      String[] cols = body.split("\\s+");
      if (cols.length < 6) {
        throw new IllegalArgumentException(source + ":" + n + ": expected at least 6 columns "
            + "(id triggers pos event actor recipient), got " + cols.length);
      }
      Set<String> triggers = new LinkedHashSet<>(Arrays.asList(cols[1].replace('_', ' ').split("[,/]")));
      Map<String, String> options = new LinkedHashMap<>();
      for (int i = 6; i < cols.length; i++) {
        int eq = cols[i].indexOf('=');
        if (eq > 0) {
          String key = cols[i].substring(0, eq);
          String value = cols[i].substring(eq + 1);
          // "_" joins the words of a lemma ("feuille_de_route"); codes keep theirs ("human_security")
          options.put(key, key.equals("context") || key.equals("mode") ? value : value.replace('_', ' '));
        } else {
          options.put(cols[i], "");
        }
      }
      out.add(new Pattern(cols[0], triggers, cols[2], cols[3], paths(cols[4]), paths(cols[5]),
          options, source + ":" + n));
    }
    return out;
  }

  private static List<String> paths(String col) {
    return col.equals("-") ? List.of() : List.of(col.split(","));
  }

  /** Loads every file named in {@code <base>/patterns.list} from the class path. */
  public static List<Pattern> loadAll(String base) {
    List<Pattern> all = new ArrayList<>();
    for (String file : Resources.lines(base + "/patterns.list")) {
      String path = base + "/" + file;
      try (InputStream in = PatternFile.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("pattern file missing: " + path);
        }
        all.addAll(parse(file, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return all;
  }
}
