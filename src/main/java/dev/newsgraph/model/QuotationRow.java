package dev.newsgraph.model;

/** A stored quotation. */
public record QuotationRow(long id, long articleId, String speaker, String text, int startOffset, int endOffset) {
}
