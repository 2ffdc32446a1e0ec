package org.jixiao.organisation;

/** What a person may do for its organisation. */
public enum Role {
    UNIT_FILLER("经办人"),
    UNIT_LEADER("单位负责人"),
    DEPT_REVIEWER("主管部门审核人"),
    FINANCE_REVIEWER("财政局审核人"),
    FINANCE_ADMIN("财政局管理员"),
    SYSTEM_ADMIN("系统管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
