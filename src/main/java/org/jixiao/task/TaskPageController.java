package org.jixiao.task;

import org.jixiao.project.HistoryAction;
import org.jixiao.project.ProjectHistory;
import org.jixiao.project.ProjectHistoryEntry;
import org.jixiao.project.Stage;
import org.jixiao.security.CurrentUser;
import org.jixiao.web.PageActions;
import org.jixiao.workflow.Decision;
import org.jixiao.workflow.ProjectWorkflow;
import org.jixiao.workflow.TaskView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.InvalidInputException;
import org.jixiao.exchange.ExchangeForm;

import java.util.List;

@Controller
public class TaskPageController {

    private static final int PAGE_SIZE = 50;

    private final ProjectWorkflow workflow;
    private final ProjectHistory history;
    private final TaskForms forms;

    public TaskPageController(ProjectWorkflow workflow, ProjectHistory history, TaskForms forms) {
        this.workflow = workflow;
        this.history = history;
        this.forms = forms;
    }

    @GetMapping("/tasks")
    String tasks(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user, Model model) {
        ProjectWorkflow.TaskPage found = workflow.openTasks(user, Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("tasks", found.tasks());
        model.addAttribute("total", found.total());
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        return "tasks";
    }

    @GetMapping("/tasks/{taskId}")
    String task(@PathVariable String taskId, @AuthenticationPrincipal CurrentUser user, Model model) {
        TaskView task = workflow.find(taskId, user);
        forms.addTo(model, task, user, null, List.of());
        return page(task, model);
    }

    /**
     * Saves the task's form (action=save) or saves and submits it (action=submit). Refused input comes back on
     * the same page with the user's values and a message next to each field.
     */
    @PostMapping("/tasks/{taskId}/form")
    String saveForm(@PathVariable String taskId, @RequestParam(required = false) Long version,
                    @RequestParam(defaultValue = "save") String action, @RequestParam(required = false) String comment,
                    HttpServletRequest request, HttpServletResponse response,
                    @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        TaskView task = workflow.find(taskId, user);
        boolean submit = action.equals("submit");
        ExchangeForm form = null;
        try {
            form = forms.parse(task, request.getParameterMap());
            forms.save(task, form, version, submit, comment, user);
            redirect.addFlashAttribute("message", submit ? "已提交" : "已保存草稿");
            return submit ? "redirect:/tasks" : "redirect:/tasks/" + taskId;
        } catch (ConflictException | ForbiddenException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/tasks/" + taskId;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", "表单有误，请按提示修改后重新" + (submit ? "提交" : "保存"));
            forms.addTo(model, task, user, form, e.problems());
            return page(task, model);
        }
    }

    @PostMapping("/tasks/{taskId}/form/copy-previous-year")
    String copyPreviousYear(@PathVariable String taskId, @RequestParam(required = false) Long version,
                            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        TaskView task = workflow.find(taskId, user);
        PageActions.run(redirect, "已沿用上年目标，请检查后保存", () -> forms.copyPreviousYear(task, version, user));
        return "redirect:/tasks/" + taskId;
    }

    private String page(TaskView task, Model model) {
        List<ProjectHistoryEntry> entries = history.of(task.projectId());
        model.addAttribute("task", task);
        model.addAttribute("history", entries);
        model.addAttribute("lastReturn", task.returned() ? lastReturn(entries) : null);
        model.addAttribute("decisions", decisionsFor(task));
        model.addAttribute("formName", formName(task.stage()));
        model.addAttribute("formHint", task.step().name().equals("FILL") ? "请填写并提交本表。" : "请审阅本表后给出意见。");
        return "task";
    }

    @PostMapping("/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        PageActions.run(redirect, "已签收", () -> workflow.claim(taskId, user));
        return "redirect:/tasks/" + taskId;
    }

    @PostMapping("/tasks/{taskId}/complete")
    String complete(@PathVariable String taskId, @RequestParam Decision decision,
                    @RequestParam(required = false) String comment,
                    @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        boolean done = PageActions.run(redirect, "已" + decision.label(),
                () -> workflow.complete(taskId, decision, comment, user));
        return done ? "redirect:/tasks" : "redirect:/tasks/" + taskId;
    }

    static String formName(Stage stage) {
        return switch (stage) {
            case DECLARATION -> "绩效目标申报表";
            case MONITORING -> "绩效运行监控表";
            case SELF_EVALUATION -> "绩效自评表";
            default -> stage.label();
        };
    }

    private static List<Decision> decisionsFor(TaskView task) {
        return switch (task.step()) {
            case FILL -> List.of(Decision.SUBMIT);
            case DEPT_REVIEW -> List.of(Decision.APPROVE, Decision.RETURN);
            case FINANCE_REVIEW -> task.stage() == Stage.DECLARATION
                    ? List.of(Decision.APPROVE, Decision.RETURN, Decision.REJECT)
                    : List.of(Decision.APPROVE, Decision.RETURN);
            case SCORING -> List.of();
        };
    }

    private static ProjectHistoryEntry lastReturn(List<ProjectHistoryEntry> entries) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            HistoryAction action = entries.get(i).getAction();
            if (action == HistoryAction.RETURNED || action == HistoryAction.SCORING_RETURNED) {
                return entries.get(i);
            }
        }
        return null;
    }
}
