package dev.newsgraph.graphql;

import dev.newsgraph.model.QuoteRepository;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Currency quotes read from page tickers. */
@GraphQLApi
public class QuoteApi {

    private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");

    @Inject
    QuoteRepository quotes;

    @Inject
    Countries countries;

    @Query
    @Description("Daily quotes (one point per pair and day: the latest page's), by pair then oldest first.")
    public @NonNull List<@NonNull QuoteNode> quotes(
            @Description("Base currency (ISO 4217), e.g. KGS.") String base,
            @Description("Quote currency (ISO 4217), e.g. USD.") String quote,
            @Description("First day, inclusive.") LocalDate from,
            @Description("Last day, inclusive.") LocalDate to) {
        return quotes.listSeries(currency(base, "base"), currency(quote, "quote"), from, to).stream()
                .map(QuoteNode::of).toList();
    }

    @Query
    @Description("The newest quote of every currency pair.")
    public @NonNull List<@NonNull QuoteNode> latestQuotes() {
        return quotes.listLatest().stream().map(QuoteNode::of).toList();
    }

    /** Batched by SmallRye, and free: countries are held in memory. */
    @Description("The country whose currency is the base (KGS: Kyrgyzstan).")
    public List<CountryNode> country(@Source List<QuoteNode> sources) {
        return sources.stream().map(q -> countries.node(q.countryCode())).toList();
    }

    private static String currency(String code, String argument) {
        if (code == null) {
            return null;
        }
        if (!CURRENCY.matcher(code).matches()) {
            throw new BadUserInputException("'" + argument + "' must be an ISO 4217 code such as USD; it was '"
                    + Countries.abbreviate(code) + "'.");
        }
        return code.toUpperCase(Locale.ROOT);
    }
}
