package org.veille.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Office table rows from a Wikidata dump. The first pass keeps two small maps: countries (items
 * with an ISO 3166-1 alpha-3 code, P298) and candidate positions (items with a jurisdiction P1001
 * or a country P17 whose kind {@link PositionRules} knows). The second pass reads humans (P31 =
 * Q5) and turns each of their "position held" (P39) statements naming a mapped position into one
 * row: start (P580) and end (P582, else the date of death P570) at their precision, citizenship
 * from P27, names from the French and English labels and aliases.
 */
public final class WikidataOffices {
  private static final String OFFICES_RESOURCE = "org/veille/actors/offices.tsv";
  private static final String HUMAN = "Q5";

  /** One office table row; names and citizenship are empty except on a person's first row. */
  public record Row(String key, String names, String country, String office, String sector,
                    String start, String end, String citizenship, String comment) {
    String line() {
      return String.join("\t", key, names, country, office, sector, start, end, citizenship)
          + (comment.isEmpty() ? "" : "\t# " + comment);
    }
  }

  /** Figures of an import. */
  public record Summary(long lines, long entities, long rejected, int countries, int positions,
                        int persons, int rows, int deprecated, int unmapped, int undated) {
    @Override
    public String toString() {
      return String.format("%d lines, %d entities parsed, %d rejected; %d countries, %d positions used, %d persons, "
              + "%d rows; statements skipped: %d deprecated, %d unmapped position, %d without usable dates",
          lines, entities, rejected, countries, positions, persons, rows, deprecated, unmapped, undated);
    }
  }

  private record Position(PositionRules.Kind kind, List<String> jurisdictions, List<String> countries,
                          String label) {}

  private record Person(String id, String key, String names, String citizenship) {}

  private record Term(Person person, String country, String positionId, PositionRules.Kind kind,
                      String start, String end, String label) {}

  private final PositionRules rules = PositionRules.load();
  private final Map<String, String> countries = new HashMap<>();
  private final Map<String, Position> positions = new HashMap<>();
  private final Map<String, String> keyOwners = new HashMap<>();
  private final List<Term> terms = new ArrayList<>();
  private final Set<String> positionsUsed = new HashSet<>();
  private int persons;
  private int deprecated;
  private int unmapped;
  private int undated;
  private WikidataDump.Counts counts = new WikidataDump.Counts(0, 0, 0);

  /**
   * Both passes over a dump; malformed lines are reported to {@code errors} once, by the first
   * pass. To save time on a whole dump, a line that names none of the properties used here is not
   * parsed: it is only checked to be a {...} object.
   */
  public static WikidataOffices read(WikidataDump dump, Consumer<String> errors) throws IOException {
    WikidataOffices w = new WikidataOffices();
    w.counts = dump.read(WikidataOffices::worthParsing, w::scanCountryOrPosition, errors);
    dump.read(line -> line.contains("\"P39\""), w::scanPerson, e -> { });
    return w;
  }

  static boolean worthParsing(String line) {
    return line.contains("\"P39\"") || line.contains("\"P298\"") || line.contains("\"P1001\"")
        || line.contains("\"P17\"") || !(line.startsWith("{") && line.endsWith("}"));
  }

  /** First pass: remember countries and candidate positions. */
  void scanCountryOrPosition(WikidataEntity e) {
    for (WikidataEntity.Statement s : e.statements("P298")) {
      String code = s.value().string();
      if (code != null && code.strip().matches("[A-Za-z]{3}")) {
        countries.putIfAbsent(e.id(), code.strip().toUpperCase(java.util.Locale.ROOT));
        break;
      }
    }
    List<String> jurisdictions = e.items("P1001");
    List<String> inCountries = e.items("P17");
    if (jurisdictions.isEmpty() && inCountries.isEmpty()) return;
    List<String> classes = new ArrayList<>(e.items("P279"));
    classes.addAll(e.items("P31"));
    String label = e.label("en");
    PositionRules.Kind kind = rules.kind(classes, label);
    if (kind == null) return;
    positions.put(e.id(), new Position(kind, jurisdictions, inCountries, label != null ? label
        : e.label("fr") != null ? e.label("fr") : ""));
  }

  /** Second pass: one row per mapped P39 statement of a human. */
  void scanPerson(WikidataEntity e) {
    if (!e.items("P31").contains(HUMAN)) return;
    deprecated += e.deprecated("P39");
    List<WikidataEntity.Statement> held = e.statements("P39");
    if (held.isEmpty()) return;
    String death = null;
    for (WikidataEntity.Statement s : e.statements("P570")) {
      death = s.value().date();
      if (death != null) break;
    }
    Person person = null;
    Set<String> stated = new HashSet<>();
    for (WikidataEntity.Statement s : held) {
      String positionId = s.value().itemId();
      Position p = positionId == null ? null : positions.get(positionId);
      String country = p == null ? null : countryOf(p);
      if (country == null) {
        unmapped++;
        continue;
      }
      String start = firstDate(s.qualifiers("P580"));
      String end = null;
      boolean endUnknown = false;
      List<WikidataEntity.Snak> ends = s.qualifiers("P582");
      if (ends.isEmpty()) {
        end = death;
      } else {
        end = firstDate(ends);
        endUnknown = end == null && ends.stream().noneMatch(q -> q.snaktype().equals("novalue"));
      }
      if (start == null || endUnknown || (end != null && endsBefore(end, start))) {
        undated++;
        continue;
      }
      if (person == null) person = person(e);
      if (!stated.add(String.join("\t", country, p.kind().office(), start, end == null ? "" : end))) {
        continue; // the same term stated twice
      }
      positionsUsed.add(positionId);
      terms.add(new Term(person, country, positionId, p.kind(), start, end == null ? "" : end, p.label()));
    }
    if (person != null) persons++;
  }

  private String countryOf(Position p) {
    for (String j : p.jurisdictions()) {
      if (countries.containsKey(j)) return countries.get(j);
    }
    for (String c : p.countries()) {
      if (countries.containsKey(c)) return countries.get(c);
    }
    return null;
  }

  private static String firstDate(List<WikidataEntity.Snak> snaks) {
    for (WikidataEntity.Snak q : snaks) {
      String d = q.date();
      if (d != null) return d;
    }
    return null;
  }

  /** True when the end, at its precision, is wholly before the start. */
  private static boolean endsBefore(String end, String start) {
    int n = Math.min(end.length(), start.length());
    return end.substring(0, n).compareTo(start.substring(0, n)) < 0;
  }

  private Person person(WikidataEntity e) {
    Set<String> names = new LinkedHashSet<>();
    for (String n : new String[] {e.label("fr"), e.label("en")}) {
      if (n != null) names.add(clean(n));
    }
    for (String lang : new String[] {"fr", "en"}) {
      for (String n : e.aliases(lang)) names.add(clean(n));
    }
    names.remove("");
    String key = key(e.label("en"), e.id());
    String owner = keyOwners.putIfAbsent(key, e.id());
    if (owner != null && !owner.equals(e.id())) {
      key = key + "_" + e.id().toLowerCase(java.util.Locale.ROOT);
      keyOwners.put(key, e.id());
    }
    String citizenship = "";
    for (String c : e.items("P27")) {
      if (countries.containsKey(c)) {
        citizenship = countries.get(c);
        break;
      }
    }
    return new Person(e.id(), key, String.join("|", names), citizenship);
  }

  /** A name fit for the table: one line, no column or alternative separator, no comment. */
  private static String clean(String name) {
    String s = name.replaceAll("[\\t\\r\\n\\p{Cntrl}]+", " ").replaceAll(" {2,}", " ").strip();
    return s.contains("|") || s.contains("#") ? "" : s;
  }

  /**
   * surname_givennames, lower-case ASCII, from an English label: the last word is the surname
   * (a trailing Jr./Sr./II/III is dropped, and particles such as "de" or "von" before the
   * surname are left out); the entity id when there is no usable label.
   */
  static String key(String englishLabel, String id) {
    if (englishLabel == null) return id;
    String label = englishLabel.replaceAll("\\s*\\([^)]*\\)\\s*$", "").replace(",", " ").strip();
    List<String> words = new ArrayList<>(List.of(label.split("\\s+")));
    while (words.size() > 1 && words.get(words.size() - 1).matches("(?i)(jr|sr)\\.?|i{2,3}|iv")) {
      words.remove(words.size() - 1);
    }
    String surname = words.remove(words.size() - 1);
    while (!words.isEmpty() && Character.isLowerCase(words.get(words.size() - 1).codePointAt(0))) {
      words.remove(words.size() - 1);
    }
    String key = ascii(surname);
    String given = ascii(String.join(" ", words));
    if (!given.isEmpty()) key = key.isEmpty() ? "" : key + "_" + given;
    return key.isEmpty() ? id : key;
  }

  private static String ascii(String s) {
    return Folding.fold(s).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
  }

  /** The rows, sorted by country, key and start; names and citizenship on each person's first row. */
  public List<Row> rows() {
    List<Row> rows = new ArrayList<>(terms.size());
    forEachRow(rows::add);
    return rows;
  }

  /** The rows in order, made one at a time (a whole-Wikidata import has hundreds of thousands). */
  private void forEachRow(Consumer<Row> each) {
    terms.sort(Comparator.comparing((Term t) -> t.country()).thenComparing(t -> t.person().key())
        .thenComparing(Term::start).thenComparing(Term::end).thenComparing(t -> t.kind().office()));
    Set<Person> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Term t : terms) {
      Person p = t.person();
      boolean first = seen.add(p);
      each.accept(new Row(p.key(), first ? p.names() : "", t.country(), t.kind().office(), t.kind().sector(),
          t.start(), t.end(), first ? p.citizenship() : "",
          (p.id() + " " + t.positionId() + " " + t.label()).strip()));
    }
  }

  public Summary summary() {
    return new Summary(counts.lines(), counts.entities(), counts.rejected(), countries.size(),
        positionsUsed.size(), persons, terms.size(), deprecated, unmapped, undated);
  }

  /**
   * Writes the table: the column documentation of the shipped offices.tsv, a note of where and
   * when it was generated, then the rows.
   */
  public void write(Writer out, String source, String generatedOn) throws IOException {
    for (String line : columnDocumentation()) out.write(line + "\n");
    out.write("#\n# Generated by `veille actors import-wikidata` from the Wikidata dump " + source
        + "\n# on " + generatedOn + ": " + summary() + ".\n"
        + "# The trailing comment of a row names the person's and the position's Wikidata items.\n"
        + "# Do not edit: run the import again. Use it with VEILLE_OFFICES=<this file>"
        + " (docs/actors.md).\n\n");
    try {
      forEachRow(r -> {
        try {
          out.write(r.line());
          out.write('\n');
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The leading comment block of the shipped offices.tsv, which documents the format. */
  static List<String> columnDocumentation() {
    InputStream in = WikidataOffices.class.getClassLoader().getResourceAsStream(OFFICES_RESOURCE);
    if (in == null) throw new IllegalStateException("missing resource " + OFFICES_RESOURCE);
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null && line.startsWith("#")) out.add(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
