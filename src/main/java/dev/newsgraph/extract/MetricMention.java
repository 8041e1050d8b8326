package dev.newsgraph.extract;

/**
 * One numeric figure found in an article.
 *
 * @param value    the number with its scale applied ({@code USD 1.367 billion} gives 1.367e9)
 * @param unit     ISO 4217 code for money, {@code %} for percentages, a unit symbol for quantities,
 *                 the counted noun for counts, {@code x} for multipliers
 * @param surface  the text of the figure as written, exactly {@code text().substring(start, end)}
 * @param label    a short phrase for what it measures ("remittance inflows"), or {@code null}
 * @param country  ISO alpha-2 code of the country the figure is about, or {@code null}
 * @param sentence the sentence the figure stands in
 * @param start    offset of the surface in {@link ArticleText#text()}
 * @param end      end offset (exclusive) of the surface in {@link ArticleText#text()}
 */
public record MetricMention(double value, MetricKind kind, String unit, String surface, String label,
                            String country, String sentence, int start, int end) {
}
