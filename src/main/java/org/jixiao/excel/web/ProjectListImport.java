package org.jixiao.excel.web;

import jakarta.persistence.EntityManager;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.InvalidInputException;
import org.jixiao.declaration.DeclarationStore;
import org.jixiao.excel.ProjectListExcel;
import org.jixiao.excel.ProjectListLookup;
import org.jixiao.excel.ProjectListRow;
import org.jixiao.exchange.TargetDeclarationForm;
import org.jixiao.organisation.Organisation;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.organisation.OrganisationType;
import org.jixiao.organisation.Role;
import org.jixiao.project.Actor;
import org.jixiao.project.FiscalYears;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectCategory;
import org.jixiao.project.ProjectService;
import org.jixiao.security.CurrentUser;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The finance bureau's project list for a year: checked whole against the database (departments, units,
 * projects the year already has), then every project is created with its lifecycle started and its
 * declaration draft holding the listed funds, all in one transaction — any bad row and nothing is written.
 */
@Service
public class ProjectListImport {

    /**
     * Rows after which the persistence context is flushed and emptied: every query the project's creation runs
     * (process start, notices, deadlines) would otherwise dirty-check all entities created so far, which made a
     * 1,000-row list quadratic.
     */
    private static final int FLUSH_EVERY = 50;

    private final ProjectListExcel excel;
    private final OrganisationRepository organisations;
    private final ProjectService projects;
    private final DeclarationStore declarations;
    private final NamedParameterJdbcTemplate jdbc;
    private final EntityManager entityManager;

    public ProjectListImport(ProjectListExcel excel, OrganisationRepository organisations, ProjectService projects,
                             DeclarationStore declarations, NamedParameterJdbcTemplate jdbc,
                             EntityManager entityManager) {
        this.excel = excel;
        this.organisations = organisations;
        this.projects = projects;
        this.declarations = declarations;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /** One created project and the list row it came from. */
    public record ImportedProject(int row, Long projectId, String name, String unit) {
    }

    @Transactional
    public List<ImportedProject> importList(MultipartFile file, int year, CurrentUser user) {
        if (!user.has(Role.FINANCE_ADMIN)) {
            throw new ForbiddenException("只有财政局管理员可以导入项目清单");
        }
        if (!FiscalYears.isValid(year)) {
            throw new InvalidInputException("year", FiscalYears.INVALID);
        }
        Map<String, Organisation> byName = organisations.findAll().stream()
                .collect(Collectors.toMap(Organisation::getName, Function.identity()));
        Set<String> existing = existingProjects(year);
        List<ProjectListRow> rows = ExcelHttp.read(file, in -> excel.importList(in, new ProjectListLookup() {
            @Override
            public boolean departmentExists(String department) {
                Organisation o = byName.get(department);
                return o != null && o.getType() == OrganisationType.DEPARTMENT;
            }

            @Override
            public boolean unitBelongs(String unit, String department) {
                Organisation o = byName.get(unit);
                return o != null && o.getType() == OrganisationType.UNIT && o.getParent().getName().equals(department);
            }

            @Override
            public boolean projectExists(String unit, String projectName) {
                return existing.contains(key(unit, projectName));
            }
        }));
        Actor actor = Actor.of(user);
        List<ImportedProject> created = new ArrayList<>(rows.size());
        for (ProjectListRow row : rows) {
            Organisation unit = byName.get(row.unit());
            Project project = projects.create(new ProjectService.NewProject(year, row.projectName(),
                    ProjectCategory.fromLabel(row.category()).orElseThrow(), unit.getId(), row.plannedStart(),
                    row.plannedEnd(), row.secret()), actor);
            declarations.startWithFunds(project, row.moneyUnit(), new TargetDeclarationForm.Funds(null,
                    row.annualTotal(), null, row.appropriation(), row.carryover(), null, row.other()));
            created.add(new ImportedProject(row.rowNumber(), project.getId(), project.getName(), unit.getName()));
            if (created.size() % FLUSH_EVERY == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }
        return created;
    }

    /** Unit and name of every project of the year, read in one query. */
    private Set<String> existingProjects(int year) {
        Set<String> keys = new HashSet<>();
        jdbc.query("select u.name as unit, p.name as name from project p join organisation u on u.id = p.unit_id"
                        + " where p.fiscal_year = :year", new MapSqlParameterSource("year", year),
                rs -> {
                    keys.add(key(rs.getString("unit"), rs.getString("name")));
                });
        return keys;
    }

    private static String key(String unit, String projectName) {
        return unit + '\u0000' + projectName;
    }
}
