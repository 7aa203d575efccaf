package org.veille.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Keeps the longest of overlapping candidate matches (earlier rules winning ties), in text order. */
final class SpanSelector {
    record Candidate(int start, int end, Rule rule) {
        int length() {
            return end - start;
        }
    }

    private SpanSelector() {
    }

    static List<Candidate> select(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Candidate::length).reversed()
                .thenComparingInt(c -> c.rule().order())
                .thenComparingInt(Candidate::start));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            boolean free = true;
            for (Candidate k : kept) {
                if (c.start() < k.end() && k.start() < c.end()) {
                    free = false;
                    break;
                }
            }
            if (free) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        return kept;
    }
}
