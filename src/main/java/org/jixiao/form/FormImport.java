package org.jixiao.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jixiao.common.FieldProblem;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.InvalidInputException;
import org.jixiao.exchange.ExchangeForm;
import org.jixiao.exchange.TargetDeclarationForm;
import org.jixiao.organisation.Organisation;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.organisation.OrganisationType;
import org.jixiao.organisation.Role;
import org.jixiao.project.Actor;
import org.jixiao.project.HistoryAction;
import org.jixiao.project.FiscalYears;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectCategory;
import org.jixiao.project.ProjectHistory;
import org.jixiao.project.ProjectRepository;
import org.jixiao.project.Stage;
import org.jixiao.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Imports published historical forms (the exchange format) as completed forms of their project and year, in
 * one transaction: every form is validated first, then all are written. Missing organisations and projects
 * are created; a new project starts no lifecycle and waits for publication.
 */
@Service
public class FormImport {

    /** Department of units whose form leaves 主管部门 blank and that are not known yet. */
    static final String PLACEHOLDER_DEPARTMENT = "未填写主管部门";

    private final FormStores stores;
    private final ObjectMapper mapper;
    private final OrganisationRepository organisations;
    private final ProjectRepository projects;
    private final ProjectHistory history;

    public FormImport(FormStores stores, ObjectMapper mapper, OrganisationRepository organisations,
                      ProjectRepository projects, ProjectHistory history) {
        this.stores = stores;
        this.mapper = mapper;
        this.organisations = organisations;
        this.projects = projects;
        this.history = history;
    }

    public record ImportedForm(int index, String form, Long projectId, Long formId, String projectName) {
    }

    @Transactional
    public List<ImportedForm> importForms(JsonNode body, CurrentUser user) {
        if (!user.has(Role.FINANCE_ADMIN)) {
            throw new ForbiddenException("只有财政局管理员可以导入历史表单");
        }
        if (body == null || !body.isArray() || body.isEmpty()) {
            throw new InvalidInputException("", "请提交由表单组成的 JSON 数组");
        }
        List<ExchangeForm> forms = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int k = 0; k < body.size(); k++) {
            String prefix = "[" + k + "].";
            try {
                FormStore<?, ?> store = storeOf(body.get(k), prefix);
                ExchangeForm form = FormJson.parse(mapper, body.get(k), store.formClass(), store.kind(), prefix);
                problems.addAll(header(form, prefix));
                problems.addAll(problemsOf(store, form, prefix));
                forms.add(form);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<ImportedForm> imported = new ArrayList<>(forms.size());
        Actor actor = Actor.of(user);
        for (int k = 0; k < forms.size(); k++) {
            ExchangeForm form = forms.get(k);
            FormStore<?, ?> store = stores.ofKind(form.form()).orElseThrow();
            Project project = projectFor(form, store);
            FormRecord<?> record = storeHistorical(store, project.getId(), form);
            history.record(project.getId(), store.stage(), HistoryAction.IMPORTED,
                    "导入历史" + store.label(), actor);
            imported.add(new ImportedForm(k, form.form(), project.getId(), record.getId(), project.getName()));
        }
        return imported;
    }

    private FormStore<?, ?> storeOf(JsonNode node, String prefix) {
        String kind = node == null || node.get("form") == null ? null : node.get("form").asText();
        return stores.ofKind(kind).orElseThrow(() -> new InvalidInputException(prefix + "form",
                "表单类型应为 target_declaration、monitoring 或 self_evaluation"));
    }

    @SuppressWarnings("unchecked")
    private static <F extends ExchangeForm> List<FieldProblem> problemsOf(FormStore<?, F> store, ExchangeForm form,
                                                                          String prefix) {
        return store.problems((F) form, prefix, false);
    }

    @SuppressWarnings("unchecked")
    private static <E extends FormRecord<F>, F extends ExchangeForm> E storeHistorical(FormStore<E, F> store,
                                                                                   Long projectId, ExchangeForm form) {
        return store.storeHistorical(projectId, (F) form);
    }

    private static List<FieldProblem> header(ExchangeForm form, String prefix) {
        FormChecks c = new FormChecks(prefix);
        c.required("year", form.year(), "年度")
                .required("project_name", form.projectName(), "项目名称")
                .required("implementing_unit", form.implementingUnit(), "实施单位")
                .required("money_unit", form.moneyUnit(), "金额单位")
                .text("project_name", form.projectName(), 300, "项目名称")
                .text("implementing_unit", form.implementingUnit(), 200, "实施单位")
                .text("supervising_department", form.supervisingDepartment(), 200, "主管部门");
        if (form.year() != null && !FiscalYears.isValid(form.year())) {
            c.add("year", FiscalYears.INVALID);
        }
        return c.problems();
    }

    /**
     * The project of the form's unit, year and name. A project that already has a form of this kind (two
     * published forms may share a name) gets a sibling named “name（2）”, so no form overwrites another.
     */
    private Project projectFor(ExchangeForm form, FormStore<?, ?> store) {
        Organisation unit = unitFor(form.implementingUnit().strip(), form.supervisingDepartment());
        String name = form.projectName().strip();
        for (int n = 1; ; n++) {
            String candidate = n == 1 ? name : name + "（" + n + "）";
            Optional<Project> existing = projects.findByFiscalYearAndUnitIdAndName(form.year(), unit.getId(), candidate);
            if (existing.isEmpty()) {
                return createHistorical(form, candidate, unit);
            }
            if (!store.exists(existing.get().getId())) {
                return projects.findWithOrganisations(existing.get().getId()).orElseThrow();
            }
        }
    }

    private Project createHistorical(ExchangeForm form, String name, Organisation unit) {
        ProjectCategory category = ProjectCategory.RECURRING;
        Project project;
        if (form instanceof TargetDeclarationForm d) {
            category = ProjectCategory.fromLabel(d.category()).orElse(ProjectCategory.RECURRING);
            project = new Project(form.year(), name, category, unit, d.plannedStart(), d.plannedEnd());
        } else {
            project = new Project(form.year(), name, category, unit, null, null);
        }
        // Historical: no lifecycle process; finance may publish it later.
        project.moveTo(Stage.WAITING_PUBLICATION, null);
        return projects.save(project);
    }

    /** The unit by name; a name that is a department means its 本部; unknown units are created. */
    private Organisation unitFor(String unitName, String departmentName) {
        Optional<Organisation> found = organisations.findByName(unitName);
        if (found.isPresent() && found.get().getType() == OrganisationType.UNIT) {
            return found.get();
        }
        if (found.isPresent() && found.get().getType() == OrganisationType.DEPARTMENT) {
            return findOrCreate(unitName + "（本部）", OrganisationType.UNIT, found.get());
        }
        String dept = departmentName == null || departmentName.isBlank() ? PLACEHOLDER_DEPARTMENT : departmentName.strip();
        Organisation department = findOrCreate(dept, OrganisationType.DEPARTMENT, null);
        return findOrCreate(unitName, OrganisationType.UNIT, department);
    }

    private Organisation findOrCreate(String name, OrganisationType type, Organisation parent) {
        Organisation org = organisations.findByName(name)
                .orElseGet(() -> organisations.save(new Organisation(name, type, parent)));
        if (org.getType() != type) {
            throw new InvalidInputException("implementing_unit", "“" + name + "”已存在，但不是" + (type == OrganisationType.UNIT ? "实施单位" : "主管部门"));
        }
        return org;
    }
}
