package org.veille.coding;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Veille's event ontology: the CAMEO codes with Goldstein scores and QuadClass, the PLOVER types, their
 * legal modes and the legal contexts, and the CAMEO code to emit for a PLOVER type and mode.
 *
 * <p>The facts live in four tables next to this class ({@code cameo.tsv}, {@code modes.tsv},
 * {@code contexts.tsv}, {@code plover.tsv}); this class only reads and cross-checks them, so a wrong
 * mode or an unknown code in one table fails the load instead of leaking into coded events.
 *
 * <p>Input names are forgiving: types are case-insensitive, and modes are read lower-case with '_' and
 * ' ' as '-' and through the aliases of {@code modes.tsv} ("demonstrate" is {@code demo}). Output names
 * are always the canonical PLOVER spellings. Instances are immutable and safe to share between threads.
 */
public final class EventOntology {

  /** The 16 PLOVER event types, cooperative first, in the manual's order. */
  public static final List<String> TYPES = List.of(
      "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
      "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

  /** Types whose future-tense report PLOVER codes as AGREE (manual, AGREE). */
  private static final Set<String> FUTURE_IS_AGREE = Set.of("CONSULT", "SUPPORT", "COOPERATE", "AID");

  private static final class Holder {
    // Class-holder idiom: loaded once, on first use, with the JVM's own class-init locking.
    static final EventOntology INSTANCE = parse(
        TsvTable.resource("cameo.tsv"), TsvTable.resource("modes.tsv"),
        TsvTable.resource("contexts.tsv"), TsvTable.resource("plover.tsv"));
  }

  private final Map<String, CameoCode> codes;
  private final Map<String, Set<String>> modes;
  /** type -> (canonical mode or alias, normalised) -> canonical mode. */
  private final Map<String, Map<String, String>> modeNames;
  private final Map<String, String> contexts;
  /** "TYPE|mode|variant" -> CAMEO code. */
  private final Map<String, CameoCode> defaults;

  private EventOntology(Map<String, CameoCode> codes, Map<String, Set<String>> modes,
                        Map<String, Map<String, String>> modeNames, Map<String, String> contexts,
                        Map<String, CameoCode> defaults) {
    this.codes = codes;
    this.modes = modes;
    this.modeNames = modeNames;
    this.contexts = contexts;
    this.defaults = defaults;
  }

  /**
   * The ontology shipped with Veille, loaded on first call and shared afterwards.
   *
   * @throws IllegalStateException if a table is missing or inconsistent (a packaging bug)
   */
  public static EventOntology load() {
    return Holder.INSTANCE;
  }

  /** The CAMEO code, e.g. "042"; empty for unknown or null input. */
  public Optional<CameoCode> cameo(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(codes.get(code.strip()));
  }

  /** Every CAMEO code, in code-table order. */
  public List<CameoCode> cameoCodes() {
    return List.copyOf(codes.values());
  }

  /**
   * The CAMEO code to emit for a PLOVER type and mode. A null, empty or unknown mode gives the type's
   * default, so a coder that found the type but not a mode it can name still gets a code.
   *
   * @throws IllegalArgumentException if {@code ploverType} is not one of the 16 types
   */
  public CameoCode defaultCameo(String ploverType, String mode) {
    return defaultCameo(ploverType, mode, null);
  }

  /**
   * As {@link #defaultCameo(String, String)}, refined by a variant that CAMEO encodes and PLOVER does not;
   * today only "host" for CONSULT visit (043 host a visit instead of 042 make a visit). An unknown
   * variant is ignored.
   */
  public CameoCode defaultCameo(String ploverType, String mode, String variant) {
    String type = requireType(ploverType);
    String canonical = canonicalMode(type, mode).orElse("");
    String v = variant == null ? "" : variant.strip().toLowerCase(Locale.ROOT);
    CameoCode code = defaults.get(key(type, canonical, v));
    if (code == null) {
      code = defaults.get(key(type, canonical, ""));
    }
    return code != null ? code : defaults.get(key(type, "", ""));
  }

  /** True for the 16 PLOVER types, in any letter case. */
  public boolean isType(String ploverType) {
    return ploverType != null && TYPES.contains(ploverType.strip().toUpperCase(Locale.ROOT));
  }

  /** The legal modes of a type, canonical spelling; empty for types without modes and for non-types. */
  public Set<String> modes(String ploverType) {
    if (!isType(ploverType)) {
      return Set.of();
    }
    return modes.getOrDefault(ploverType.strip().toUpperCase(Locale.ROOT), Set.of());
  }

  /** The canonical spelling of a mode or one of its aliases for this type; empty if not a mode of it. */
  public Optional<String> canonicalMode(String ploverType, String mode) {
    if (!isType(ploverType) || mode == null) {
      return Optional.empty();
    }
    Map<String, String> names = modeNames.getOrDefault(ploverType.strip().toUpperCase(Locale.ROOT), Map.of());
    return Optional.ofNullable(names.get(normaliseMode(mode)));
  }

  /** The legal PLOVER contexts. */
  public Set<String> contexts() {
    return contexts.keySet();
  }

  /** A few words on what a context covers; empty if it is not a context. */
  public Optional<String> contextDefinition(String context) {
    return context == null ? Optional.empty() : Optional.ofNullable(contexts.get(context.strip()));
  }

  /**
   * PLOVER's own rule, for users who want POLECAT-compatible output: a future CONSULT/SUPPORT/COOPERATE/AID
   * is coded AGREE. The manual adds that a future RETREAT ("announced ... would withdraw troops") is
   * coded CONCEDE, and that CONCEDE and RETREAT otherwise stay what they are; that is applied too.
   * Returns the type to emit, in canonical spelling.
   *
   * @throws IllegalArgumentException if {@code ploverType} is not one of the 16 types
   */
  public String strictType(String ploverType, boolean future) {
    String type = requireType(ploverType);
    if (!future) {
      return type;
    }
    if (FUTURE_IS_AGREE.contains(type)) {
      return "AGREE";
    }
    return type.equals("RETREAT") ? "CONCEDE" : type;
  }

  private String requireType(String ploverType) {
    if (!isType(ploverType)) {
      throw new IllegalArgumentException("not a PLOVER event type: " + ploverType);
    }
    return ploverType.strip().toUpperCase(Locale.ROOT);
  }

  private static String normaliseMode(String mode) {
    return mode.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
  }

  private static String key(String type, String mode, String variant) {
    return type + "|" + mode + "|" + variant;
  }

  /** Builds an ontology from the four tables and cross-checks them; package-private for tests. */
  static EventOntology parse(Reader cameoTsv, Reader modesTsv, Reader contextsTsv, Reader ploverTsv) {
    Map<String, String> contexts = new LinkedHashMap<>();
    for (TsvTable.Row row : TsvTable.read("contexts.tsv", contextsTsv, 2, 2)) {
      if (row.get(0).isEmpty() || contexts.put(row.get(0), row.get(1)) != null) {
        throw row.error("empty or duplicate context '" + row.get(0) + "'");
      }
    }

    Map<String, Set<String>> modes = new LinkedHashMap<>();
    Map<String, Map<String, String>> modeNames = new HashMap<>();
    for (TsvTable.Row row : TsvTable.read("modes.tsv", modesTsv, 4, 4)) {
      String type = row.get(0);
      String mode = row.get(1);
      if (!TYPES.contains(type)) {
        throw row.error("unknown PLOVER type '" + type + "'");
      }
      if (mode.isEmpty() || !mode.equals(normaliseMode(mode))) {
        throw row.error("mode must be non-empty, lower-case, '-'-joined: '" + mode + "'");
      }
      modes.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(mode);
      Map<String, String> names = modeNames.computeIfAbsent(type, t -> new HashMap<>());
      List<String> spellings = new ArrayList<>();
      spellings.add(mode);
      TsvTable.splitList(row.get(2), ",").forEach(alias -> spellings.add(normaliseMode(alias)));
      for (String spelling : spellings) {
        String previous = names.put(spelling, mode);
        if (previous != null) {
          throw row.error(type + " '" + spelling + "' already names mode '" + previous + "'");
        }
      }
    }

    Map<String, CameoCode> codes = new LinkedHashMap<>();
    for (TsvTable.Row row : TsvTable.read("cameo.tsv", cameoTsv, 5, 7)) {
      CameoCode code = cameoRow(row, modes, contexts.keySet());
      if (codes.put(code.code(), code) != null) {
        throw row.error("duplicate CAMEO code " + code.code());
      }
    }

    Map<String, CameoCode> defaults = new HashMap<>();
    for (TsvTable.Row row : TsvTable.read("plover.tsv", ploverTsv, 4, 5)) {
      String type = row.get(0);
      String mode = row.get(1);
      String variant = row.get(2);
      if (!TYPES.contains(type)) {
        throw row.error("unknown PLOVER type '" + type + "'");
      }
      if (!mode.isEmpty() && !modes.getOrDefault(type, Set.of()).contains(mode)) {
        throw row.error("'" + mode + "' is not a canonical mode of " + type);
      }
      if (!variant.isEmpty() && mode.isEmpty()) {
        throw row.error("a variant needs a mode");
      }
      CameoCode code = codes.get(row.get(3));
      if (code == null) {
        throw row.error("CAMEO code '" + row.get(3) + "' is not in cameo.tsv");
      }
      if (defaults.put(key(type, mode, variant), code) != null) {
        throw row.error("duplicate default for " + type + " " + mode + " " + variant);
      }
    }
    for (String type : TYPES) {
      if (!defaults.containsKey(key(type, "", ""))) {
        throw new IllegalStateException("plover.tsv: no default CAMEO code for " + type);
      }
    }

    Map<String, Set<String>> frozenModes = new HashMap<>();
    modes.forEach((type, set) -> frozenModes.put(type, Collections.unmodifiableSet(new LinkedHashSet<>(set))));
    Map<String, Map<String, String>> frozenNames = new HashMap<>();
    modeNames.forEach((type, names) -> frozenNames.put(type, Map.copyOf(names)));
    return new EventOntology(Collections.unmodifiableMap(codes), Map.copyOf(frozenModes), Map.copyOf(frozenNames),
        Collections.unmodifiableMap(contexts), Map.copyOf(defaults));
  }

  private static CameoCode cameoRow(TsvTable.Row row, Map<String, Set<String>> modes, Set<String> contexts) {
    String code = row.get(0);
    if (!code.matches("\\d{2,4}")) {
      throw row.error("CAMEO code must be 2 to 4 digits: '" + code + "'");
    }
    int root = Integer.parseInt(code.substring(0, 2));
    if (root < 1 || root > 20) {
      throw row.error("CAMEO root must be 01 to 20: " + code);
    }
    double goldstein;
    int quad;
    try {
      goldstein = Double.parseDouble(row.get(2));
      quad = Integer.parseInt(row.get(3));
    } catch (NumberFormatException e) {
      throw row.error("bad Goldstein score or QuadClass: " + e.getMessage());
    }
    if (goldstein < -10 || goldstein > 10) {
      throw row.error("Goldstein score out of -10..10: " + goldstein);
    }
    // QuadClass is a function of the root in GDELT; checking it catches a mistyped root or quad.
    int expectedQuad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 14 ? 3 : 4;
    if (quad != expectedQuad) {
      throw row.error("QuadClass of root " + code.substring(0, 2) + " is " + expectedQuad + ", not " + quad);
    }
    String type = row.get(4);
    String mode = row.get(5);
    String context = row.get(6);
    if (!type.isEmpty() && !TYPES.contains(type)) {
      throw row.error("unknown PLOVER type '" + type + "'");
    }
    if (!mode.isEmpty() && !modes.getOrDefault(type, Set.of()).contains(mode)) {
      throw row.error("'" + mode + "' is not a mode of " + (type.isEmpty() ? "(no type)" : type));
    }
    List<String> contextList = TsvTable.splitList(context, ";");
    for (String c : contextList) {
      if (!contexts.contains(c)) {
        throw row.error("unknown PLOVER context '" + c + "'");
      }
    }
    if (type.isEmpty() && !contextList.isEmpty()) {
      throw row.error("context without a PLOVER type");
    }
    return new CameoCode(code, row.get(1), goldstein, quad, type, mode, String.join(";", contextList));
  }
}
