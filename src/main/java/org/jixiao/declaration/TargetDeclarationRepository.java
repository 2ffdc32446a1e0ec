package org.jixiao.declaration;

import org.jixiao.form.FormRepository;

public interface TargetDeclarationRepository extends FormRepository<TargetDeclaration> {
}
