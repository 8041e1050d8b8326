package dev.newsgraph.graphql;

import dev.newsgraph.model.CountryDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.regex.Pattern;

/** Resolves country codes given as arguments, with the API's errors for bad ones. */
@ApplicationScoped
class Countries {

    private static final Pattern CODE = Pattern.compile("[A-Za-z]{2}");

    @Inject
    CountryDirectory directory;

    /** The upper-case code of an existing country, or null for a null argument. */
    String require(String code, String argument) {
        if (code == null) {
            return null;
        }
        if (!CODE.matcher(code).matches()) {
            throw new BadUserInputException("'" + argument + "' must be an ISO 3166-1 alpha-2 code such as KG; it was '"
                    + abbreviate(code) + "'.");
        }
        return directory.find(code).map(CountryDirectory.Entry::code)
                .orElseThrow(() -> new NotFoundException("No country has the code '" + code.toUpperCase() + "'."));
    }

    CountryNode node(String code) {
        return code == null ? null : directory.find(code).map(CountryNode::of).orElse(null);
    }

    static String abbreviate(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "…";
    }
}
