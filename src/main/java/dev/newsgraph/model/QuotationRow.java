package dev.newsgraph.model;

import java.time.LocalDate;

/**
 * A stored quotation. {@code personId} is the person or organisation who said it (null for no one in particular);
 * {@code speakerTitle} the title the article gives them there.
 */
public record QuotationRow(long id, long articleId, String speaker, String text, int startOffset, int endOffset,
                           Long personId, String speakerTitle, LocalDate publishedOn) {

    public Keyset keyset() {
        return new Keyset(publishedOn, id);
    }
}
