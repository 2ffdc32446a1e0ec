package org.jixiao.excel;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The uploaded workbook was refused as a whole; {@link #problems()} lists everything found, not
 * just the first, so the user can fix the file in one go.
 */
public class ExcelImportException extends RuntimeException {

    private final transient List<ExcelProblem> problems;

    public ExcelImportException(List<ExcelProblem> problems) {
        super(problems.stream().map(ExcelProblem::describe).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public ExcelImportException(ExcelProblem problem) {
        this(List.of(problem));
    }

    public List<ExcelProblem> problems() {
        return problems;
    }
}
