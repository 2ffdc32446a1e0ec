package org.jixiao.notification;

/** Why someone is told something. */
public enum NotificationKind {
    TASK_ASSIGNED("新待办"),
    RETURNED("退回修改"),
    REMINDER("截止提醒"),
    OVERDUE("逾期"),
    URGED("催办"),
    APPROVED("审核通过");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
