package org.veille.actors;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Who held which office when, read once from {@code org/veille/actors/offices.tsv} and, when
 * {@value #IMPORT_VARIABLE} names one, an imported office table file of the same format (see
 * docs/actors.md). Persons are identified by a stable key; their name variants (all languages)
 * live in the same file.
 */
public final class OfficeTable {
  private static final String RESOURCE = "org/veille/actors/offices.tsv";
  /** System property or environment variable naming an additional office table file. */
  public static final String IMPORT_VARIABLE = "VEILLE_OFFICES";
  /** When several offices overlap, the earlier in this list decides the person's standing. */
  private static final List<String> RANK = List.of("head_of_state", "head_of_government",
      "secretary_general", "commission_president", "council_president", "high_representative",
      "vice_president", "foreign_minister", "defence_minister", "interior_minister",
      "finance_minister", "minister", "speaker", "opposition_leader", "party_leader", "candidate");
  /** International offices: after them a person reverts to their own citizenship. */
  private static final Set<String> SUPRANATIONAL = Set.of("EUR", "UNO", "IGO", "NGO", "IMG");

  private static volatile OfficeTable instance;

  private final Map<String, List<Office>> offices = new LinkedHashMap<>();
  private final Map<String, Set<String>> names = new LinkedHashMap<>();
  private final Map<String, String> citizenship = new LinkedHashMap<>();

  /**
   * The shipped table, extended by {@code imported} rows (an office table file in the same
   * format, e.g. written by {@code veille actors import-wikidata}). A person present in the
   * imported rows keeps none of their shipped offices: the imported terms replace them; the
   * shipped name variants are kept after the imported ones, and the shipped citizenship is used
   * when the imported rows give none. An imported person whose key is not in the shipped table
   * but who shares a full name (two words or more) with exactly one shipped person is taken to be
   * that person and keeps the shipped key.
   */
  private OfficeTable(List<String[]> shipped, List<String[]> imported, String importedSource) {
    Map<String, String> alias = imported.isEmpty() ? Map.of() : aliases(shipped, imported);
    Set<String> replaced = new HashSet<>();
    List<String[]> rows = new ArrayList<>();
    for (String[] c : imported) {
      String[] r = c.clone();
      r[0] = alias.getOrDefault(c[0], c[0]);
      replaced.add(r[0]);
      rows.add(r);
    }
    for (String[] c : shipped) {
      if (!replaced.contains(c[0])) {
        rows.add(c);
      } else if (!c[1].isEmpty() || !c[7].isEmpty()) {
        rows.add(new String[] {c[0], c[1], "", "", "", "", "", c[7]}); // names and citizenship only
      }
    }
    for (String[] c : rows) {
      String key = c[0];
      names.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(DataFile.alternatives(c[1]));
      if (!c[7].isEmpty()) citizenship.putIfAbsent(key, c[7]);
      if (c[3].isEmpty()) continue; // a names-only row
      try {
        offices.computeIfAbsent(key, k -> new ArrayList<>()).add(new Office(key, c[2], c[3], c[4],
            date(c[5], false), c[6].isEmpty() ? null : date(c[6], true)));
      } catch (DateTimeParseException | NumberFormatException e) {
        String source = replaced.contains(key) && importedSource != null ? importedSource : RESOURCE;
        throw new IllegalStateException("bad date in " + source + " for " + key, e);
      }
    }
    for (Map.Entry<String, List<Office>> e : offices.entrySet()) {
      e.getValue().sort(Comparator.comparing(Office::start));
      e.setValue(Collections.unmodifiableList(e.getValue()));
      citizenship.putIfAbsent(e.getKey(), e.getValue().get(0).country());
    }
  }

  /**
   * Imported keys to adopt the key of the one shipped person who shares one of their full names,
   * when that imported key is not itself a shipped key and the match is one-to-one.
   */
  private static Map<String, String> aliases(List<String[]> shipped, List<String[]> imported) {
    Map<String, Set<String>> shippedByName = new HashMap<>();
    Set<String> shippedKeys = new HashSet<>();
    for (String[] c : shipped) {
      shippedKeys.add(c[0]);
      for (String n : DataFile.alternatives(c[1])) {
        String f = fullName(n);
        if (f != null) shippedByName.computeIfAbsent(f, k -> new HashSet<>()).add(c[0]);
      }
    }
    Set<String> importedKeys = new HashSet<>();
    Map<String, Set<String>> candidates = new LinkedHashMap<>();
    for (String[] c : imported) {
      importedKeys.add(c[0]);
      if (shippedKeys.contains(c[0])) continue;
      for (String n : DataFile.alternatives(c[1])) {
        String f = fullName(n);
        if (f == null || !shippedByName.containsKey(f)) continue;
        candidates.computeIfAbsent(c[0], k -> new HashSet<>()).addAll(shippedByName.get(f));
      }
    }
    Map<String, Integer> claims = new HashMap<>();
    for (Set<String> s : candidates.values()) {
      if (s.size() == 1) claims.merge(s.iterator().next(), 1, Integer::sum);
    }
    Map<String, String> alias = new HashMap<>();
    for (Map.Entry<String, Set<String>> e : candidates.entrySet()) {
      if (e.getValue().size() != 1) continue;
      String target = e.getValue().iterator().next();
      if (claims.get(target) == 1 && !importedKeys.contains(target)) alias.put(e.getKey(), target);
    }
    return alias;
  }

  /** A name folded for comparison, or null when it is a single word. */
  private static String fullName(String name) {
    String f = Folding.fold(name).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    return f.indexOf(' ') < 0 ? null : f;
  }

  /**
   * The table used by the coder: the shipped one, extended by the file named by the system
   * property or else the environment variable {@value #IMPORT_VARIABLE} when either is set.
   */
  public static OfficeTable load() {
    OfficeTable t = instance;
    if (t == null) {
      synchronized (OfficeTable.class) {
        if (instance == null) {
          instance = load(configuredImport(System::getProperty, System::getenv).orElse(null));
        }
        t = instance;
      }
    }
    return t;
  }

  /**
   * A fresh table: the shipped one extended (and, person by person, overridden) by the office
   * table file {@code imported}; the shipped table alone when it is null.
   */
  public static OfficeTable load(Path imported) {
    List<String[]> shipped = DataFile.rows(RESOURCE, 8);
    if (imported == null) return new OfficeTable(shipped, List.of(), null);
    if (!Files.isRegularFile(imported)) {
      throw new IllegalStateException("office table " + imported + " (" + IMPORT_VARIABLE
          + "): no such file");
    }
    return new OfficeTable(shipped, DataFile.rows(imported, 8), imported.toString());
  }

  /** The imported table's path from the system property, else the environment variable. */
  static Optional<Path> configuredImport(UnaryOperator<String> properties, UnaryOperator<String> env) {
    String v = properties.apply(IMPORT_VARIABLE);
    if (v == null || v.isBlank()) v = env.apply(IMPORT_VARIABLE);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(Path.of(v.trim()));
  }

  public List<Office> officesOf(String personKey) {
    return offices.getOrDefault(personKey, List.of());
  }

  /** All person keys, in file order. */
  public Set<String> persons() {
    return Collections.unmodifiableSet(names.keySet());
  }

  /** Name variants of a person (full names, transliterations, a bare surname). */
  public Set<String> namesOf(String personKey) {
    return names.getOrDefault(personKey, Set.of());
  }

  public Optional<String> citizenshipOf(String personKey) {
    return Optional.ofNullable(citizenship.get(personKey));
  }

  /**
   * Standing of a person on a date: in office → that office's country and sector; after
   * leaving every office → the last country served (own citizenship after an international
   * post) with sector ELI; before any office → citizenship with no sector.
   */
  public Optional<Standing> resolve(String personKey, LocalDate date) {
    if (!names.containsKey(personKey)) return Optional.empty();
    LocalDate d = date == null ? LocalDate.now() : date;
    List<Office> list = officesOf(personKey);
    Office current = null;
    Office last = null;
    for (Office o : list) {
      if (o.covers(d)) {
        if (current == null || rank(o) < rank(current)) current = o;
      } else if (o.end() != null && o.end().isBefore(d)) {
        if (last == null || o.end().isAfter(last.end())) last = o;
      }
    }
    if (current != null) {
      return Optional.of(new Standing(current.country(), current.sector(), current.office()));
    }
    String cit = citizenship.get(personKey);
    if (last != null) {
      String code = SUPRANATIONAL.contains(last.country()) && cit != null ? cit : last.country();
      return Optional.of(new Standing(code, "ELI", ""));
    }
    return Optional.of(new Standing(cit, "", ""));
  }

  private static int rank(Office o) {
    int r = RANK.indexOf(o.office());
    return r < 0 ? RANK.size() : r;
  }

  private static LocalDate date(String s, boolean end) {
    if (s.length() == 4) {
      return end ? LocalDate.of(Integer.parseInt(s), 12, 31) : LocalDate.of(Integer.parseInt(s), 1, 1);
    }
    if (s.length() == 7) {
      LocalDate first = LocalDate.parse(s + "-01");
      return end ? first.withDayOfMonth(first.lengthOfMonth()) : first;
    }
    return LocalDate.parse(s);
  }
}
