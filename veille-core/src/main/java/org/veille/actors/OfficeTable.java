package org.veille.actors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who held which office when, read once from {@code org/veille/actors/offices.tsv}. Persons are
 * identified by a stable key; their name variants (all languages) live in the same file.
 */
public final class OfficeTable {
  private static final String RESOURCE = "org/veille/actors/offices.tsv";
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

  private OfficeTable() {
    for (String[] c : DataFile.rows(RESOURCE, 8)) {
      String key = c[0];
      names.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(DataFile.alternatives(c[1]));
      if (!c[7].isEmpty()) citizenship.putIfAbsent(key, c[7]);
      if (c[3].isEmpty()) continue; // a names-only row
      try {
        offices.computeIfAbsent(key, k -> new ArrayList<>()).add(new Office(key, c[2], c[3], c[4],
            date(c[5], false), c[6].isEmpty() ? null : date(c[6], true)));
      } catch (DateTimeParseException e) {
        throw new IllegalStateException("bad date in offices.tsv for " + key, e);
      }
    }
    for (Map.Entry<String, List<Office>> e : offices.entrySet()) {
      e.getValue().sort(Comparator.comparing(Office::start));
      e.setValue(Collections.unmodifiableList(e.getValue()));
      citizenship.putIfAbsent(e.getKey(), e.getValue().get(0).country());
    }
  }

  public static OfficeTable load() {
    OfficeTable t = instance;
    if (t == null) {
      synchronized (OfficeTable.class) {
        if (instance == null) instance = new OfficeTable();
        t = instance;
      }
    }
    return t;
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
