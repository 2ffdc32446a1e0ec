package org.jixiao.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jixiao.common.FieldProblem;
import org.jixiao.declaration.DeclarationStore;
import org.jixiao.declaration.TargetVersions;
import org.jixiao.evaluation.SelfEvaluationStore;
import org.jixiao.exchange.ExchangeForm;
import org.jixiao.form.FormJson;
import org.jixiao.form.FormStore;
import org.jixiao.form.FormStores;
import org.jixiao.form.FormView;
import org.jixiao.form.IndicatorTree;
import org.jixiao.organisation.Role;
import org.jixiao.project.Stage;
import org.jixiao.project.Step;
import org.jixiao.security.CurrentUser;
import org.jixiao.workflow.Decision;
import org.jixiao.workflow.ProjectWorkflow;
import org.jixiao.workflow.TaskView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The form of a task on its page: what the page shows, and saving (and submitting) what the page sends. */
@Service
public class TaskForms {

    private final FormStores stores;
    private final DeclarationStore declarations;
    private final ProjectWorkflow workflow;
    private final TargetVersions targetVersions;
    private final SelfEvaluationStore selfEvaluations;
    private final ObjectMapper mapper;

    public TaskForms(FormStores stores, DeclarationStore declarations, ProjectWorkflow workflow,
                     TargetVersions targetVersions, SelfEvaluationStore selfEvaluations, ObjectMapper mapper) {
        this.stores = stores;
        this.declarations = declarations;
        this.workflow = workflow;
        this.targetVersions = targetVersions;
        this.selfEvaluations = selfEvaluations;
        this.mapper = mapper;
    }

    /** Adds the stored (or prefilled) form of the task's stage; {@code submitted} replaces it after a refused save. */
    void addTo(Model model, TaskView task, CurrentUser user, ExchangeForm submitted, List<FieldProblem> problems) {
        Optional<FormStore<?, ?>> store = stores.ofStage(task.stage());
        if (store.isEmpty()) {
            return;
        }
        FormView<?> view = store.get().read(task.projectId(), user);
        model.addAttribute("formKind", store.get().path());
        model.addAttribute("form", submitted != null ? submitted : view.form());
        model.addAttribute("formHeader", view.form());
        model.addAttribute("formVersion", view.version());
        model.addAttribute("formEditable", task.step() == Step.FILL && user.isUnit() && user.has(Role.UNIT_FILLER));
        model.addAttribute("levels", IndicatorTree.LEVELS);
        model.addAttribute("fieldErrors", problems);
        model.addAttribute("targetVersions", targetVersions.list(task.projectId(), user));
        if (task.stage() == Stage.SELF_EVALUATION) {
            model.addAttribute("scoring", selfEvaluations.scoring(task.projectId()).orElse(null));
        }
    }

    /** The page's parameters as the exchange form of the task's stage, or the problems that stop reading them. */
    ExchangeForm parse(TaskView task, Map<String, String[]> params) {
        FormStore<?, ?> store = stores.ofStage(task.stage()).orElseThrow();
        JsonNode json = FormParams.toJson(params, store.kind());
        if (!params.containsKey("adjustment_requested")) {
            ((ObjectNode) json).remove("adjustment");
        }
        ((ObjectNode) json).remove("adjustment_requested");
        ((ObjectNode) json).remove("action");
        return FormJson.parse(mapper, json, store.formClass(), store.kind(), "");
    }

    /** Saves the draft and, when asked, submits it, in one transaction: a refused submit keeps the old draft. */
    @Transactional
    public void save(TaskView task, ExchangeForm form, Long version, boolean submit, String comment,
                     CurrentUser user) {
        FormStore<?, ?> store = stores.ofStage(task.stage()).orElseThrow();
        store.saveJson(task.projectId(), mapper.valueToTree(form), mapper, version, user);
        if (submit) {
            workflow.complete(task.taskId(), Decision.SUBMIT, comment, user);
        }
    }

    public void copyPreviousYear(TaskView task, Long version, CurrentUser user) {
        declarations.copyPreviousYear(task.projectId(), version, user);
    }
}
