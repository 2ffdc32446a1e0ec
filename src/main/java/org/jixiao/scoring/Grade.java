package org.jixiao.scoring;

import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;

/** 评分等级: ≥90 优, ≥80 良, ≥60 中, &lt;60 差. Serialised as its Chinese label. */
public enum Grade {
    EXCELLENT("优", 90), GOOD("良", 80), PASS("中", 60), POOR("差", 0);

    private final String label;
    private final BigDecimal lowerBound;

    Grade(String label, int lowerBound) {
        this.label = label;
        this.lowerBound = BigDecimal.valueOf(lowerBound);
    }

    @JsonValue
    public String label() {
        return label;
    }

    public BigDecimal lowerBound() {
        return lowerBound;
    }

    public static Grade of(BigDecimal total) {
        for (Grade g : values()) {
            if (total.compareTo(g.lowerBound) >= 0) {
                return g;
            }
        }
        return POOR;
    }

    /** The grade printed as {@code 优}/{@code 良}/{@code 中}/{@code 差}, or {@code null} for anything else. */
    public static Grade fromLabel(String label) {
        if (label == null) {
            return null;
        }
        String l = label.strip();
        for (Grade g : values()) {
            if (g.label.equals(l)) {
                return g;
            }
        }
        return null;
    }
}
