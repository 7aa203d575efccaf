package org.veille.coding;

import java.util.List;

/**
 * One CAMEO event code with what GDELT users expect next to it (Goldstein score, QuadClass) and its
 * PLOVER equivalent. Loaded from {@code cameo.tsv}; see that file for the sources and the places where
 * Veille departs from the 2021 CAMEO-to-PLOVER table.
 *
 * @param code          2 to 4 digits, as text: "010" and "10" are different codes
 * @param name          English name
 * @param goldstein     Goldstein score, -10 (most conflictual) to +10
 * @param quadClass     GDELT QuadClass from the root: 1 verbal cooperation, 2 material cooperation,
 *                      3 verbal conflict, 4 material conflict
 * @param ploverType    one of the 16 PLOVER types, or "" where PLOVER drops the code (01, 02)
 * @param ploverMode    PLOVER mode, or ""
 * @param ploverContext PLOVER context, several joined by ';', or ""
 */
public record CameoCode(String code, String name, double goldstein, int quadClass, String ploverType,
                        String ploverMode, String ploverContext) {

  /** The two-digit cue category ("19" for "193"). */
  public String root() {
    return code.substring(0, 2);
  }

  /** True when PLOVER has an event type for this code. */
  public boolean hasPloverType() {
    return !ploverType.isEmpty();
  }

  /** The contexts one by one; empty when there are none. */
  public List<String> contexts() {
    return ploverContext.isEmpty() ? List.of() : List.of(ploverContext.split(";"));
  }
}
