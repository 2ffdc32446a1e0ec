package org.jixiao.indicator;

import org.jixiao.common.ConflictException;
import org.jixiao.common.FieldProblem;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.InvalidInputException;
import org.jixiao.common.NotFoundException;
import org.jixiao.form.IndicatorTree;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.organisation.OrganisationType;
import org.jixiao.organisation.Role;
import org.jixiao.scoring.ValueParser;
import org.jixiao.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The indicator library: searched by everyone (a department's people see the common indicators and their
 * department's own), maintained by finance admins, and consulted by the target quality check.
 */
@Service("indicatorLibrary")
public class IndicatorLibrary {

    /** Enough for a datalist of every indicator a unit may use. */
    public static final int SUGGESTIONS_MAX = 2000;

    private final LibraryIndicatorRepository indicators;
    private final OrganisationRepository organisations;

    public IndicatorLibrary(LibraryIndicatorRepository indicators, OrganisationRepository organisations) {
        this.indicators = indicators;
        this.organisations = organisations;
    }

    /** Indicators whose name contains {@code q}, of category {@code level2} (either may be blank), by category and name. */
    @Transactional(readOnly = true)
    public List<LibraryIndicator> search(String q, String level2, int limit, CurrentUser user) {
        String query = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
        String category = level2 == null || level2.isBlank() ? null : level2.strip();
        return indicators.search(user.isFinance(), user.departmentId(), query, category,
                PageRequest.of(0, Math.max(1, Math.min(limit, SUGGESTIONS_MAX))));
    }

    /** Every indicator the user may pick from, for the declaration page's suggestions. */
    @Transactional(readOnly = true)
    public List<LibraryIndicator> suggestions(CurrentUser user) {
        return search(null, null, SUGGESTIONS_MAX, user);
    }

    @Transactional(readOnly = true)
    public LibraryIndicator find(Long id, CurrentUser user) {
        return indicators.findById(id)
                .filter(i -> user.isFinance() || i.getDepartmentId() == null
                        || i.getDepartmentId().equals(user.departmentId()))
                .orElseThrow(() -> new NotFoundException("指标库中没有该指标"));
    }

    /**
     * The library's entry for a level-3 indicator of a project of {@code departmentId}: same name, preferably
     * same category, the department's own before the common one.
     */
    @Transactional(readOnly = true)
    public Optional<LibraryIndicator> match(String level2, String name, Long departmentId) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String category = level2 == null ? "" : level2.strip();
        return indicators.findUsable(name.strip(), departmentId).stream()
                .min(Comparator.comparing((LibraryIndicator i) -> !i.getLevel2().equals(category))
                        .thenComparing(i -> i.getDepartmentId() == null)
                        .thenComparing(LibraryIndicator::getId));
    }

    @Transactional
    public LibraryIndicator create(IndicatorInput input, CurrentUser user) {
        checkAdmin(user);
        IndicatorInput valid = validate(input, null);
        return indicators.saveAndFlush(new LibraryIndicator(valid));
    }

    @Transactional
    public LibraryIndicator update(Long id, IndicatorInput input, CurrentUser user) {
        checkAdmin(user);
        LibraryIndicator indicator = indicators.findById(id)
                .orElseThrow(() -> new NotFoundException("指标库中没有该指标"));
        indicator.apply(validate(input, id));
        return indicators.saveAndFlush(indicator);
    }

    @Transactional
    public void delete(Long id, CurrentUser user) {
        checkAdmin(user);
        indicators.delete(indicators.findById(id).orElseThrow(() -> new NotFoundException("指标库中没有该指标")));
    }

    private static void checkAdmin(CurrentUser user) {
        if (!user.has(Role.FINANCE_ADMIN)) {
            throw new ForbiddenException("只有财政局管理员可以维护指标库");
        }
    }

    /** The input with its direction filled in from the typical target where left out; every problem at once. */
    private IndicatorInput validate(IndicatorInput in, Long exceptId) {
        if (in == null) {
            throw new InvalidInputException("indicator", "请填写指标");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String level2 = in.level2() == null ? "" : in.level2().strip();
        if (IndicatorTree.LEVELS.values().stream().noneMatch(l -> l.contains(level2))) {
            problems.add(new FieldProblem("level2", "二级指标应为数量指标、质量指标、时效指标、成本指标、经济效益指标、"
                    + "社会效益指标、生态效益指标、可持续影响指标或服务对象满意度指标"));
        }
        if (in.name() == null || in.name().isBlank()) {
            problems.add(new FieldProblem("name", "请填写指标名称"));
        } else if (in.name().strip().length() > 200) {
            problems.add(new FieldProblem("name", "指标名称不能超过200字"));
        }
        tooLong(problems, "unit", in.unit(), 20, "计量单位");
        tooLong(problems, "typical_target", in.typicalTarget(), 200, "典型指标值");
        tooLong(problems, "description", in.description(), 2000, "指标说明");
        IndicatorDirection direction = in.direction();
        if (direction == null && in.typicalTarget() != null && !in.typicalTarget().isBlank()) {
            direction = IndicatorDirection.of(ValueParser.parse(in.typicalTarget()));
        }
        if (direction == null) {
            problems.add(new FieldProblem("direction", "请选择指标方向（正向、反向、等于或定性），或填写典型指标值"));
        }
        if (in.departmentId() != null && organisations.findById(in.departmentId())
                .filter(o -> o.getType() == OrganisationType.DEPARTMENT).isEmpty()) {
            problems.add(new FieldProblem("department_id", "所属部门应为一个主管部门；共性指标不填"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String name = in.name().strip();
        if (indicators.existsSame(level2, name, in.departmentId(), exceptId)) {
            throw new ConflictException("指标库的“" + level2 + "”下已有同名指标“" + name + "”");
        }
        return new IndicatorInput(level2, in.departmentId(), name, in.unit(), Objects.requireNonNull(direction),
                in.typicalTarget(), in.description());
    }

    private static void tooLong(List<FieldProblem> problems, String field, String value, int max, String label) {
        if (value != null && value.strip().length() > max) {
            problems.add(new FieldProblem(field, label + "不能超过" + max + "字"));
        }
    }
}
