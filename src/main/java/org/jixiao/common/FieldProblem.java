package org.jixiao.common;

/** One invalid input value: the path of the field (e.g. {@code indicators[2].weight}) and a Chinese message. */
public record FieldProblem(String field, String message) {
}
