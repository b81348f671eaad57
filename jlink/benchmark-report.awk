# Summarises the benchmark's samples ("who key value" lines, who = app or
# baseline) into median and range per figure, the app/baseline ratio of the
# medians, and the start-up targets the project holds itself to.

function sort_values(arr, n,    i, j, t) {
    for (i = 2; i <= n; i++) {
        t = arr[i]
        for (j = i - 1; j >= 1 && arr[j] > t; j--) arr[j + 1] = arr[j]
        arr[j + 1] = t
    }
}

function median(who, key,    n, i, v) {
    n = count[who, key]
    if (n == 0) return ""
    for (i = 1; i <= n; i++) v[i] = value[who, key, i]
    sort_values(v, n)
    lo[who, key] = v[1]
    hi[who, key] = v[n]
    return (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
}

function cell(who, key,    m) {
    m = median(who, key)
    if (m == "") return sprintf("%-22s", "-")
    if (count[who, key] == 1) return sprintf("%-22s", m)
    return sprintf("%-22s", sprintf("%g (%g-%g)", m, lo[who, key], hi[who, key]))
}

# One figure: the app's median beside the baseline's (bkey, when the baseline's figure has
# another name), their ratio, and the verdict against the target, or note when it has none.
function row(label, key, limit, compare, bkey, note,    a, b, ratio, verdict) {
    if (bkey == "") bkey = key
    a = median("app", key)
    b = median("baseline", bkey)
    ratio = (a != "" && b != "" && b > 0) ? sprintf("%.2f", a / b) : "-"
    verdict = note
    if (compare == "ratio" && ratio != "-") verdict = (ratio <= limit) ? "met (<= " limit "x)" : "MISSED (<= " limit "x)"
    if (compare == "max" && a != "") verdict = (hi["app", key] < limit) ? "met (every run < " limit ")" : "MISSED (a run >= " limit ")"
    printf "%-30s %s %s %-6s %s\n", label, cell("app", key), cell("baseline", bkey), ratio, verdict
}

{
    n = ++count[$1, $2]
    value[$1, $2, n] = $3
    seen[$2] = 1
}

END {
    printf "%-30s %-22s %-22s %-6s %s\n", "figure: median (min-max)", "app", "baseline", "ratio", "target"
    row("first frame (outline), ms", "first-frame-ms", 0.5, "ratio")
    if (seen["ready-ms"]) row("window ready, ms", "ready-ms", "", "", "first-frame-ms", "(no target; baseline: its first frame)")
    if (seen["settled-first-ms"]) row("window settled, first run, ms", "settled-first-ms", 0.8, "ratio", "first-frame-ms")
    if (seen["settled-later-ms"]) row("window settled, later run, ms", "settled-later-ms", 0.8, "ratio", "first-frame-ms")
    row("peak resident memory, KB", "hwm-kb", 1.3, "ratio")
    row("resident memory at exit, KB", "rss-kb", "", "")
    row("image size without CDS, KB", "image-kb", 1.15, "ratio")
    row("first fetch, ms", "fetch-ms", 500, "max")
    if (seen["warm-fetch-ms"]) row("warm fetch, ms", "warm-fetch-ms", 100, "max")
    if (seen["max-fx-stall-ms"]) row("longest FX stall, slow server", "max-fx-stall-ms", 50, "max")
    row("rows shown", "rows", "", "")
}
