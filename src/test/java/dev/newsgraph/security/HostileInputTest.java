package dev.newsgraph.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.support.GraphQL;
import dev.newsgraph.support.Http;
import dev.newsgraph.support.Rows;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Careless and hostile requests, many of each kind: every one gets a clear answer with a code and a 4xx
 * (or a 200 with GraphQL errors), never a 5xx, a stack trace or SQL text, and nothing is written.
 */
@QuarkusTest
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CODES = Set.of("BAD_USER_INPUT", "NOT_FOUND", "UNAUTHORIZED", "PERSISTED_QUERY_NOT_FOUND");

    /** Strings an attacker tries in every argument. */
    static final List<String> PAYLOADS = List.of(
            "' OR '1'='1", "'; DROP TABLE article; --", "\" OR \"\"=\"", "1; SELECT pg_sleep(10)", "%' AND 1=0 UNION SELECT NULL--",
            "KG' --", "\\x00", "\u0000", "${jndi:ldap://x}", "<script>alert(1)</script>", "../../etc/passwd",
            "\uD83D\uDCA5".repeat(50), "x".repeat(10_000), " ", "", "null", "-1", "1e309", "NaN", "ZZ", "kg", "12",
            "\u202Eevil", "\uFFFF\uFFFE", "a\u0000b", "' or 1=1 /*", "$$; drop table page; $$", "\\'", "%00", "🇰🇬");

    @Test
    void hostileRequestsNeverGetA5xx() throws Exception {
        Map<String, Long> before = Rows.counts();
        List<String> failures = new ArrayList<>();
        int tried = 0;

        // 1. Every string argument of the read API, with every payload.
        List<String> queries = List.of(
                "query($v: ID!) { country(code: $v) { name } }",
                "query($v: ID) { articles(country: $v) { totalCount } }",
                "query($v: String) { articles(search: $v) { totalCount edges { snippet } } }",
                "query($v: String) { articles(after: $v) { totalCount } }",
                "query($v: String) { articles(before: $v, last: 2) { totalCount } }",
                "query($v: ID!) { article(id: $v) { title } }",
                "query($v: String) { metrics(unit: $v) { totalCount } }",
                "query($v: ID) { metrics(country: $v) { totalCount } }",
                "query($v: String) { metrics(after: $v) { totalCount } }",
                "query($v: String) { quotes(base: $v) { rate } }",
                "query($v: String) { quotes(quote: $v) { rate } }",
                "query($v: ID) { metricStats(country: $v, groupBy: KIND) { key } }",
                "query($v: String) { metricStats(unit: $v, groupBy: UNIT) { key } }",
                "query($v: String) { metricStats(unit: $v, groupBy: MONTH, currency: USD) { key sum withoutRate } }",
                "query($v: String) { metrics(orderBy: USD_DESC, after: $v) { totalCount nodes { usd { value } } } }",
                "query($v: String) { metrics(orderBy: USD_DESC, before: $v, last: 3) { totalCount } }",
                "query($v: ID!) { person(id: $v) { name } }",
                "query($v: String) { people(search: $v) { totalCount nodes { name } } }",
                "query($v: String) { people(search: $v, kind: ORGANISATION) { totalCount } }",
                "query($v: ID) { people(country: $v) { totalCount } }",
                "query($v: String) { people(after: $v) { totalCount } }",
                "query($v: String) { people(first: 1) { nodes { quotations(title: $v) { totalCount } articles(after: $v) { totalCount } } } }",
                "query($v: String) { country(code: \"KG\") { people(after: $v) { totalCount } } }",
                "query($v: String) { country(code: \"KG\") { stories(after: $v) { totalCount } } }");
        for (String query : queries) {
            for (String payload : PAYLOADS) {
                tried++;
                check(post(query, Map.of("v", payload), null), query + " <- " + abbreviate(payload), failures);
            }
        }

        // 2. Writes with hostile text, source URLs and dates, with a key.
        String ingest = "mutation($i: IngestInput!) { ingest(input: $i) { created } }";
        for (String payload : PAYLOADS) {
            tried += 2;
            check(post(ingest, Map.of("i", Map.of("text", payload)), GraphQL.API_KEY), "ingest text <- " + abbreviate(payload), failures);
            check(post(ingest, Map.of("i", Map.of("text", payload, "publishedOn", payload)), GraphQL.API_KEY),
                    "ingest publishedOn <- " + abbreviate(payload), failures);
        }
        for (String payload : PAYLOADS) {
            tried++;
            check(Http.post("/api/pages?sourceUrl=" + URLEncoder.encode(payload, StandardCharsets.UTF_8)
                            + "&publishedOn=" + URLEncoder.encode(payload, StandardCharsets.UTF_8), "text/plain",
                    payload.getBytes(StandardCharsets.UTF_8), "X-API-Key", GraphQL.API_KEY), "upload <- " + abbreviate(payload), failures);
        }

        // 2b. Files of rates with hostile rows and source names, with a key: REST and mutation.
        String ingestQuotes = "mutation($i: QuotesInput!) { ingestQuotes(input: $i) { created } }";
        for (String payload : PAYLOADS) {
            tried += 4;
            check(post(ingestQuotes, Map.of("i", Map.of("csv", payload)), GraphQL.API_KEY), "ingestQuotes csv <- " + abbreviate(payload), failures);
            check(post(ingestQuotes, Map.of("i", Map.of("csv", "2030-01-01,USD,KZT,500", "source", payload)), GraphQL.API_KEY),
                    "ingestQuotes source <- " + abbreviate(payload), failures);
            check(Http.post("/api/quotes?source=" + URLEncoder.encode(payload, StandardCharsets.UTF_8), "text/csv",
                    payload.getBytes(StandardCharsets.UTF_8), "X-API-Key", GraphQL.API_KEY), "quotes upload <- " + abbreviate(payload), failures);
            check(Http.post("/api/quotes", "text/csv", ("2030-01-01," + payload + ",KZT,500\n").getBytes(StandardCharsets.UTF_8),
                    "X-API-Key", GraphQL.API_KEY), "quotes upload row <- " + abbreviate(payload), failures);
        }

        // 3. Broken transport: bodies, encodings, content types, methods.
        List<byte[]> bodies = List.of("{".getBytes(), "[]".getBytes(), "null".getBytes(), "\"query\"".getBytes(),
                "{\"query\": 12}".getBytes(), "{\"query\": \"{ countries { code } }\", \"variables\": \"x\"}".getBytes(),
                "{\"query\": \"{ countries { code } }\", \"extensions\": {\"persistedQuery\": {\"version\": 2}}}".getBytes(),
                "{\"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"zz\"}}}".getBytes(),
                new byte[]{(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE},
                "{\"query\": \"\u0000\"}".getBytes(StandardCharsets.UTF_8),
                ("{\"query\": \"{ countries { code } }\"" + ", \"x\": \"" + "a".repeat(5 * 1024 * 1024) + "\"}").getBytes(),
                ("{\"query\": \"" + "{ a: countries { code } ".repeat(20_000) + "\"}").getBytes(),
                ("{\"query\": \"" + "{".repeat(100_000) + "\"}").getBytes());
        for (String type : List.of("application/json", "application/graphql", "text/plain", "application/xml", "multipart/form-data")) {
            for (byte[] body : bodies) {
                tried++;
                check(Http.post("/graphql", type, body), "POST " + type + " " + abbreviate(new String(body, StandardCharsets.UTF_8)), failures);
            }
        }
        byte[] invalidUtf8Page = "Kyrgyzstan Grows\n\nKyrgyzstan grew by 5%.".getBytes(StandardCharsets.UTF_8);
        invalidUtf8Page[5] = (byte) 0xFF;
        tried++;
        check(Http.post("/api/pages", "text/plain", invalidUtf8Page, "X-API-Key", GraphQL.API_KEY), "upload invalid UTF-8", failures);
        tried++;
        check(Http.post("/api/pages", "text/plain", "x".repeat(10 * 1024 * 1024).getBytes(), "X-API-Key", GraphQL.API_KEY),
                "upload 10 MB", failures);
        for (String q : List.of("%7B%20countries%20%7B", "%7B", "mutation%20%7B%20ingest(input%3A%7Btext%3A%22x%22%7D)%20%7B%20created%20%7D%20%7D",
                "x".repeat(60_000), "%00", "%FF%FE")) {
            tried++;
            check(Http.get("/graphql?query=" + q), "GET query=" + abbreviate(q), failures);
        }

        Map<String, Long> after = Rows.counts();
        assertThat(after.get("article")).as("no article stored from hostile input").isEqualTo(before.get("article"));
        assertThat(after.get("quote_upload") - before.get("quote_upload")).as("files of rates stored from hostile input: "
                + "the one valid file sent with hostile source names").isLessThanOrEqualTo(1);

        // A 1 MB line is a page like any other (within the size limit): stored, quickly, or refused clearly.
        tried++;
        long t0 = System.nanoTime();
        HttpResponse<String> longLine = Http.post("/api/pages", "text/plain",
                ("Kazakhstan Publishes Its Longest Report\n\n" + "The report covers 12 regions and more. ".repeat(26_000)).getBytes(),
                "X-API-Key", GraphQL.API_KEY);
        check(longLine, "upload a 1 MB line", failures);
        assertThat((System.nanoTime() - t0) / 1_000_000_000).as("seconds for a 1 MB line").isLessThan(20);

        System.out.printf("Hostile inputs: %d tried, %d answered 5xx or without a code%n", tried, failures.size());
        assertThat(failures).isEmpty();
    }

    /**
     * A page with a date the service does not read, or a date-time it does: the refusal is one short message that
     * names the accepted forms and repeats nothing of the request (the page once came back whole in it, with a Java
     * class name), with or without a source URL; the date-time's date is kept.
     */
    @Test
    void publishedOnIsADateOrADateTimeAndItsErrorRepeatsNothing() throws Exception {
        String ingest = "mutation($i: IngestInput!) { ingest(input: $i) { articles { publishedOn } } }";
        String page = "Kyrgyzstan Widens Its Road Network\n\n" + "Kyrgyzstan built new roads in the south this year. ".repeat(80);
        for (Object date : List.of("2023-07", "07/05/2023", "2023-07-05 10:22", "yesterday", "2023-13-45", 20230705, true,
                "2023-07-05T25:00:00", "x".repeat(5_000))) {
            for (boolean withSource : List.of(false, true)) {
                Map<String, Object> input = new LinkedHashMap<>();
                input.put("text", page);
                input.put("publishedOn", date);
                if (withSource) {
                    input.put("sourceUrl", "https://example.org/kyrgyz-roads");
                }
                HttpResponse<String> r = post(ingest, Map.of("i", input), GraphQL.API_KEY);
                var errors = JSON.readTree(r.body()).path("errors");
                String what = date + (withSource ? " with a source URL" : "");
                assertThat(r.statusCode()).as(what).isLessThan(500);
                assertThat(errors.size()).as("errors for " + what).isEqualTo(1);
                String message = errors.path(0).path("message").asText();
                assertThat(errors.path(0).path("extensions").path("code").asText()).as(what).isEqualTo("BAD_USER_INPUT");
                assertThat(message).as(what).contains("YYYY-MM-DD").contains("ISO-8601")
                        .doesNotContain("Kyrgyzstan").doesNotContain("example.org").doesNotContain(String.valueOf(date))
                        .doesNotContainPattern(JAVA_TYPE);
                assertThat(message.length()).as(what).isLessThan(250);
            }
        }
        for (String dateTime : List.of("2024-03-05T10:22:00+05:00", "2024-03-05T23:30:00Z", "2024-03-05T10:22",
                "2024-03-05T10:22:00.123456-04:00")) {
            HttpResponse<String> r = post(ingest, Map.of("i", Map.of("text", page + dateTime, "publishedOn", dateTime)),
                    GraphQL.API_KEY);
            assertThat(JSON.readTree(r.body()).path("data").path("ingest").path("articles").path(0).path("publishedOn")
                    .asText()).as(dateTime).isEqualTo("2024-03-05");
        }
    }

    /** What an error must never name: a Java class or package, or SmallRye's type placeholder. */
    private static final java.util.regex.Pattern JAVA_TYPE = java.util.regex.Pattern.compile(
            "Unknown Scalar Type|\\b(?:java|javax|jakarta|dev\\.newsgraph|io\\.smallrye|graphql)\\.[a-z]|'(?:BigDecimal|BigInteger|LinkedHashMap|LocalDate)'");

    private static HttpResponse<String> post(String query, Map<String, Object> variables, String key) throws Exception {

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        byte[] bytes = JSON.writeValueAsBytes(body);
        return key == null ? Http.post("/graphql", "application/json", bytes)
                : Http.post("/graphql", "application/json", bytes, "X-API-Key", key);
    }

    /** A response is acceptable when it is below 500, and any error carries one of our codes and no internals. */
    private static void check(HttpResponse<String> r, String what, List<String> failures) {
        String body = r.body() == null ? "" : r.body();
        if (r.statusCode() >= 500) {
            failures.add(r.statusCode() + " for " + what);
            return;
        }
        if (body.contains("at dev.newsgraph") || body.contains("org.postgresql") || body.contains("Exception")
                || JAVA_TYPE.matcher(body).find()
                || body.toLowerCase().contains("select ") && body.contains(" from ")) {
            failures.add("internals leaked for " + what + ": " + abbreviate(body));
            return;
        }
        if (r.statusCode() >= 400 && r.statusCode() != 413 && r.statusCode() != 401 && r.statusCode() != 405
                && r.statusCode() != 415 && !body.isEmpty()) {
            try {
                String code = JSON.readTree(body).path("errors").path(0).path("extensions").path("code").asText(
                        JSON.readTree(body).path("code").asText(""));
                if (!CODES.contains(code)) {
                    failures.add(r.statusCode() + " without a known code for " + what + ": " + abbreviate(body));
                }
            } catch (Exception e) {
                failures.add(r.statusCode() + " with a body that is not JSON for " + what + ": " + abbreviate(body));
            }
        }
        if (r.statusCode() == 200 && body.contains("\"errors\"")) {
            try {
                for (var error : JSON.readTree(body).path("errors")) {
                    String code = error.path("extensions").path("code").asText("");
                    if (!CODES.contains(code)) {
                        failures.add("error code '" + code + "' for " + what + ": " + abbreviate(body));
                    }
                }
            } catch (Exception e) {
                failures.add("unreadable errors for " + what);
            }
        }
    }

    private static String abbreviate(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 60 ? clean : clean.substring(0, 60) + "…";
    }
}
