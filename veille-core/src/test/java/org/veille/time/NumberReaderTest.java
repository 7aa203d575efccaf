package org.veille.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberReaderTest {
    private static final NumberReader FR = new NumberReader(Lexicon.parse(List.of(
            "et | +", "un | 1", "une | 1", "deux | 2", "trois | 3", "quatre | 4", "dix | 10", "onze | 11",
            "vingt | 20", "soixante | 60", "quatre-vingt | 80", "cent | 100 | x", "cents | 100 | x",
            "mille | 1000 | x", "dizaine | 10 | x")));

    @ParameterizedTest
    @CsvSource({
        "trois, 3", "vingt-deux, 22", "deux cents, 200", "soixante et onze, 71", "quatre-vingt-dix, 90",
        "soixante-dix, 70", "trois mille deux cents, 3200", "une dizaine, 10", "'30,4', 30.4", "12, 12",
    })
    void reads(String text, double expected) {
        assertEquals(expected, FR.read(text), 1e-9);
    }

    @Test
    void unknownWordsAreNotNumbers() {
        assertNull(FR.read("plusieurs"));
    }

    @Test
    void regexFindsWholeNumberPhrases() {
        var m = Pattern.compile(FR.regex(), Pattern.CASE_INSENSITIVE).matcher("pendant quatre-vingt-dix jours");
        m.find();
        assertEquals("quatre-vingt-dix", m.group());
    }

    @Test
    void articleCountsOnlyAlone() {
        NumberReader en = new NumberReader(Lexicon.parse(List.of("a | 1 | alone", "five | 5")));
        assertEquals(1.0, en.read("a"));
        assertEquals(5.0, en.read("a five"));
    }
}
