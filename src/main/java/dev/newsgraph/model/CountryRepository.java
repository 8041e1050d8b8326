package dev.newsgraph.model;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The seeded ISO 3166-1 countries. */
@ApplicationScoped
public class CountryRepository implements PanacheRepositoryBase<Country, String> {

    public List<Country> listAllByCode() {
        return list("order by code");
    }
}
