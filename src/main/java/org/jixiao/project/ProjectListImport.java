package org.jixiao.project;

import org.jixiao.common.ForbiddenException;
import org.jixiao.excel.OrganisationLookup;
import org.jixiao.excel.ProjectListExcel;
import org.jixiao.excel.ProjectListRow;
import org.jixiao.organisation.Organisation;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.organisation.OrganisationType;
import org.jixiao.organisation.Role;
import org.jixiao.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates the year's projects from the finance bureau's project list, each with its lifecycle, in one
 * transaction: a refused file or a failure on any row writes nothing. A row whose project (year, unit, name)
 * already exists is skipped, so importing the same list again, for instance after an interrupted import,
 * completes it without duplicates.
 */
@Service
public class ProjectListImport {

    private final ProjectListExcel excel;
    private final OrganisationRepository organisations;
    private final ProjectRepository projects;
    private final ProjectService projectService;

    public ProjectListImport(ProjectListExcel excel, OrganisationRepository organisations, ProjectRepository projects,
                             ProjectService projectService) {
        this.excel = excel;
        this.organisations = organisations;
        this.projects = projects;
        this.projectService = projectService;
    }

    public record Result(int created, int skipped, List<Long> createdIds) {
    }

    @Transactional
    public Result importList(int year, InputStream workbook, CurrentUser user) {
        if (!user.has(Role.FINANCE_ADMIN)) {
            throw new ForbiddenException("只有财政局管理员可以导入项目清单");
        }
        List<ProjectListRow> rows = excel.importList(workbook, new DatabaseLookup());
        Actor actor = Actor.of(user);
        List<Long> created = new ArrayList<>();
        int skipped = 0;
        for (ProjectListRow row : rows) {
            Organisation unit = organisations.findByName(row.unit()).orElseThrow();
            if (projects.existsByFiscalYearAndUnitIdAndName(year, unit.getId(), row.projectName())) {
                skipped++;
                continue;
            }
            Project project = projectService.create(new ProjectService.NewProject(year, row.projectName(),
                    ProjectCategory.fromLabel(row.category()).orElseThrow(), unit.getId(), row.plannedStart(),
                    row.plannedEnd(), row.secret()), actor);
            created.add(project.getId());
        }
        return new Result(created.size(), skipped, created);
    }

    private class DatabaseLookup implements OrganisationLookup {
        @Override
        public boolean departmentExists(String department) {
            return organisations.findByName(department).filter(o -> o.getType() == OrganisationType.DEPARTMENT)
                    .isPresent();
        }

        @Override
        public boolean unitBelongs(String unit, String department) {
            return organisations.findByName(unit)
                    .filter(o -> o.getType() == OrganisationType.UNIT && o.getParent() != null
                            && o.getParent().getName().equals(department))
                    .isPresent();
        }
    }
}
