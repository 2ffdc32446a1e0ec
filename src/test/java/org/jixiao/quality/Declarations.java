package org.jixiao.quality;

import org.jixiao.demo.DemoForms;
import org.jixiao.exchange.TargetDeclarationForm;

import java.util.ArrayList;
import java.util.List;

/** The demo declaration with other indicators, for the tests of this package. */
final class Declarations {

    private Declarations() {
    }

    static TargetDeclarationForm demoWith(int year, List<TargetDeclarationForm.Indicator> indicators) {
        TargetDeclarationForm d = DemoForms.declaration(year);
        return new TargetDeclarationForm(d.source(), d.ordinal(), d.form(), d.year(), d.projectName(), d.category(),
                d.supervisingDepartment(), d.implementingUnit(), d.plannedStart(), d.plannedEnd(), d.moneyUnit(),
                d.funds(), d.goalTotal(), d.goalAnnual(), indicators, d.notes());
    }

    /** The demo declaration plus the given rows. */
    static TargetDeclarationForm demoPlus(int year, TargetDeclarationForm.Indicator... extra) {
        List<TargetDeclarationForm.Indicator> rows = new ArrayList<>(DemoForms.declaration(year).indicators());
        rows.addAll(List.of(extra));
        return demoWith(year, rows);
    }
}
