package org.jixiao.form;

import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.InvalidInputException;
import org.jixiao.exchange.ExchangeForm;
import org.jixiao.organisation.Role;
import org.jixiao.project.Project;
import org.jixiao.project.ProjectRepository;
import org.jixiao.project.ProjectService;
import org.jixiao.project.Stage;
import org.jixiao.project.Step;
import org.jixiao.security.CurrentUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reading, saving and submitting the form of one stage. The three form kinds differ only in their fields,
 * their rules and what happens on approval; the subclasses say those, this class keeps the common rules:
 * scope (another organisation's project is "not found"), who may write and when, optimistic locking with
 * the version the client read, and "nothing invalid is stored on submit".
 */
public abstract class FormStore<E extends FormRecord<F>, F extends ExchangeForm> {

    protected final FormRepository<E> records;
    protected final ProjectService projectService;
    protected final ProjectRepository projects;
    private final FormKind<F> formKind;
    private final Function<Long, E> newRecord;

    protected FormStore(FormRepository<E> records, ProjectService projectService, ProjectRepository projects,
                        FormKind<F> formKind, Function<Long, E> newRecord) {
        this.records = records;
        this.projectService = projectService;
        this.projects = projects;
        this.formKind = formKind;
        this.newRecord = newRecord;
    }

    public Stage stage() {
        return formKind.stage();
    }

    /** The name in URLs: {@code declaration}, {@code monitoring}, {@code self-evaluation}. */
    public String path() {
        return formKind.path();
    }

    /** The exchange-format kind, the {@code form} value. */
    public String kind() {
        return formKind.kind();
    }

    public String label() {
        return formKind.label();
    }

    public Class<F> formClass() {
        return formKind.formClass();
    }

    protected F toExchange(E record, Project project) {
        return record.toExchange(project.getFiscalYear());
    }

    /** What a form not yet saved starts with. */
    protected abstract F prefill(Project project);

    /** Rules every save obeys, drafts included: types, bounds, no negative money. */
    protected abstract void checkDraft(F form, FormChecks checks);

    /** Rules a submitted form obeys in addition to {@link #checkDraft}. */
    protected abstract void checkComplete(F form, FormChecks checks);

    /** Called when a valid form is submitted; may add process variables. */
    protected void onSubmitted(E record, F form, Map<String, Object> variables) {
    }

    /** Called when a historical form has been imported. */
    protected void onImported(E record, F form) {
    }

    /** Called when finance approves the form. */
    protected void onFinanceApproved(E record, Project project, CurrentUser user) {
    }

    @Transactional(readOnly = true)
    public FormView<F> read(Long projectId, CurrentUser user) {
        return view(projectService.findVisible(projectId, user));
    }

    @Transactional(readOnly = true)
    public FormView<F> view(Project project) {
        return records.findByProjectId(project.getId())
                .map(r -> new FormView<>(toExchange(r, project), r.getId(), r.getVersion(), r.getStatus()))
                .orElseGet(() -> new FormView<>(prefill(project), null, null, null));
    }

    /**
     * Saves a draft. {@code clientVersion} is the version the client read; a form changed since is a conflict,
     * never overwritten.
     */
    @Transactional
    public E saveDraft(Long projectId, F form, Long clientVersion, CurrentUser user) {
        Project project = projectService.findVisible(projectId, user);
        checkWritable(project, user);
        FormChecks checks = new FormChecks();
        checkDraft(form, checks);
        checks.throwIfAny();
        E record = records.findByProjectId(projectId).orElse(null);
        if (record == null) {
            record = newRecord.apply(projectId);
        } else if (clientVersion == null) {
            throw new InvalidInputException("version", "缺少表单版本号：请先读取表单，再带上读取时的版本号保存");
        } else if (clientVersion != record.getVersion()) {
            throw new ConflictException("表单已被他人修改（当前版本 " + record.getVersion() + "，您编辑的是版本 "
                    + clientVersion + "），请刷新后重新填写");
        }
        record.apply(form);
        record.adoptProjectHeader(project);
        record.setStatus(FormStatus.DRAFT);
        record.touch(user.getUsername());
        try {
            return records.saveAndFlush(record);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("表单已被他人同时创建，请刷新后重新填写");
        }
    }

    /** Saves a draft given as JSON in the exchange format. */
    @Transactional
    public FormRecord saveJson(Long projectId, com.fasterxml.jackson.databind.JsonNode json,
                               com.fasterxml.jackson.databind.ObjectMapper mapper, Long clientVersion, CurrentUser user) {
        return saveDraft(projectId, FormJson.parse(mapper, json, formClass(), kind(), ""), clientVersion, user);
    }

    /** The submit check inside the task completion: the stored form must be complete and valid. */
    public void submit(Project project, Map<String, Object> variables) {
        E record = records.findByProjectId(project.getId())
                .orElseThrow(() -> new InvalidInputException("form", "尚未填写" + label() + "，请先填写并保存"));
        F form = toExchange(record, project);
        FormChecks checks = new FormChecks();
        checkDraft(form, checks);
        checkComplete(form, checks);
        checks.throwIfAny();
        record.setStatus(FormStatus.SUBMITTED);
        onSubmitted(record, form, variables);
    }

    public void returned(Long projectId) {
        records.findByProjectId(projectId).ifPresent(r -> r.setStatus(FormStatus.DRAFT));
    }

    public void approved(Project project, CurrentUser user, boolean byFinance) {
        records.findByProjectId(project.getId()).ifPresent(r -> {
            r.setStatus(FormStatus.APPROVED);
            if (byFinance) {
                onFinanceApproved(r, project, user);
            }
        });
    }

    /** All problems a submit would report for this form, without storing anything. */
    public java.util.List<org.jixiao.common.FieldProblem> problems(F form, String prefix, boolean complete) {
        FormChecks checks = new FormChecks(prefix);
        checkDraft(form, checks);
        if (complete) {
            checkComplete(form, checks);
        }
        return checks.problems();
    }

    /** Stores an imported historical form as complete, header as printed. */
    public E storeHistorical(Long projectId, F form) {
        E record = records.findByProjectId(projectId).orElseGet(() -> newRecord.apply(projectId));
        record.apply(form);
        record.setStatus(FormStatus.HISTORICAL);
        record.touch(null);
        E saved = records.save(record);
        onImported(saved, form);
        return saved;
    }

    /**
     * Stores a draft the system prepared for the unit (e.g. from finance's project list), with the project's
     * header; the unit edits it like its own.
     */
    protected E storePrepared(Project project, F form) {
        E record = records.findByProjectId(project.getId()).orElseGet(() -> newRecord.apply(project.getId()));
        record.apply(form);
        record.adoptProjectHeader(project);
        record.setStatus(FormStatus.DRAFT);
        record.touch(null);
        return records.save(record);
    }

    public boolean exists(Long projectId) {
        return records.findByProjectId(projectId).isPresent();
    }

    protected void checkWritable(Project project, CurrentUser user) {
        if (!user.isUnit() || !user.has(Role.UNIT_FILLER)
                || !Objects.equals(project.getUnit().getId(), user.organisationId())) {
            throw new ForbiddenException("只有本项目实施单位的经办人可以填写" + label());
        }
        if (project.getStage() != stage() || project.getStep() != Step.FILL) {
            throw new ConflictException(label() + "当前不在填报环节，不能修改");
        }
    }
}
