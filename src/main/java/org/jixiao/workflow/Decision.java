package org.jixiao.workflow;

/** What a person decides when completing a task; stored as the process variable {@code decision}. */
public enum Decision {
    /** The unit submits its form. */
    SUBMIT("提交"),
    APPROVE("通过"),
    /** Back to the unit for revision, with a comment. */
    RETURN("退回"),
    /** Finance grades a declaration 差: it cannot proceed. */
    REJECT("不通过"),
    /** The unit pulls back a submission the department has not started on. */
    WITHDRAW("撤回");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
