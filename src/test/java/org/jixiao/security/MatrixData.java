package org.jixiao.security;

/** The ids and bodies a sample request needs, for one person and one scope (own or another organisation's). */
interface MatrixData {

    /** The fiscal year of the test data. */
    int year();

    /** A year nobody used yet, for actions that may happen once per year (opening a stage). */
    int freshYear();

    /** The project of the scope: the one in this person's queue, or one of another organisation. */
    Long project();

    /** The open task of {@link #project()}. */
    String task();

    /** A notification addressed to this person, or to someone of another organisation. */
    Long notification();

    /** The decision that fits the person's step: SUBMIT for units, APPROVE for reviewers. */
    String decision();

    /** A colleague of the same organisation who may work on the same task. */
    String colleague();

    /** The implementing unit of the test data's own projects. */
    Long unitId();

    /** The stored version of {@link #project()}'s declaration (0 when none is stored). */
    long declarationVersion();

    /** A valid declaration in the exchange format. */
    String declarationJson();

    /** A valid historical import of one form. */
    String importJson();

    /** A valid self-evaluation in the exchange format (for the scoring preview). */
    String selfEvaluationJson();

    /** A new account nobody else uses, for changing, resetting and disabling. */
    Long spareAccount();

    /** A user name nobody has yet. */
    String newUsername();

    /** The supervising department of the scope: the person's own (区科委 for finance), or another. */
    Long department();

    /** A published project for "own" data, an unpublished one for "other". */
    Long publicProject();

    /** A new indicator of the library, for changing and deleting. */
    Long spareIndicator();

    /** A valid new indicator of the library. */
    String indicatorJson();
}
