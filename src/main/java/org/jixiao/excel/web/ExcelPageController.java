package org.jixiao.excel.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.InvalidInputException;
import org.jixiao.organisation.Role;
import org.jixiao.security.CurrentUser;
import org.jixiao.web.PageActions;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Year;
import java.util.List;

/** Workbook uploads on the pages: the project-list import page and the form upload on a task page. */
@Controller
public class ExcelPageController {

    private final ProjectListImport projectList;
    private final TaskFormUpload uploads;

    public ExcelPageController(ProjectListImport projectList, TaskFormUpload uploads) {
        this.projectList = projectList;
        this.uploads = uploads;
    }

    @GetMapping("/imports/project-list")
    String projectListPage(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (!user.has(Role.FINANCE_ADMIN)) {
            throw new ForbiddenException("只有财政局管理员可以导入项目清单");
        }
        model.addAttribute("year", Year.now().getValue());
        return "project-list-import";
    }

    /** Success goes to the year's project list; a refused file comes back with every problem listed. */
    @PostMapping("/imports/project-list")
    String importProjectList(@RequestParam int year, @RequestParam(required = false) MultipartFile file,
                             @AuthenticationPrincipal CurrentUser user, Model model,
                             HttpServletResponse response, RedirectAttributes redirect) {
        try {
            List<ProjectListImport.ImportedProject> created = projectList.importList(file, year, user);
            redirect.addFlashAttribute("message", "已导入 " + created.size() + " 个项目，并已启动绩效目标申报流程");
            return "redirect:/projects?year=" + year;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("year", year);
            model.addAttribute("error", "项目清单有误，未导入任何项目。请按下列提示修改后重新上传：");
            model.addAttribute("problems", e.problems());
            return "project-list-import";
        }
    }

    @PostMapping("/tasks/{taskId}/form.xlsx")
    String uploadForm(@PathVariable String taskId, @RequestParam(required = false) MultipartFile file,
                      @RequestParam(required = false) Long version, @AuthenticationPrincipal CurrentUser user,
                      RedirectAttributes redirect) {
        PageActions.run(redirect, "已从 Excel 文件填入表单草稿，请核对后提交",
                () -> uploads.upload(taskId, file, version, user));
        return "redirect:/tasks/" + taskId;
    }
}
