package org.jixiao.excel.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.InvalidInputException;
import org.jixiao.excel.FormExcel;
import org.jixiao.exchange.ExchangeForm;
import org.jixiao.form.FormRecord;
import org.jixiao.form.FormStore;
import org.jixiao.form.FormStores;
import org.jixiao.organisation.Role;
import org.jixiao.project.Step;
import org.jixiao.security.CurrentUser;
import org.jixiao.workflow.ProjectWorkflow;
import org.jixiao.workflow.TaskView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;


/**
 * A form filled in Excel, uploaded into the fill task it belongs to: it must be the task's kind of form and
 * name the task's project and year; it then becomes the draft exactly as if it had been sent as JSON, with the
 * same checks and the same optimistic locking.
 */
@Service
public class TaskFormUpload {

    private final ProjectWorkflow workflow;
    private final FormStores stores;
    private final FormExcel excel;
    private final ObjectMapper mapper;

    public TaskFormUpload(ProjectWorkflow workflow, FormStores stores, FormExcel excel, ObjectMapper mapper) {
        this.workflow = workflow;
        this.stores = stores;
        this.excel = excel;
        this.mapper = mapper;
    }

    /**
     * @param version the form version the uploader read; {@code null} replaces whatever draft is stored now
     */
    @Transactional
    public FormRecord<?> upload(String taskId, MultipartFile file, Long version, CurrentUser user) {
        TaskView task = workflow.find(taskId, user);
        FormStore<?, ?> store = stores.ofStage(task.stage())
                .orElseThrow(() -> new ConflictException("本任务没有需要填写的表单"));
        if (task.step() != Step.FILL) {
            throw new ConflictException(store.label() + "当前不在填报环节，不能上传");
        }
        if (!user.isUnit() || !user.has(Role.UNIT_FILLER)) {
            throw new ForbiddenException("只有本项目实施单位的经办人可以上传" + store.label());
        }
        ExchangeForm form = ExcelHttp.read(file, excel::importAny);
        if (!store.kind().equals(form.form())) {
            String given = stores.ofKind(form.form()).map(FormStore::label).orElse(form.form());
            throw new InvalidInputException("file", "上传的是" + given + "，本任务需要填写" + store.label());
        }
        if (form.projectName() != null && !form.projectName().strip().equals(task.projectName())) {
            throw new InvalidInputException("project_name",
                    "文件中的项目名称“" + form.projectName() + "”与本任务的项目“" + task.projectName() + "”不一致");
        }
        if (form.year() != null && form.year() != task.year()) {
            throw new InvalidInputException("year", "文件中的年度 " + form.year() + " 与本任务的年度 " + task.year() + " 不一致");
        }
        Long current = version != null ? version : store.read(task.projectId(), user).version();
        return store.saveJson(task.projectId(), mapper.valueToTree(form), mapper, current, user);
    }
}
