package org.jixiao.project;

/** What happened to a project, as shown in its history. */
public enum HistoryAction {
    CREATED("创建项目"),
    STAGE_OPENED("开启阶段"),
    CLAIMED("签收任务"),
    SAVED("保存草稿"),
    SUBMITTED("提交"),
    WITHDRAWN("撤回"),
    APPROVED("审核通过"),
    RETURNED("退回修改"),
    REJECTED("审核不通过"),
    SCORED("系统评分"),
    SCORING_RETURNED("评分发现问题，退回单位"),
    ADJUSTMENT_APPROVED("调整生效"),
    PUBLISHED("信息公开"),
    UNPUBLISHED("撤销公开"),
    IMPORTED("导入历史表单"),
    URGED("催办"),
    OVERDUE("逾期未提交"),
    TRANSFERRED("转办"),
    DELEGATED("委派"),
    RESOLVED("委派办结"),
    JUMPED("退回到指定环节");

    private final String label;

    HistoryAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
