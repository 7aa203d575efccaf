package org.veille.model;

/**
 * A time expression found in the text, with its TimeML type (DATE, TIME, DURATION, SET) and its value
 * normalised against the publication date ("2023-11-01", "2022-11", "P1Y", "XXXX-WXX-2"); value is null
 * when it cannot be resolved (no publication date for a relative expression).
 */
public record TimeExpression(int start, int end, String text, String type, String value) {
}
