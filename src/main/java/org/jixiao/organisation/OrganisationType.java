package org.jixiao.organisation;

public enum OrganisationType {
    /** 财政局 */
    FINANCE,
    /** 主管部门 */
    DEPARTMENT,
    /** 实施单位 */
    UNIT
}
