package dev.newsgraph.graphql;

import dev.newsgraph.model.QuoteRow;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

@Name("Quote")
@Description("A currency quote from a page's ticker: 1 unit of base costs rate units of quote.")
public record QuoteNode(
        @Id @NonNull @Description("Opaque global id of the quote (node(id:) takes it).") String id,
        @NonNull @Description("ISO 4217 code of the base currency, e.g. KGS.") String base,
        @NonNull @Description("ISO 4217 code of the quote currency, e.g. USD.") String quote,
        @Description("Price of one unit of base in the quote currency.") double rate,
        @Description("Change in percent as the ticker printed it.") Double changePercent,
        @NonNull @Description("The day of the quote: the page's date line, else the date given at ingest, else the ingest day.") LocalDate asOf,
        @Description("In a series: the rate of the pair's previous day on record; null for the first.") Double previousRate,
        @Description("In a series: change in percent since the previous day on record; null for the first.") Double changeSincePrevious,
        @Ignore String countryCode) implements Node {

    static QuoteNode of(QuoteRow r) {
        Double previous = r.previousRate() == null ? null : r.previousRate().doubleValue();
        Double change = null;
        if (r.previousRate() != null && r.previousRate().signum() != 0) {
            change = r.rate().subtract(r.previousRate())
                    .divide(r.previousRate(), MathContext.DECIMAL64)
                    .multiply(BigDecimal.valueOf(100)).doubleValue();
        }
        return new QuoteNode(GlobalId.of(GlobalId.QUOTE, r.id()), r.base(), r.quote(), r.rate().doubleValue(),
                r.changePercent() == null ? null : r.changePercent().doubleValue(), r.asOf(), previous, change,
                r.countryCode());
    }
}
