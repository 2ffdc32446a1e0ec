package org.jixiao.web;

import org.jixiao.common.FieldProblem;

import java.util.List;

/** The JSON body of every API error: status, a Chinese message, and the offending fields with their paths. */
public record ApiError(int status, String error, String message, List<FieldProblem> fieldErrors) {
}
