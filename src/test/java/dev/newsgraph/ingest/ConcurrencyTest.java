package dev.newsgraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.support.GraphQL;
import dev.newsgraph.support.Http;
import dev.newsgraph.support.Rows;
import dev.newsgraph.support.TestPages;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Ingests racing each other and reads: each page stored exactly once, none lost, no request failing. */
@QuarkusTest
class ConcurrencyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSamePageFromEightClientsAtOnceIsStoredOnce() throws Exception {
        String page = TestPages.storyWithTicker(TestPages.PLACES.get(0), 9901);
        Map<String, Long> before = Rows.counts();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<JsonNode>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return ingest(page);
            }));
        }
        start.countDown();
        int created = 0;
        int duplicates = 0;
        for (Future<JsonNode> f : results) {
            JsonNode r = f.get(60, TimeUnit.SECONDS);
            assertThat(r.path("errors").isMissingNode()).as(r.toString()).isTrue();
            created += r.path("data").path("ingest").path("created").asInt();
            duplicates += r.path("data").path("ingest").path("duplicates").asInt() > 0 ? 1 : 0;
        }
        pool.shutdown();
        Map<String, Long> after = Rows.counts();
        assertThat(created).as("articles created across the 8 requests").isEqualTo(1);
        assertThat(duplicates).as("requests answered as duplicates").isEqualTo(7);
        assertThat(after.get("page") - before.get("page")).isEqualTo(1);
        assertThat(after.get("article") - before.get("article")).isEqualTo(1);
        assertThat(after.get("quote") - before.get("quote")).isEqualTo(3);
    }

    @Test
    void concurrentIngestsOfDifferentPagesAndReadsLoseNothing() throws Exception {
        int writers = 4;
        int pagesPerWriter = 10;
        Map<String, Long> before = Rows.counts();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger readErrors = new AtomicInteger();
        AtomicInteger reads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(writers + 4);
        List<Future<Integer>> writes = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            writes.add(pool.submit((Callable<Integer>) () -> {
                int ok = 0;
                for (int i = 0; i < pagesPerWriter; i++) {
                    TestPages.Place place = TestPages.PLACES.get((writer + i) % TestPages.PLACES.size());
                    JsonNode r = ingest(TestPages.storyWithTicker(place, 20_000 + writer * 100 + i));
                    if (r.path("errors").isMissingNode() && r.path("data").path("ingest").path("created").asInt() == 1) {
                        ok++;
                    }
                }
                return ok;
            }));
        }
        List<Future<?>> readers = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            readers.add(pool.submit(() -> {
                int mine = 0;
                while (writing.get() || mine < 5) {
                    mine++;
                    HttpResponse<String> response = Http.post("/graphql", "application/json",
                            ("{\"query\":\"{ countries { code stories(first: 5) { totalCount nodes { title metrics { value } } } } }\"}").getBytes(),
                            "Cache-Control", "no-cache");
                    reads.incrementAndGet();
                    if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                        readErrors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        int stored = 0;
        for (Future<Integer> f : writes) {
            stored += f.get(120, TimeUnit.SECONDS);
        }
        writing.set(false);
        for (Future<?> f : readers) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        Map<String, Long> after = Rows.counts();
        System.out.printf("Concurrency: %d pages ingested by %d writers during %d reads; %d read errors%n",
                stored, writers, reads.get(), readErrors.get());
        assertThat(stored).isEqualTo(writers * pagesPerWriter);
        assertThat(after.get("page") - before.get("page")).as("pages stored").isEqualTo(writers * pagesPerWriter);
        assertThat(readErrors.get()).isZero();
        assertThat(reads.get()).isPositive();
    }

    private static JsonNode ingest(String page) throws Exception {
        byte[] body = JSON.writeValueAsBytes(Map.of("query",
                "mutation($i: IngestInput!) { ingest(input: $i) { created duplicates } }",
                "variables", Map.of("i", Map.of("text", page))));
        HttpResponse<String> r = Http.post("/graphql", "application/json", body, "X-API-Key", GraphQL.API_KEY);
        assertThat(r.statusCode()).isEqualTo(200);
        return JSON.readTree(r.body());
    }
}
