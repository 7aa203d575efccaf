package org.veille.model;

/** Where an event took place: a place name as written and its country code. */
public record Location(String name, String country) {
}
