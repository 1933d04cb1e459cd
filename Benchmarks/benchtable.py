"""The results table the benchmarks print: medians, minimums, interquartile ranges, ratios."""

import statistics


def summary(samples):
    """Median, minimum and interquartile range of a list of milliseconds."""
    if len(samples) >= 2:
        q1, _, q3 = statistics.quantiles(samples, n=4, method="inclusive")
    else:
        q1 = q3 = samples[0]
    return statistics.median(samples), min(samples), q3 - q1


COLUMNS = ("name", "median_ms", "min_ms", "iqr_ms", "ratio", "target", "met?")


def table(rows):
    """Rows of (name, samples, ratio or None, target or None) as aligned plain text."""
    lines = []
    for name, samples, ratio, target in rows:
        median, minimum, iqr = summary(samples)
        met = "-" if target is None or ratio is None else ("yes" if ratio <= target else "NO")
        lines.append((
            name, f"{median:.1f}", f"{minimum:.1f}", f"{iqr:.1f}",
            "-" if ratio is None else f"{ratio:.4f}",
            "-" if target is None else f"{target:.2f}",
            met,
        ))
    widths = [max(len(COLUMNS[i]), *(len(line[i]) for line in lines)) for i in range(len(COLUMNS))]
    def format_line(cells):
        first = cells[0].ljust(widths[0])
        rest = (cell.rjust(width) for cell, width in zip(cells[1:], widths[1:]))
        return "  ".join([first, *rest])
    return [format_line(COLUMNS)] + [format_line(line) for line in lines]
