package org.jixiao.web;

import org.jixiao.common.ConflictException;
import org.jixiao.common.FieldProblem;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.stream.Collectors;

/**
 * Runs a page's POST action and turns a refused action into a Chinese flash message on the page the user
 * is sent back to (post/redirect/get), instead of an error page.
 */
public final class PageActions {

    private PageActions() {
    }

    /** @return true when the action went through */
    public static boolean run(RedirectAttributes redirect, String successMessage, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", successMessage);
            return true;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.problems().stream().map(FieldProblem::message)
                    .collect(Collectors.joining("；")));
            redirect.addFlashAttribute("fieldErrors", e.problems());
        } catch (ConflictException | ForbiddenException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (OptimisticLockingFailureException | org.camunda.bpm.engine.OptimisticLockingException e) {
            redirect.addFlashAttribute("error", "数据已被他人修改，请刷新后重试");
        }
        return false;
    }
}
