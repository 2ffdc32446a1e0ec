package org.jixiao.quality;

/**
 * One finding of the target quality check.
 *
 * @param indicator the level-3 indicator it concerns, the level-1 name for a missing category, {@code null} for
 *                  the whole declaration
 * @param message   a plain-Chinese explanation for the unit and the reviewers
 */
public record Finding(FindingCode code, String indicator, String message, Severity severity) {

    static Finding of(FindingCode code, String indicator, String message) {
        return new Finding(code, indicator, message, code.severity());
    }
}
