package org.jixiao.common;

import java.io.Serializable;

/**
 * One invalid input value: the path of the field (e.g. {@code indicators[2].weight}) and a Chinese message.
 * Serializable because pages carry problems to the next request as flash attributes in the stored session.
 */
public record FieldProblem(String field, String message) implements Serializable {
}
