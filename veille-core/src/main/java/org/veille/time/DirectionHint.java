package org.veille.time;

/**
 * Supplied by the caller (who knows the verbs and their tenses): the direction of the verb governing the
 * expression at [start, end). The tagger only asks it for expressions that need it (a month without year,
 * a weekday alone, a day and month without year, a season), so it may be costly.
 */
@FunctionalInterface
public interface DirectionHint {
    TemporalDirection at(int start, int end);

    DirectionHint NONE = (s, e) -> TemporalDirection.NEUTRAL;
}
