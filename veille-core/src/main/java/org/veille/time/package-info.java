/**
 * Time expressions: finding them in French or English news and normalising them to TimeML values.
 *
 * <p>{@link org.veille.time.TimeTagger} is the entry point. Everything that depends on the language lives in
 * the data files under {@code org/veille/<lang>/time/}: word lists ("phrase | field | ..." lines) and a
 * {@code rules.txt} of regular expressions whose {placeholders} name those lists. The Java side is generic:
 * {@code Grammar} loads and compiles, {@code SpanSelector} keeps the longest matches, {@code Interpreter} reads
 * the named groups of a match, {@code CalendarResolver} does the date arithmetic and {@code NumberReader}
 * reads numbers written in words.
 */
package org.veille.time;
