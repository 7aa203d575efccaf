package org.veille.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.veille.model.TimeExpression;

/**
 * Tags a JSON Lines corpus ({id, lang, published, text}) with DirectionHint.NONE and writes
 * {"doc_id", "times": [...]} lines for the scorer; prints the throughput.
 * Usage: TimeBankHarness corpus.jsonl out.jsonl
 */
public final class TimeBankHarness {
    private static final int SPEED_ROUNDS = 5;

    private TimeBankHarness() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> docs = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                docs.add(json.readTree(line));
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (JsonNode d : docs) {
                List<TimeExpression> times = tag(d);
                ObjectNode o = json.createObjectNode();
                o.put("doc_id", d.path("id").asText());
                ArrayNode arr = o.putArray("times");
                for (TimeExpression t : times) {
                    ObjectNode x = arr.addObject();
                    x.put("start", t.start());
                    x.put("end", t.end());
                    x.put("text", t.text());
                    x.put("type", t.type());
                    x.put("value", t.value());
                }
                out.write(json.writeValueAsString(o));
                out.newLine();
            }
        }
        long chars = 0;
        long t0 = System.nanoTime();
        for (int r = 0; r < SPEED_ROUNDS; r++) {
            for (JsonNode d : docs) {
                tag(d);
                chars += d.path("text").asText().length();
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%d documents x %d rounds in %.2f s: %.0f documents/s, %.0f KB/s%n",
                docs.size(), SPEED_ROUNDS, secs, docs.size() * SPEED_ROUNDS / secs, chars / 1024.0 / secs);
    }

    private static List<TimeExpression> tag(JsonNode d) {
        String lang = d.path("lang").asText("fr");
        String pub = d.path("published").asText(null);
        LocalDate published = pub == null || pub.isBlank() ? null : LocalDate.parse(pub.substring(0, 10));
        return TimeTagger.forLanguage(lang).tag(d.path("text").asText(), published, DirectionHint.NONE);
    }
}
