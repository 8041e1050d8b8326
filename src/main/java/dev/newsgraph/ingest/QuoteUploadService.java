package dev.newsgraph.ingest;

import dev.newsgraph.config.NewsGraphConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;

/**
 * Stores files of currency rates from outside the page tickers (a central bank's daily rates), with the same rules
 * as pages: a key to write, the same size limit, a file refused whole when a line is wrong, and the same file twice
 * stored once (content hash). Their quotes convert money figures to USD like the tickers' do, older figures
 * included.
 */
@ApplicationScoped
public class QuoteUploadService {

    private static final Logger LOG = Logger.getLogger(QuoteUploadService.class);

    /** Longest source name kept. */
    public static final int MAX_SOURCE = 100;

    @Inject
    QuoteUploadWriter writer;

    @Inject
    NewsGraphConfig config;

    @Inject
    Event<PagesChanged> changed;

    /**
     * @param text   the file, {@code date,base,quote,rate} rows
     * @param source who published the rates, or null
     * @throws InvalidPageException when the file is empty, too large or has a line that breaks the rules; nothing
     *                              is written then
     */
    public QuoteUploadOutcome upload(String text, String source) {
        if (text == null || text.isBlank()) {
            throw new InvalidPageException("The file of rates is empty.");
        }
        long bytes = PageText.utf8Length(text);
        int limit = config.ingest().maxPageBytes();
        if (bytes > limit) {
            throw new InvalidPageException("The file is " + bytes + " bytes; the limit is " + limit + " bytes.");
        }
        String name = source(source);
        String canonical = PageText.canonical(text);
        String hash = PageText.contentHash(canonical);
        Optional<QuoteUploadOutcome> stored = writer.findStored(hash);
        if (stored.isPresent()) {
            return stored.get();
        }
        List<QuoteFile.Row> rows = QuoteFile.parse(canonical);
        QuoteUploadOutcome outcome = writer.write(text, hash, name, rows);
        if (outcome.created() > 0) {
            changed.fire(new PagesChanged(-1));
            LOG.infof("Stored file of rates %d: %d quotes", outcome.uploadId(), outcome.created());
        }
        return outcome;
    }

    /** The source name, trimmed; null when blank. Refused when long or not plain text. */
    private static String source(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        String s = source.strip();
        if (s.length() > MAX_SOURCE) {
            throw new InvalidPageException("source is at most " + MAX_SOURCE + " characters.");
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i)) || Character.getType(s.charAt(i)) == Character.FORMAT) {
                throw new InvalidPageException("source must be plain text on one line.");
            }
        }
        return s;
    }
}
