package org.veille.time;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One line of a language's rules file: what the match means (its kind: DATE, TIME, DURATION, SET, REF, RANGE)
 * and the compiled pattern whose named groups carry the parts (day, month, year, wd, unit...).
 */
record Rule(int order, String kind, Pattern pattern, Set<String> groups, String source) {
}
