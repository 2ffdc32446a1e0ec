package org.jixiao.cockpit;

import org.jixiao.common.InvalidInputException;
import org.jixiao.common.NotFoundException;
import org.jixiao.excel.SummaryRow;
import org.jixiao.organisation.Organisation;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.organisation.OrganisationType;
import org.jixiao.project.ProjectScope;
import org.jixiao.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The progress of all projects of a year as the caller may see it: finance everything, a department its
 * units, a unit its own. A filter naming an organisation outside the caller's view is "not found".
 */
@Service
public class Cockpit {

    static final int MAX_PAGE_SIZE = 200;

    private final CockpitQueries queries;
    private final OrganisationRepository organisations;

    public Cockpit(CockpitQueries queries, OrganisationRepository organisations) {
        this.queries = queries;
        this.organisations = organisations;
    }

    @Transactional(readOnly = true)
    public Overview overview(int year, CurrentUser user) {
        ProjectScope scope = ProjectScope.of(user);
        return new Overview(year, queries.matrix(year, scope), queries.grades(year, scope),
                queries.scoreBands(year, scope));
    }

    @Transactional(readOnly = true)
    public CockpitPage projects(CockpitFilter filter, int page, int size, CurrentUser user) {
        if (page < 0) {
            throw new InvalidInputException("page", "页码不能小于0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "每页条数应在1到" + MAX_PAGE_SIZE + "之间");
        }
        ProjectScope scope = ProjectScope.of(user);
        checkVisible(filter, scope);
        return queries.projects(filter, scope, page, size);
    }

    /**
     * Every project matching the filter, for the summary workbook; the same scope and filter checks as the
     * drill-down list. The stream reads from an open result set: consume it, then close it.
     */
    public Stream<SummaryRow> summary(CockpitFilter filter, CurrentUser user) {
        ProjectScope scope = ProjectScope.of(user);
        checkVisible(filter, scope);
        return queries.summary(filter, scope);
    }

    /** The departments and units the caller may filter by (few: read whole and narrowed in memory). */
    @Transactional(readOnly = true)
    public List<Organisation> visibleOrganisations(OrganisationType type, CurrentUser user) {
        ProjectScope scope = ProjectScope.of(user);
        return organisations.findByTypeOrderByName(type).stream()
                .filter(o -> scope.departmentId() == null || scope.departmentId().equals(departmentOf(o)))
                .filter(o -> scope.unitId() == null || type != OrganisationType.UNIT || scope.unitId().equals(o.getId()))
                .toList();
    }

    private void checkVisible(CockpitFilter filter, ProjectScope scope) {
        checkVisible(filter.departmentId(), OrganisationType.DEPARTMENT, scope);
        checkVisible(filter.unitId(), OrganisationType.UNIT, scope);
    }

    private void checkVisible(Long organisationId, OrganisationType type, ProjectScope scope) {
        if (organisationId == null) {
            return;
        }
        boolean visible = organisations.findById(organisationId)
                .filter(o -> o.getType() == type)
                .filter(o -> scope.departmentId() == null || scope.departmentId().equals(departmentOf(o)))
                .filter(o -> scope.unitId() == null || scope.unitId().equals(o.getId()))
                .isPresent();
        if (!visible) {
            throw new NotFoundException((type == OrganisationType.UNIT ? "单位" : "主管部门") + "不存在或无权查看");
        }
    }

    private static Long departmentOf(Organisation organisation) {
        return organisation.getType() == OrganisationType.UNIT ? organisation.getParent().getId() : organisation.getId();
    }

    /** The cockpit's figures for one year: the matrix, and the grade and score distributions when available. */
    public record Overview(int year, List<CockpitRow> rows, Map<String, Long> grades, Map<String, Long> scoreBands) {
    }
}
