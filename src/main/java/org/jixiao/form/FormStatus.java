package org.jixiao.form;

/** Where a stored form stands; a returned form is a DRAFT again and keeps its data. */
public enum FormStatus {
    DRAFT, SUBMITTED, APPROVED,
    /** Imported from a published historical form: complete, never edited here. */
    HISTORICAL
}
