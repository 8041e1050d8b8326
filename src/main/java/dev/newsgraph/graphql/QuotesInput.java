package dev.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("QuotesInput")
@Description("A file of currency rates: one date,base,quote,rate row per line (an optional header line of those words), "
        + "the date YYYY-MM-DD, the currencies ISO 4217 codes, the rate the price of one base in the quote currency.")
public record QuotesInput(
        @NonNull @Description("The rows, e.g. '2025-03-05,USD,KZT,497.53'.") String csv,
        @Description("Who published the rates (e.g. National Bank of Kazakhstan), at most 100 characters: shown as "
                + "the source of the USD values they give.") String source) {
}
