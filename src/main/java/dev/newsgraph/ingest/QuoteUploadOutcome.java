package dev.newsgraph.ingest;

import dev.newsgraph.model.QuoteRow;

import java.util.List;

/**
 * What an upload of a file of rates stored, or found already stored.
 *
 * @param quotes     the file's quotes, in file order
 * @param created    quotes written by this upload
 * @param duplicates quotes of a file that was already stored (then nothing was written)
 */
public record QuoteUploadOutcome(long uploadId, List<QuoteRow> quotes, int created, int duplicates) {
}
