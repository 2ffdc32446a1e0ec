package org.jixiao.project;

/** The step inside a form stage. */
public enum Step {
    FILL("单位填报"),
    SCORING("系统评分"),
    DEPT_REVIEW("主管部门审核"),
    FINANCE_REVIEW("财政局审核");

    private final String label;

    Step(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
