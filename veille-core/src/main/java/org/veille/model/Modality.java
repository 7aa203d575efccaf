package org.veille.model;

/** Whether the text says an event happened, will happen, might happen, or did not happen. */
public enum Modality {
  ASSERTED, FUTURE, HYPOTHETICAL, NEGATED;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
