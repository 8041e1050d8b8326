package dev.newsgraph.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The country table held in memory: it is seeded by a migration and never changes while the service runs,
 * so looking a country up costs no SQL. Loaded on first use.
 */
@ApplicationScoped
public class CountryDirectory {

    /** A country as the service shows it. */
    public record Entry(String code, String alpha3, String name, String currency) {
    }

    @Inject
    CountryRepository countries;

    private volatile Snapshot snapshot;

    private record Snapshot(Map<String, Entry> byCode, List<Entry> all, Map<String, String> countryByCurrency) {
    }

    public List<Entry> all() {
        return snapshot().all();
    }

    public Optional<Entry> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(snapshot().byCode().get(code.toUpperCase(Locale.ROOT)));
    }

    /**
     * The country a currency belongs to: its only user, or, for a currency several countries use, the one
     * whose code starts the currency code (USD → US, GBP → GB). Empty for shared currencies such as EUR.
     */
    public Optional<String> countryOfCurrency(String currency) {
        return currency == null ? Optional.empty()
                : Optional.ofNullable(snapshot().countryByCurrency().get(currency.toUpperCase(Locale.ROOT)));
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null) {
            synchronized (this) {
                s = snapshot;
                if (s == null) {
                    s = load();
                    snapshot = s;
                }
            }
        }
        return s;
    }

    @Transactional
    Snapshot load() {
        Map<String, Entry> byCode = new LinkedHashMap<>();
        Map<String, List<String>> users = new HashMap<>();
        for (Country c : countries.listAllByCode()) {
            byCode.put(c.code, new Entry(c.code, c.alpha3, c.name, c.currency));
            if (c.currency != null) {
                users.computeIfAbsent(c.currency, k -> new ArrayList<>()).add(c.code);
            }
        }
        Map<String, String> byCurrency = new HashMap<>();
        users.forEach((currency, codes) -> {
            if (codes.size() == 1) {
                byCurrency.put(currency, codes.get(0));
            } else if (codes.contains(currency.substring(0, 2))) {
                byCurrency.put(currency, currency.substring(0, 2));
            }
        });
        return new Snapshot(Collections.unmodifiableMap(byCode), List.copyOf(byCode.values()), Map.copyOf(byCurrency));
    }
}
