package org.veille.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarResolverTest {
    private static final LocalDate PUB = LocalDate.of(2023, 10, 19); // a Thursday

    @ParameterizedTest
    @CsvSource({
        "11, PAST, false, 2022-11",
        "11, FUTURE, false, 2023-11",
        "11, NEUTRAL, false, 2023-11",
        "10, PAST, false, 2023-10",
        "10, PAST, true, 2022-10",
        "10, FUTURE, true, 2024-10",
        "3, NEUTRAL, false, 2023-03",
        "1, NEUTRAL, false, 2024-01",
        "12, NEUTRAL, false, 2023-12",
    })
    void months(int month, TemporalDirection dir, boolean strict, String expected) {
        assertEquals(expected, CalendarResolver.month(month, PUB, dir, strict));
    }

    @ParameterizedTest
    @CsvSource({
        "4, PAST, false, 2023-10-19",
        "4, PAST, true, 2023-10-12",
        "4, FUTURE, false, 2023-10-26",
        "2, NEUTRAL, false, 2023-10-17",
        "5, NEUTRAL, false, 2023-10-13",
        "5, FUTURE, false, 2023-10-20",
    })
    void weekdays(int weekday, TemporalDirection dir, boolean strictPast, String expected) {
        assertEquals(expected, CalendarResolver.date(CalendarResolver.weekday(weekday, PUB, dir, strictPast)));
    }

    @ParameterizedTest
    @CsvSource({
        "1, 11, 0, FUTURE, 2023-11-01",
        "1, 11, 0, PAST, 2022-11-01",
        "19, 10, 0, PAST, 2023-10-19",
        "6, 1, 2, NEUTRAL, 2026-01-06",
        "25, 12, 0, NEUTRAL, 2023-12-25",
        "14, 7, 0, NEUTRAL, 2023-07-14",
    })
    void daysOfMonths(int day, int month, int weekday, TemporalDirection dir, String expected) {
        assertEquals(expected, CalendarResolver.date(CalendarResolver.dayMonth(day, month, weekday, PUB, dir, false)));
    }

    @ParameterizedTest
    @CsvSource({
        "-1, W, 2023-W41",
        "0, WE, 2023-W42-WE",
        "-3, Y, 2020",
        "1, M, 2023-11",
        "-2, D, 2023-10-17",
        "-1, Q, 2023-Q3",
        "-1, DE, 201",
    })
    void shifts(long n, String unit, String expected) {
        assertEquals(expected, CalendarResolver.shifted(PUB, n, unit));
    }

    @ParameterizedTest
    @CsvSource({"1989-Q3, -4, 1988-Q3", "1989-Q1, -1, 1988-Q4", "1989-Q4, 1, 1990-Q1"})
    void quarters(String quarter, long n, String expected) {
        assertEquals(expected, CalendarResolver.quarterShift(quarter, n));
    }
}
