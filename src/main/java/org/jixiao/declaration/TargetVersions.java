package org.jixiao.declaration;

import org.jixiao.exchange.MonitoringForm;
import org.jixiao.exchange.TargetDeclarationForm;
import org.jixiao.security.CurrentUser;
import org.jixiao.project.ProjectService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The versions of a project's approved targets: written on approval, read by the self-evaluation and pages. */
@Service
public class TargetVersions {

    private final TargetVersionRepository versions;
    private final ProjectService projectService;

    public TargetVersions(TargetVersionRepository versions, ProjectService projectService) {
        this.versions = versions;
        this.projectService = projectService;
    }

    @Transactional(readOnly = true)
    public List<TargetVersion> list(Long projectId, CurrentUser user) {
        projectService.findVisible(projectId, user);
        return versions.findByProjectIdOrderByNumberAsc(projectId);
    }

    @Transactional(readOnly = true)
    public Optional<TargetVersion> latest(Long projectId) {
        return versions.findFirstByProjectIdOrderByNumberDesc(projectId);
    }

    /** The declaration's targets and annual request become the next version (1 for a fresh project). */
    @Transactional(propagation = Propagation.MANDATORY)
    public TargetVersion fromDeclaration(Long projectId, TargetDeclarationForm form, TargetVersion.Origin origin,
                                         String by) {
        List<TargetVersionIndicator> indicators = form.indicators() == null ? List.of() : form.indicators().stream()
                .map(i -> new TargetVersionIndicator(i.level1(), i.level2(), i.name(), i.targetTotal(),
                        i.targetAnnual(), i.weight()))
                .toList();
        BigDecimal budget = form.funds() == null ? null : form.funds().annualRequest();
        return versions.save(new TargetVersion(projectId, nextNumber(projectId), origin, form.moneyUnit(), budget,
                null, by, indicators));
    }

    /**
     * An approved adjustment: the latest version with the new full-year budget and the changed targets and
     * weights (matched by level 1, level 2 and name; an unmatched change adds an indicator).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public TargetVersion adjusted(Long projectId, String moneyUnit, MonitoringForm.Adjustment adjustment, String by) {
        TargetVersion base = latest(projectId).orElse(null);
        List<TargetVersionIndicator> indicators = new ArrayList<>(base == null ? List.of() : base.getIndicators());
        List<String> reasons = new ArrayList<>();
        BigDecimal budget = base == null ? null : base.getFullYearBudget();
        if (adjustment.newAnnualBudget() != null) {
            budget = adjustment.newAnnualBudget();
            reasons.add("预算调整：" + adjustment.budgetReason());
        }
        List<MonitoringForm.TargetChange> changes = adjustment.targetChanges() == null ? List.of()
                : adjustment.targetChanges();
        for (MonitoringForm.TargetChange c : changes) {
            int at = indexOf(indicators, c);
            TargetVersionIndicator old = at < 0 ? null : indicators.get(at);
            TargetVersionIndicator changed = new TargetVersionIndicator(c.level1(), c.level2(), c.name(),
                    old == null ? null : old.targetTotal(),
                    c.newTarget() != null ? c.newTarget() : old == null ? null : old.targetAnnual(),
                    c.newWeight() != null ? c.newWeight() : old == null ? null : old.weight());
            if (at < 0) {
                indicators.add(changed);
            } else {
                indicators.set(at, changed);
            }
            reasons.add(c.name() + "：" + c.reason());
        }
        String reason = String.join("；", reasons);
        return versions.save(new TargetVersion(projectId, nextNumber(projectId), TargetVersion.Origin.ADJUSTMENT,
                moneyUnit, budget, reason.length() > 2000 ? reason.substring(0, 2000) : reason, by, indicators));
    }

    private static int indexOf(List<TargetVersionIndicator> indicators, MonitoringForm.TargetChange c) {
        for (int k = 0; k < indicators.size(); k++) {
            TargetVersionIndicator i = indicators.get(k);
            if (same(i.level1(), c.level1()) && same(i.level2(), c.level2()) && same(i.name(), c.name())) {
                return k;
            }
        }
        return -1;
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().equals(b.strip());
    }

    private int nextNumber(Long projectId) {
        return latest(projectId).map(v -> v.getNumber() + 1).orElse(1);
    }
}
