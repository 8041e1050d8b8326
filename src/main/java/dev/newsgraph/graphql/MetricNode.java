package dev.newsgraph.graphql;

import dev.newsgraph.model.MetricRow;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Metric")
@Description("A numeric figure reported in an article, traceable to the sentence it came from.")
public record MetricNode(
        @Id @NonNull @Description("Opaque global id of the figure (node(id:) takes it).") String id,
        @NonNull @Description("The figure as written, e.g. 'USD 1.367 billion'.") String surface,
        @Description("The number with its scale applied: 'USD 1.367 billion' gives 1367000000.") double value,
        @NonNull @Description("What sort of figure it is.") FigureKind kind,
        @Description("ISO 4217 code (MONEY), % (PERCENT), unit symbol (QUANTITY), counted noun (COUNT), x (MULTIPLIER).") String unit,
        @Description("What it measures, e.g. 'remittance inflows'.") String label,
        @NonNull @Description("The sentence the figure stands in.") String sentence,
        @Description("Offset of the figure in the article's text.") int start,
        @Description("End offset (exclusive) of the figure in the article's text.") int end,
        @Description("A money figure in US dollars: the figure itself when in USD, else converted with the quote of its "
                + "currency nearest on or before its article's day, at most newsgraph.usd.window-days (31) before it; "
                + "null for other kinds and when there is no such quote (never a guess).") UsdNode usd,
        @Ignore long articleKey,
        @Ignore String countryCode) implements Node {

    static MetricNode of(MetricRow r) {
        return new MetricNode(GlobalId.of(GlobalId.METRIC, r.id()), r.surface(), r.value(), FigureKind.of(r.kind()), r.unit(), r.label(),
                r.sentence(), r.startOffset(), r.endOffset(), UsdNode.of(r.usd()), r.articleId(), r.countryCode());
    }
}
