package org.jixiao.form;

import org.jixiao.exchange.ExchangeForm;
import org.jixiao.project.Stage;

/**
 * What names one kind of form: its stage, its URL name ({@code self-evaluation}), its exchange-format
 * {@code form} value ({@code self_evaluation}), its Chinese title and its exchange record.
 */
public record FormKind<F extends ExchangeForm>(Stage stage, String path, String kind, String label,
                                               Class<F> formClass) {
}
