package mfainspector.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a scan stands, as {@code checkpoint.json} holds it after each page: the creation-time
 * ranges still to list (the first is the one being paged, at {@code page}), how many bytes of
 * the rows file are complete, and the counts so far. Every row past {@code rowsBytes} belongs to a
 * page that was not finished and is dropped on resume; that page is read again.
 *
 * @param cutoff   the end of the last range: the scan's start, or the newest user's creation time if the
 *                 server's clock is ahead; users created later are not part of the scan
 * @param total    users the pool held at the start, as the first listing counted them; -1 before it
 * @param ranges   creation-time ranges still to list, epoch milliseconds, both ends included
 * @param page     the next page of the first range, from 1
 * @param finished when the scan completed; empty while it runs
 * @param exported whether the complete result was written to a report file: a resume then starts a
 *                 new scan instead of handing this one out again
 */
record Checkpoint(String host, String userPoolId, Instant started, long cutoff, long total, List<long[]> ranges, int page, long rowsBytes, long done, Map<Category, Long> counts,
        Optional<Instant> finished, boolean exported) {

    static final int VERSION = 1;

    Checkpoint {
        ranges = List.copyOf(ranges);
        counts = new EnumMap<>(counts.isEmpty() ? new EnumMap<>(Category.class) : counts);
    }

    static Checkpoint fresh(String host, String userPoolId, Instant started) {
        return new Checkpoint(host, userPoolId, started, started.toEpochMilli(), -1, List.of(), 1, 0, 0,
                new EnumMap<>(Category.class), Optional.empty(), false);
    }

    /** Whether the first listing has counted the pool and set the range to scan. */
    boolean planned() {
        return total >= 0;
    }

    Checkpoint planned(long poolTotal, long lastCreated, List<long[]> toList) {
        return new Checkpoint(host, userPoolId, started, lastCreated, poolTotal, toList, 1, rowsBytes, done, counts,
                finished, exported);
    }

    /** The ranges still to list are now {@code toList}, paged from {@code nextPage}. */
    Checkpoint paging(List<long[]> toList, int nextPage) {
        return new Checkpoint(host, userPoolId, started, cutoff, total, toList, nextPage, rowsBytes, done, counts,
                finished, exported);
    }

    /** A page's rows are on disk: {@code bytes} more of the rows file, {@code rows} more done, in these categories. */
    Checkpoint written(long bytes, Map<Category, Long> pageCounts) {
        Map<Category, Long> sum = new EnumMap<>(counts);
        long rows = 0;
        for (Map.Entry<Category, Long> e : pageCounts.entrySet()) {
            sum.merge(e.getKey(), e.getValue(), Long::sum);
            rows += e.getValue();
        }
        return new Checkpoint(host, userPoolId, started, cutoff, total, ranges, page, rowsBytes + bytes, done + rows,
                sum, finished, exported);
    }

    Checkpoint finishedAt(Instant at) {
        return new Checkpoint(host, userPoolId, started, cutoff, Math.max(total, 0), List.of(), 1, rowsBytes, done,
                counts, Optional.of(at), false);
    }

    Checkpoint markedExported() {
        return new Checkpoint(host, userPoolId, started, cutoff, total, ranges, page, rowsBytes, done, counts, finished,
                true);
    }

    ScanSummary summary() {
        return new ScanSummary(host, userPoolId, started, finished, Math.max(total, 0), done, counts);
    }

    byte[] toJson() throws IOException {
        ObjectNode o = RowCodec.JSON.createObjectNode();
        o.put("version", VERSION);
        o.put("host", host);
        o.put("userPoolId", userPoolId);
        o.put("started", started.toString());
        o.put("cutoff", cutoff);
        o.put("total", total);
        ArrayNode r = o.putArray("ranges");
        for (long[] range : ranges) {
            r.addArray().add(range[0]).add(range[1]);
        }
        o.put("page", page);
        o.put("rowsBytes", rowsBytes);
        o.put("done", done);
        ObjectNode c = o.putObject("counts");
        counts.forEach((k, v) -> c.put(k.wireName(), v));
        o.put("finished", finished.map(Instant::toString).orElse(null));
        o.put("exported", exported);
        return RowCodec.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(o);
    }

    static Checkpoint fromJson(byte[] bytes) throws IOException {
        JsonNode o;
        try {
            o = RowCodec.JSON.readTree(bytes);
        } catch (IOException e) {
            throw new IOException("the scan's checkpoint is not JSON");
        }
        if (o == null || o.path("version").asInt() != VERSION) {
            throw new IOException("the scan's checkpoint is not one this version reads");
        }
        try {
            List<long[]> ranges = new ArrayList<>();
            for (JsonNode r : o.path("ranges")) {
                ranges.add(new long[] {r.get(0).asLong(), r.get(1).asLong()});
            }
            Map<Category, Long> counts = new EnumMap<>(Category.class);
            o.path("counts").fields().forEachRemaining(e -> counts.put(Category.parse(e.getKey()), e.getValue().asLong()));
            return new Checkpoint(o.path("host").asText(), o.path("userPoolId").asText(),
                    Instant.parse(o.path("started").asText()), o.path("cutoff").asLong(), o.path("total").asLong(),
                    ranges, o.path("page").asInt(1), o.path("rowsBytes").asLong(),
                    o.path("done").asLong(), counts,
                    o.hasNonNull("finished") ? Optional.of(Instant.parse(o.get("finished").asText())) : Optional.empty(),
                    o.path("exported").asBoolean(false));
        } catch (RuntimeException e) {
            throw new IOException("the scan's checkpoint holds a value that is not valid");
        }
    }
}
