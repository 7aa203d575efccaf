package org.veille.time;

/** Tense orientation of the verb governing a time expression, used to place underspecified dates. */
public enum TemporalDirection { PAST, FUTURE, NEUTRAL }
