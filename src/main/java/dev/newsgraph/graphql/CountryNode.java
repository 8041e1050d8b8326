package dev.newsgraph.graphql;

import dev.newsgraph.model.CountryDirectory;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Country")
@Description("A country of ISO 3166-1. Its stories, figures and currency quotes are reached from here.")
public record CountryNode(
        @Id @NonNull @Description("Opaque global id of the country (node(id:) takes it); country(code:) takes the code.") String id,
        @Id @NonNull @Description("ISO 3166-1 alpha-2 code, upper case, e.g. KG.") String code,
        @NonNull @Description("English short name.") String name,
        @Description("ISO 4217 code of its currency, if it has one.") String currency) implements Node {

    static CountryNode of(CountryDirectory.Entry e) {
        return new CountryNode(GlobalId.of(GlobalId.COUNTRY, e.code()), e.code(), e.name(), e.currency());
    }
}
