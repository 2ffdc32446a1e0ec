package org.jixiao.quality;

import org.jixiao.common.ConflictException;
import org.jixiao.common.InvalidInputException;
import org.jixiao.project.ProjectService;
import org.jixiao.project.Stage;
import org.jixiao.project.Step;
import org.jixiao.scoring.Grade;
import org.jixiao.security.CurrentUser;
import org.jixiao.workflow.Decision;
import org.jixiao.workflow.ProjectWorkflow;
import org.jixiao.workflow.TaskView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Finance grades a declaration at its review (domain.md): 优 and 良 approve it, 中 returns it to the unit for
 * revision, 差 rejects it — the project ends as 目标未通过 and stays visible with the reason. The grade is the
 * finance decision, taken through the ordinary task completion in the same transaction.
 */
@Service("declarationGrading")
public class DeclarationGrading {

    private final ProjectWorkflow workflow;
    private final ProjectService projects;
    private final DeclarationGradeRepository grades;

    public DeclarationGrading(ProjectWorkflow workflow, ProjectService projects, DeclarationGradeRepository grades) {
        this.workflow = workflow;
        this.projects = projects;
        this.grades = grades;
    }

    public static Decision decisionOf(Grade grade) {
        return switch (grade) {
            case EXCELLENT, GOOD -> Decision.APPROVE;
            case PASS -> Decision.RETURN;
            case POOR -> Decision.REJECT;
        };
    }

    @Transactional
    public DeclarationGrade grade(String taskId, Grade grade, String comment, CurrentUser user) {
        if (grade == null) {
            throw new InvalidInputException("grade", "请选择评级：优、良、中或差");
        }
        if (comment != null && comment.length() > 2000) {
            throw new InvalidInputException("comment", "意见不能超过2000字");
        }
        TaskView task = workflow.find(taskId, user);
        if (task.stage() != Stage.DECLARATION || task.step() != Step.FINANCE_REVIEW) {
            throw new ConflictException("只有财政局审核绩效目标申报时才能评级");
        }
        DeclarationGrade saved = grades.save(new DeclarationGrade(task.projectId(), grade, comment,
                user.getUsername()));
        workflow.complete(taskId, decisionOf(grade), comment, user);
        return saved;
    }

    /** The project's grades, oldest first; another organisation's project is "not found". */
    @Transactional(readOnly = true)
    public List<DeclarationGrade> gradesOf(Long projectId, CurrentUser user) {
        projects.findVisible(projectId, user);
        return grades.findByProjectIdOrderByGradedAtAscIdAsc(projectId);
    }
}
