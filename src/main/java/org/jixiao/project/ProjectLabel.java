package org.jixiao.project;

/** What a task list shows of a task's project, read as one row without loading the project. */
public record ProjectLabel(Long id, String name, int fiscalYear, String departmentName, String unitName, Stage stage,
                           boolean returned) {
}
