package org.jixiao.excel.web;

import org.jixiao.cockpit.Cockpit;
import org.jixiao.cockpit.CockpitFilter;
import org.jixiao.common.InvalidInputException;
import org.jixiao.common.NotFoundException;
import org.jixiao.evaluation.SelfEvaluationStore;
import org.jixiao.excel.FormExcel;
import org.jixiao.excel.ProjectListExcel;
import org.jixiao.excel.SummaryExcel;
import org.jixiao.excel.SummaryRow;
import org.jixiao.exchange.SelfEvaluationForm;
import org.jixiao.form.FormStore;
import org.jixiao.form.FormStores;
import org.jixiao.form.FormView;
import org.jixiao.organisation.Organisation;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.organisation.OrganisationType;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectRepository;
import org.jixiao.project.ProjectScope;
import org.jixiao.security.CurrentUser;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The workbooks users download, each checked against the caller's scope before anything is sent (so a
 * refusal is still a clean 404 or 400), then written straight into the response. The batch exports stream:
 * forms are read a chunk at a time and summary rows straight from the result set.
 */
@Service
public class ExcelExports {

    /** Forms read per round trip in a batch export; each chunk is dropped once written. */
    private static final int CHUNK = 100;

    private final FormStores stores;
    private final FormExcel formExcel;
    private final SummaryExcel summaryExcel;
    private final ProjectListExcel projectListExcel;
    private final Cockpit cockpit;
    private final SelfEvaluationStore selfEvaluations;
    private final ProjectRepository projects;
    private final OrganisationRepository organisations;
    private final NamedParameterJdbcTemplate jdbc;

    public ExcelExports(FormStores stores, FormExcel formExcel, SummaryExcel summaryExcel,
                        ProjectListExcel projectListExcel, Cockpit cockpit, SelfEvaluationStore selfEvaluations,
                        ProjectRepository projects, OrganisationRepository organisations,
                        NamedParameterJdbcTemplate jdbc) {
        this.stores = stores;
        this.formExcel = formExcel;
        this.summaryExcel = summaryExcel;
        this.projectListExcel = projectListExcel;
        this.cockpit = cockpit;
        this.selfEvaluations = selfEvaluations;
        this.projects = projects;
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    /**
     * One form of a project in the official layout: the stored form, or the prefilled start of a new one
     * (which is then the template to fill in and upload). Another organisation's project is "not found".
     */
    public Download form(Long projectId, String formPath, CurrentUser user) {
        FormStore<?, ?> store = stores.ofPath(formPath);
        FormView<?> view = store.read(projectId, user);
        byte[] workbook = formExcel.export(view.form());
        String name = ExcelHttp.safeFileName(view.form().projectName() + "-" + store.label()) + ".xlsx";
        return new Download(name, store.path() + "-" + projectId + ".xlsx", out -> out.write(workbook));
    }

    /** The finance summary: one row per project matching the cockpit's filters within the caller's scope, in 元. */
    public Download summary(CockpitFilter filter, CurrentUser user) {
        Stream<SummaryRow> rows = cockpit.summary(filter, user);
        return new Download(filter.year() + "年度项目汇总表.xlsx", "summary-" + filter.year() + ".xlsx", out -> {
            try (rows) {
                summaryExcel.export(rows, "元", out);
            }
        });
    }

    /**
     * Every stored self-evaluation of one department's projects of a year, one sheet each. A department sees
     * its own, a unit only its own projects within it, finance any department it names.
     */
    public Download selfEvaluations(int year, Long departmentId, CurrentUser user) {
        Long wanted = departmentId != null ? departmentId : user.departmentId();
        if (wanted == null) {
            throw new InvalidInputException("department", "请选择主管部门");
        }
        // finance may name any department; a department or unit only its own
        Organisation department = organisations.findById(wanted)
                .filter(o -> o.getType() == OrganisationType.DEPARTMENT)
                .filter(o -> user.departmentId() == null || user.departmentId().equals(o.getId()))
                .orElseThrow(() -> new NotFoundException("主管部门不存在或无权查看"));
        List<Long> ids = selfEvaluatedProjects(year, department.getId(), ProjectScope.of(user).unitId());
        return new Download(ExcelHttp.safeFileName(year + "年度" + department.getName() + "绩效自评表") + ".xlsx",
                "self-evaluations-" + year + ".xlsx", out -> formExcel.exportSelfEvaluations(formsOf(ids), out));
    }

    public Download projectListTemplate() {
        byte[] template = projectListExcel.template();
        return new Download("项目清单模板.xlsx", "project-list-template.xlsx", out -> out.write(template));
    }

    /** Ids of the department's projects of the year that have a self-evaluation, in unit and name order. */
    private List<Long> selfEvaluatedProjects(int year, Long departmentId, Long unitId) {
        MapSqlParameterSource params = new MapSqlParameterSource("year", year)
                .addValue("department", departmentId)
                .addValue("unit", unitId);
        return jdbc.queryForList("""
                select p.id from project p
                join self_evaluation s on s.project_id = p.id
                join organisation u on u.id = p.unit_id
                where p.fiscal_year = :year and p.department_id = :department
                """ + (unitId == null ? "" : " and p.unit_id = :unit") + """
                 order by u.name, p.name, p.id
                """, params, Long.class);
    }

    /**
     * The forms of the projects, read {@value #CHUNK} projects at a time as the workbook asks for them; each
     * form is read in a transaction of its own, so nothing accumulates in a persistence context.
     */
    private Iterator<SelfEvaluationForm> formsOf(List<Long> ids) {
        return IntStream.range(0, (ids.size() + CHUNK - 1) / CHUNK)
                .mapToObj(i -> ids.subList(i * CHUNK, Math.min(ids.size(), (i + 1) * CHUNK)))
                .flatMap(chunk -> projects.findByIdIn(chunk).stream()
                        .sorted(Comparator.comparingInt(p -> chunk.indexOf(p.getId())))
                        .map(this::selfEvaluationOf))
                .iterator();
    }

    private SelfEvaluationForm selfEvaluationOf(Project project) {
        return selfEvaluations.view(project).form();
    }
}
