package dev.newsgraph.extract;

/** Who a quotation's speaker is: a person, or an organisation (a ministry, a bank, a company, a country). */
public enum SpeakerKind {
    PERSON, ORGANISATION
}
