package org.veille.actors;

/**
 * Where a person stands on a date: the country (or EUR/UNO/IGO) and sector they act for, and
 * the office that gives it (empty when out of office).
 */
public record Standing(String code, String sector, String office) {}
