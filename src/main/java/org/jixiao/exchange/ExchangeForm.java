package org.jixiao.exchange;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One whole form in the exchange format: the JSON schema of the published forms in
 * {@code src/test/resources/fixtures/} (snake_case keys, {@code form} names the kind; see that folder's README). {@code source}, {@code ordinal} and
 * {@code notes} are provenance that importers accept and may ignore.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "form", visible = true)
@JsonSubTypes({
        @JsonSubTypes.Type(value = TargetDeclarationForm.class, name = TargetDeclarationForm.KIND),
        @JsonSubTypes.Type(value = MonitoringForm.class, name = MonitoringForm.KIND),
        @JsonSubTypes.Type(value = SelfEvaluationForm.class, name = SelfEvaluationForm.KIND)
})
public sealed interface ExchangeForm permits TargetDeclarationForm, MonitoringForm, SelfEvaluationForm {

    String form();

    Integer year();

    String projectName();

    String supervisingDepartment();

    String implementingUnit();

    /** {@code 元} or {@code 万元}: the unit of every amount in the form. */
    String moneyUnit();
}
