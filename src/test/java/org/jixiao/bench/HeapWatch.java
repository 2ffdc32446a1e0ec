package org.jixiao.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * How much heap a piece of work keeps alive: the largest heap in use right after any collection while it runs,
 * above the heap in use after a full collection before it. A sampler forces a full collection every
 * {@value #SAMPLE_EVERY_MS} ms, so the figure is the live heap, sampled, not garbage the collector had no reason
 * to clear yet (peak pool usage with a 2 GB heap counts eden past a gigabyte). The forced collections slow the
 * work down: time it in a separate run.
 */
final class HeapWatch implements AutoCloseable, NotificationListener {

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final AtomicLong peakAfterCollection = new AtomicLong();
    private final AtomicInteger collections = new AtomicInteger();
    private static final long SAMPLE_EVERY_MS = 100;

    private final long baseline;
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapWatch() {
        System.gc();
        baseline = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> heapPools.contains(p.getName()))
                .mapToLong(p -> p.getUsage().getUsed()).sum();
        collectors.forEach(c -> ((NotificationEmitter) c).addNotificationListener(this, null, null));
        sampler = new Thread(() -> {
            while (running) {
                System.gc();
                try {
                    Thread.sleep(SAMPLE_EVERY_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    static HeapWatch start() {
        return new HeapWatch();
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(e -> heapPools.contains(e.getKey())).map(e -> e.getValue()).mapToLong(MemoryUsage::getUsed).sum();
        collections.incrementAndGet();
        peakAfterCollection.accumulateAndGet(used, Math::max);
    }

    /** The peak above the baseline; call when the work is done. Notifications arrive asynchronously: wait a little. */
    long peakAboveBaselineBytes() throws InterruptedException {
        running = false;
        sampler.join();
        Thread.sleep(200);
        if (collections.get() == 0) {
            throw new IllegalStateException("no collection ran during the work: the heap figure would mean nothing");
        }
        System.out.printf("heap: %.0f MB in use before, %d collections during, at most %.0f MB in use after one%n",
                baseline / 1048576.0, collections.get(), peakAfterCollection.get() / 1048576.0);
        return Math.max(0, peakAfterCollection.get() - baseline);
    }

    @Override
    public void close() {
        running = false;
        for (GarbageCollectorMXBean c : collectors) {
            try {
                ((NotificationEmitter) c).removeNotificationListener(this);
            } catch (ListenerNotFoundException e) {
                // never added to this collector
            }
        }
    }
}
