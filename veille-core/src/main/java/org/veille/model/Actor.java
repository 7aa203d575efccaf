package org.veille.model;

/** One party of an event as written in the output: country code, sector and the text that named it. */
public record Actor(String code, String sector, String text) {
}
