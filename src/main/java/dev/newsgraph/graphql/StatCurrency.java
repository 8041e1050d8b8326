package dev.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("Currency")
@Description("A currency metricStats can convert money figures into.")
public enum StatCurrency {
    @Description("US dollars: each money figure converted with the quote of its currency nearest on or before its day.")
    USD
}
