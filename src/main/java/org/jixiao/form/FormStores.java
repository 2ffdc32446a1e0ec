package org.jixiao.form;

import org.jixiao.common.NotFoundException;
import org.jixiao.project.Stage;
import org.jixiao.project.Step;
import org.jixiao.workflow.CompletingTask;
import org.jixiao.workflow.Decision;
import org.jixiao.workflow.TaskCompletionHook;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The three form stores by stage, URL name and exchange kind, and the task hook that ties each form to its
 * task: SUBMIT validates and freezes the stage's form (or vetoes the completion), RETURN reopens it,
 * APPROVE marks it approved (finance approval may create a new target version).
 */
@Component
public class FormStores implements TaskCompletionHook {

    private final List<FormStore<?, ?>> stores;

    public FormStores(List<FormStore<?, ?>> stores) {
        this.stores = List.copyOf(stores);
    }

    public Optional<FormStore<?, ?>> ofStage(Stage stage) {
        return stores.stream().filter(s -> s.stage() == stage).findFirst();
    }

    public FormStore<?, ?> ofPath(String path) {
        return stores.stream().filter(s -> s.path().equals(path)).findFirst()
                .orElseThrow(() -> new NotFoundException("没有这种表单：" + path));
    }

    public Optional<FormStore<?, ?>> ofKind(String kind) {
        return stores.stream().filter(s -> s.kind().equals(kind)).findFirst();
    }

    @Override
    public void beforeComplete(CompletingTask task, Map<String, Object> variables) {
        Optional<FormStore<?, ?>> store = ofStage(task.stage());
        if (store.isEmpty()) {
            return;
        }
        Decision decision = task.decision();
        if (decision == Decision.SUBMIT && task.step() == Step.FILL) {
            store.get().submit(task.project(), variables);
        } else if (decision == Decision.RETURN) {
            store.get().returned(task.projectId());
        } else if (decision == Decision.APPROVE) {
            store.get().approved(task.project(), task.user(), task.step() == Step.FINANCE_REVIEW);
        }
    }
}
