package org.jixiao.common;

/** The caller may see the thing but not do this to it (HTTP 403). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
