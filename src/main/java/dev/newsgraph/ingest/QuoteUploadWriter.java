package dev.newsgraph.ingest;

import dev.newsgraph.model.CountryDirectory;
import dev.newsgraph.model.Quote;
import dev.newsgraph.model.QuoteRepository;
import dev.newsgraph.model.QuoteRow;
import dev.newsgraph.model.QuoteUpload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.nio.ByteBuffer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Writes one file of rates in one transaction, or finds it already stored. */
@ApplicationScoped
class QuoteUploadWriter {

    @Inject
    EntityManager em;

    @Inject
    QuoteRepository quotes;

    @Inject
    CountryDirectory countries;

    @Transactional
    Optional<QuoteUploadOutcome> findStored(String contentHash) {
        return quotes.findUploadIdByContentHash(contentHash).map(this::storedOutcome);
    }

    /**
     * Stores the file and its rows unless a file with the same content hash exists. Concurrent uploads of one file
     * queue on a transaction-scoped advisory lock keyed by the hash (as pages do), so exactly one of them writes it.
     */
    @Transactional
    QuoteUploadOutcome write(String text, String contentHash, String source, List<QuoteFile.Row> rows) {
        em.createNativeQuery("select pg_advisory_xact_lock(:key)").setParameter("key", lockKey(contentHash)).getSingleResult();
        Optional<Long> existing = quotes.findUploadIdByContentHash(contentHash);
        if (existing.isPresent()) {
            return storedOutcome(existing.get());
        }
        QuoteUpload upload = new QuoteUpload();
        upload.contentHash = contentHash;
        upload.source = source;
        upload.text = text;
        upload.ingestedAt = OffsetDateTime.now(ZoneOffset.UTC);
        em.persist(upload);
        List<QuoteRow> written = new ArrayList<>(rows.size());
        for (QuoteFile.Row r : rows) {
            Quote q = new Quote();
            q.upload = upload;
            q.base = r.base();
            q.quote = r.quote();
            q.rate = r.rate();
            q.asOf = r.date();
            q.countryCode = countries.countryOfCurrency(r.base()).orElse(null);
            em.persist(q);
            written.add(new QuoteRow(q.id, null, q.base, q.quote, q.rate, null, q.asOf, q.countryCode, null));
        }
        em.flush();
        return new QuoteUploadOutcome(upload.id, written, written.size(), 0);
    }

    private QuoteUploadOutcome storedOutcome(long uploadId) {
        List<QuoteRow> stored = quotes.listByUpload(uploadId);
        return new QuoteUploadOutcome(uploadId, stored, 0, stored.size());
    }

    /** The advisory lock of a content hash: its first 8 bytes, with the top bit flipped to keep apart from pages'. */
    private static long lockKey(String contentHash) {
        return ByteBuffer.wrap(HexFormat.of().parseHex(contentHash, 0, 16)).getLong() ^ Long.MIN_VALUE;
    }
}
