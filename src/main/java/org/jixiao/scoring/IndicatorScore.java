package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The rule outcome for one level-3 indicator.
 *
 * @param met            whether the actual meets the target; {@code null} when that cannot be judged
 *                       (different units, a qualitative mismatch, text the parser does not understand)
 * @param suggestedScore the score the rule gives; {@code null} when {@code met} is {@code null} and the
 *                       rule leaves the choice of tier to the reviewer
 * @param minScore       lowest allowed score
 * @param maxScore       highest allowed score (never above the weight)
 * @param score          the score given on the form, {@code null} if none
 * @param overAchieved   the actual beats the target by the over-achievement threshold (30 %) or more
 * @param problems       plain-Chinese messages for the filler and reviewer
 */
public record IndicatorScore(
        String level1,
        String level2,
        String name,
        ParsedValue target,
        ParsedValue actual,
        BigDecimal weight,
        BigDecimal score,
        Boolean met,
        BigDecimal suggestedScore,
        BigDecimal minScore,
        BigDecimal maxScore,
        boolean overAchieved,
        List<String> problems) {

    /** The allowed range as one value. */
    public ScoreRange range() {
        return new ScoreRange(minScore, maxScore);
    }

    /** The score that counts: the given one, else the suggestion, else 0. */
    public BigDecimal effectiveScore() {
        if (score != null) {
            return score;
        }
        return suggestedScore != null ? suggestedScore : BigDecimal.ZERO;
    }
}
