package org.jixiao.monitoring;

import org.jixiao.form.FormRepository;

public interface MonitoringRepository extends FormRepository<MonitoringRecord> {
}
