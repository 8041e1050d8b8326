package dev.newsgraph.graphql;

import dev.newsgraph.model.UsdValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;

@Name("UsdValue")
@Description("A money figure in US dollars, worked out when it is read: quotes stored later convert older figures too.")
public record UsdNode(
        @Description("The figure in US dollars.") double value,
        @Description("US dollars per unit of the figure's currency (1 for a figure in dollars).") double rate,
        @NonNull @Description("The day of the quote used (for a cross rate, of its older leg); for a figure in dollars, "
                + "its article's day.") LocalDate asOf,
        @NonNull @Description("Where the rate comes from: USD (the figure is in dollars), ticker (a page's currency "
                + "ticker), the source named with an uploaded file of rates (else upload); a cross rate through a third "
                + "currency says 'via KZT: ' and the sources of its two legs.") String source) {

    static UsdNode of(UsdValue v) {
        return v == null ? null : new UsdNode(v.value(), v.rate(), v.asOf(), v.source());
    }
}
