package dev.newsgraph.graphql;

import dev.newsgraph.model.QuoteRow;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.time.LocalDate;

@Name("Quote")
@Description("A currency quote from a page's ticker: 1 unit of base costs rate units of quote.")
public record QuoteNode(
        @NonNull @Description("ISO 4217 code of the base currency, e.g. KGS.") String base,
        @NonNull @Description("ISO 4217 code of the quote currency, e.g. USD.") String quote,
        @Description("Price of one unit of base in the quote currency.") double rate,
        @Description("Change in percent as the ticker printed it.") Double changePercent,
        @NonNull @Description("The day of the quote: the page's date line, else the date given at ingest, else the ingest day.") LocalDate asOf,
        @Ignore String countryCode,
        @Ignore BigDecimal exactRate) {

    static QuoteNode of(QuoteRow r) {
        return new QuoteNode(r.base(), r.quote(), r.rate().doubleValue(),
                r.changePercent() == null ? null : r.changePercent().doubleValue(), r.asOf(), r.countryCode(), r.rate());
    }
}
