package org.jixiao.declaration;

import jakarta.persistence.Embeddable;
import org.jixiao.exchange.TargetDeclarationForm;

import java.math.BigDecimal;

/** One level-3 indicator of a declaration with its total-period and annual target and optional weight. */
@Embeddable
public class DeclarationIndicator {

    private String level1;
    private String level2;
    private String name;
    private String targetTotal;
    private String targetAnnual;
    private BigDecimal weight;

    protected DeclarationIndicator() {
    }

    DeclarationIndicator(TargetDeclarationForm.Indicator i) {
        this.level1 = i.level1();
        this.level2 = i.level2();
        this.name = i.name();
        this.targetTotal = i.targetTotal();
        this.targetAnnual = i.targetAnnual();
        this.weight = i.weight();
    }

    TargetDeclarationForm.Indicator toExchange() {
        return new TargetDeclarationForm.Indicator(level1, level2, name, targetTotal, targetAnnual, weight);
    }
}
