package dev.newsgraph.model;

/** How figures are grouped for statistics. */
public enum MetricGrouping {
    COUNTRY("m.country_code"),
    KIND("m.kind"),
    UNIT("m.unit"),
    MONTH("to_char(m.published_on, 'YYYY-MM')");

    final String expression;

    MetricGrouping(String expression) {
        this.expression = expression;
    }
}
