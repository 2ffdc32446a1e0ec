package org.jixiao.form;

import org.jixiao.exchange.ExchangeForm;

/**
 * A form as shown: the stored one, or the prefilled start of a new one ({@code formId} and {@code version}
 * {@code null}).
 */
public record FormView<F extends ExchangeForm>(F form, Long formId, Long version, FormStatus status) {

    public boolean stored() {
        return formId != null;
    }
}
