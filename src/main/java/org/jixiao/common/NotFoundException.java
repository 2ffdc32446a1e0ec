package org.jixiao.common;

/**
 * The thing asked for does not exist, or exists but belongs to another organisation: both answer 404
 * so that ids of other organisations' data reveal nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
