package org.jixiao.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jixiao.cockpit.CockpitFilter;
import org.jixiao.demo.DemoData;
import org.jixiao.evaluation.SelfEvaluationStore;
import org.jixiao.excel.TestWorkbooks;
import org.jixiao.excel.web.ExcelExports;
import org.jixiao.excel.web.ProjectListImport;
import org.jixiao.exchange.SelfEvaluationForm;
import org.jixiao.organisation.OrganisationRepository;
import org.jixiao.security.CurrentUser;
import org.jixiao.security.JixiaoUserDetailsService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Excel figures of issue 5, measured through the services the endpoints call: a 1,000-project list
 * imported with processes started, then the department's 1,000 self-evaluations in one workbook plus the
 * year's summary, with the peak heap while writing (the sum of the heap pools' peaks, an upper bound). Wall
 * and CPU time of the calling thread are both printed: on a shared machine the CPU time is the steadier
 * figure. {@code mvn test -Dtest=ExcelBenchmark}; prints one {@code BENCH …} line. Not part of the normal suite.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:excel-bench;DB_CLOSE_DELAY=-1",
        "camunda.bpm.generate-unique-process-engine-name=true",
        "camunda.bpm.job-execution.enabled=false",
        "logging.level.root=WARN"
})
@ActiveProfiles("demo")
class ExcelBenchmark {

    private static final int YEAR = 2095;
    private static final List<String> UNITS = List.of(DemoData.SCIENCE_COMMITTEE_OWN, DemoData.INNOVATION_CENTRE,
            DemoData.SCIENCE_MUSEUM);

    @Autowired
    ProjectListImport projectList;
    @Autowired
    ExcelExports exports;
    @Autowired
    SelfEvaluationStore selfEvaluations;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    JixiaoUserDetailsService accounts;

    @Test
    void benchmark() throws Exception {
        int n = Integer.getInteger("bench.projects", 1000);
        CurrentUser finance = (CurrentUser) accounts.loadUserByUsername("finance");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Object[]{"基准项目" + i, "经常性项目", DemoData.SCIENCE_COMMITTEE, UNITS.get(i % UNITS.size()),
                    LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31), 100000.0 + i, 100000.0 + i, 0.0, 0.0, "元", "否"});
        }
        MockMultipartFile file = new MockMultipartFile("file", "list.xlsx", null, TestWorkbooks.projectList(rows));

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        List<ProjectListImport.ImportedProject> created = projectList.importList(file, YEAR, finance);
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        double importCpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;

        SelfEvaluationForm sample = new ObjectMapper().findAndRegisterModules()
                .readValue(Path.of("../shared/fixtures/000-07.json").toFile(), SelfEvaluationForm.class);
        for (ProjectListImport.ImportedProject p : created) {
            selfEvaluations.storeHistorical(p.projectId(), new SelfEvaluationForm(null, null, sample.form(), YEAR,
                    p.name(), DemoData.SCIENCE_COMMITTEE, p.unit(), sample.moneyUnit(), sample.funds(),
                    sample.budgetExecution(), sample.goalExpected(), sample.goalActual(), sample.indicators(),
                    sample.totalWeight(), sample.totalScore(), sample.grade(), null));
        }
        Long science = organisations.findByName(DemoData.SCIENCE_COMMITTEE).orElseThrow().getId();

        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        long baseline = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        CountingStream out = new CountingStream();
        long t1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        exports.selfEvaluations(YEAR, science, finance).body().writeTo(out);
        long batchBytes = out.count;
        exports.summary(new CockpitFilter(YEAR, null, null, null, null, null), finance).body().writeTo(out);
        double exportSeconds = (System.nanoTime() - t1) / 1e9;
        double exportCpu = (threads.getCurrentThreadCpuTime() - c1) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();

        System.out.printf("BENCH projects=%d import_s=%.2f import_cpu_s=%.2f export_s=%.2f export_cpu_s=%.2f "
                        + "batch_mb=%.1f summary_kb=%.0f heap_baseline_mb=%.0f heap_peak_mb=%.0f max_heap_mb=%.0f "
                        + "load=%.1f%n",
                created.size(), importSeconds, importCpu, exportSeconds, exportCpu, batchBytes / 1048576.0, (out.count - batchBytes) / 1024.0,
                baseline / 1048576.0, peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
