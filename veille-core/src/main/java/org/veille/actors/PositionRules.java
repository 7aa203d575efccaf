package org.veille.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which Wikidata positions give which office: the ordered rules of
 * {@code org/veille/actors/wikidata-positions.tsv}, tried on a position's classes (P279/P31) and
 * English label; the first rule that matches decides.
 */
final class PositionRules {
  private static final String RESOURCE = "org/veille/actors/wikidata-positions.tsv";

  /** An office kind and its sector. */
  record Kind(String office, String sector) {}

  private record Rule(Set<String> classes, Pattern label, Kind kind) {
    boolean matches(Collection<String> positionClasses, String label) {
      if (classes != null) {
        for (String c : positionClasses) {
          if (classes.contains(c)) return true;
        }
        return false;
      }
      return label != null && this.label.matcher(label).find();
    }
  }

  private final List<Rule> rules = new ArrayList<>();

  private PositionRules(List<String[]> rows) {
    for (String[] c : rows) {
      Kind kind = c[2].isEmpty() ? null : new Kind(c[2], c[3]);
      switch (c[0]) {
        case "class" -> rules.add(new Rule(new HashSet<>(DataFile.alternatives(c[1])), null, kind));
        case "label" -> rules.add(new Rule(null,
            Pattern.compile(c[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), kind));
        default -> throw new IllegalStateException(RESOURCE + ": unknown test '" + c[0] + "'");
      }
      if (kind != null && kind.sector().isEmpty()) {
        throw new IllegalStateException(RESOURCE + ": no sector for " + c[1]);
      }
    }
  }

  static PositionRules load() {
    return new PositionRules(DataFile.rows(RESOURCE, 4));
  }

  /**
   * The office a position gives, from its P279/P31 values and English label; null when no rule
   * matches or the first that matches says "never an office".
   */
  Kind kind(Collection<String> classes, String englishLabel) {
    for (Rule r : rules) {
      if (r.matches(classes, englishLabel)) return r.kind();
    }
    return null;
  }
}
