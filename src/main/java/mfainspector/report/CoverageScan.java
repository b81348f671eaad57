package mfainspector.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import mfainspector.genauth.CancelSignal;
import mfainspector.genauth.ErrorCategory;
import mfainspector.genauth.GenAuthClient;
import mfainspector.genauth.GenAuthException;
import mfainspector.genauth.ListUsersQuery;
import mfainspector.genauth.ManagementApi;
import mfainspector.genauth.ManagementClient;
import mfainspector.genauth.ManagementCredentials;
import mfainspector.lookup.Enablement;
import mfainspector.lookup.ManagedUser;
import mfainspector.lookup.UserIdType;
import mfainspector.lookup.UserMfaInfo;
import mfainspector.lookup.UserPage;
import mfainspector.settings.AtomicFile;
import mfainspector.settings.OwnerOnlyFiles;

/**
 * The MFA coverage scan of a whole user pool: lists every user and reads each one's MFA types,
 * through one rate limiter for all calls, writing rows to the scan folder as they come and a
 * checkpoint after each page, so that a scan stopped in any way continues where it stopped.
 *
 * <p>Paging: {@code list-users} is assumed to serve only the first {@value #PAGING_CAP} results
 * of a query (no source confirms or denies a cap), so the pool is listed by creation-time ranges
 * ({@code advancedFilter createdAt BETWEEN}), oldest first, and a range holding more than that is
 * split in two until each part fits. Users created after the scan started are left out.
 *
 * <p>{@link #run} blocks the calling thread until the scan is complete, cancelled or failed; run
 * it on a background thread. {@link #cancel()} may be called from any thread at any moment (the
 * JavaFX thread included: it only signals). One instance runs once.
 */
public final class CoverageScan {

    /** Users per {@code list-users} page: the API's most. */
    static final int PAGE_SIZE = ManagementApi.MAX_PAGE_SIZE;
    /** The deep-paging cap assumed: offset + limit of a query at most this. */
    public static final int PAGING_CAP = 10_000;
    /** Tries of one call in all when the network or the server fails (not counting 429s). */
    static final int MAX_TRIES = 3;
    /** "Too many requests" answers one call takes before the scan gives up. */
    static final int MAX_RATE_LIMITED = 10;
    private static final String LOCK_FILE = "scan.lock";

    private final ManagementApi api;
    private final String host;
    private final String userPoolId;
    private final ScanSettings settings;
    private final int pagingCap;
    private final Duration baseDelay;
    private final Clock clock;
    private final LongSupplier nanos;
    private final CancelSignal cancel = new CancelSignal();
    private final AtomicBoolean ran = new AtomicBoolean();
    /** The first fault that stopped the scan; the calls it aborted then fail as cancelled. */
    private final AtomicReference<GenAuthException> firstFault = new AtomicReference<>();
    private final AtomicBoolean cancelledByPerson = new AtomicBoolean();
    private final AtomicFile atomic = new AtomicFile();
    private RequestLimiter limiter;

    CoverageScan(ManagementApi api, String host, String userPoolId, ScanSettings settings, int pagingCap,
            Duration baseDelay, Clock clock, LongSupplier nanos) {
        this.api = api;
        this.host = host;
        this.userPoolId = userPoolId;
        this.settings = settings;
        this.pagingCap = pagingCap;
        this.baseDelay = baseDelay;
        this.clock = clock;
        this.nanos = nanos;
    }

    /**
     * A scan with the management credentials of the look-up, on HTTP calls of its own that do not
     * retry by themselves: the scan paces and retries every call.
     */
    public static CoverageScan create(ManagementCredentials credentials, ScanSettings settings) {
        ManagementClient client = ManagementClient.over(GenAuthClient.builder().maxAttempts(1).build(), credentials);
        return new CoverageScan(client, credentials.host().baseUrl(), credentials.userPoolId(), settings, PAGING_CAP,
                Duration.ofMillis(500), Clock.systemUTC(), System::nanoTime);
    }

    /** Stops the scan soon: calls in flight are aborted, {@link #run} throws {@link ScanException.Reason#CANCELLED}. */
    public void cancel() {
        cancelledByPerson.set(true);
        cancel.cancel();
    }

    /**
     * Runs the scan to the end and returns the complete result.
     *
     * @throws ScanException when it stopped before the end; the checkpoint is kept for a resume
     */
    public ReportResult run(ScanListener listener) throws ScanException {
        if (!ran.compareAndSet(false, true)) {
            throw new IllegalStateException("a scan runs once");
        }
        Path dir = settings.folder().dir();
        try {
            OwnerOnlyFiles.createDirectory(dir);
        } catch (IOException e) {
            throw storage("The scan folder " + dir + " could not be created", e);
        }
        try (FileChannel lockChannel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new ScanException(ScanException.Reason.BUSY, "Another scan of this user pool is running on"
                        + " this computer (folder " + dir + "). Wait for it to end, or cancel it.", null);
            }
            try {
                return runLocked(listener);
            } finally {
                lock.release();
            }
        } catch (IOException e) {
            throw storage("The scan folder " + dir + " could not be used", e);
        }
    }

    private ReportResult runLocked(ScanListener listener) throws ScanException {
        ScanFolder folder = settings.folder();
        Checkpoint cp = null;
        if (settings.resume()) {
            try {
                cp = folder.checkpoint().filter(c -> c.host().equals(host) && c.userPoolId().equals(userPoolId))
                        .orElse(null);
            } catch (IOException e) {
                throw storage("The checkpoint in " + folder.dir() + " could not be read (" + e.getMessage()
                        + "). Start the scan over without resuming", e);
            }
        }
        if (cp != null && cp.finished().isPresent()) {
            if (!cp.exported()) {
                // complete, but its report was never written (the export failed): hand it out again
                return new ReportResult(folder, cp);
            }
            cp = null;
        }
        Path rowsFile = folder.rowsFile();
        try {
            if (cp == null) {
                cp = Checkpoint.fresh(host, userPoolId, clock.instant().truncatedTo(ChronoUnit.MILLIS));
                Files.deleteIfExists(rowsFile);
                save(cp);
            } else {
                dropUnfinishedPage(rowsFile, cp.rowsBytes());
            }
        } catch (IOException e) {
            throw storage("The scan folder " + folder.dir() + " could not be prepared", e);
        }
        limiter = new RequestLimiter(settings.rate(), nanos);
        AtomicInteger threadCount = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(RequestLimiter.maxInFlight(settings.rate()) + 1, r -> {
            Thread t = new Thread(r, "report-scan-" + threadCount.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try (FileChannel rows = OwnerOnlyFiles.openForAppend(rowsFile)) {
            Checkpoint end = new Run(listener, workers, rows).scan(cp);
            return new ReportResult(folder, end);
        } catch (IOException e) {
            throw storage("The rows file " + rowsFile + " could not be written", e);
        } finally {
            cancel.cancel();
            workers.shutdownNow();
        }
    }

    /** Rows past the checkpoint belong to a page that was not finished: they go, and the page is read again. */
    private static void dropUnfinishedPage(Path rowsFile, long rowsBytes) throws IOException {
        try (FileChannel ch = FileChannel.open(rowsFile, StandardOpenOption.WRITE)) {
            if (ch.size() < rowsBytes) {
                throw new IOException("the rows file is shorter than its checkpoint says");
            }
            ch.truncate(rowsBytes);
            ch.force(true);
        } catch (NoSuchFileException e) {
            if (rowsBytes > 0) {
                throw new IOException("the rows file is missing");
            }
        }
    }

    private void save(Checkpoint cp) throws IOException {
        atomic.write(settings.folder().checkpointFile(), cp.toJson());
    }

    private static ScanException storage(String what, IOException e) {
        return new ScanException(ScanException.Reason.STORAGE, what + ": " + e.getMessage()
                + ". Check the folder's permissions and free space.", e);
    }

    /** One run of the scan: the paging loop on the calling thread, the MFA calls on the workers. */
    private final class Run {
        private final ScanListener listener;
        private final ExecutorService workers;
        private final FileChannel rows;
        private final ArrayDeque<long[]> samples = new ArrayDeque<>();
        private final AtomicLong failures = new AtomicLong();
        private final AtomicLong inPage = new AtomicLong();
        private long lastProgress = Long.MIN_VALUE;
        private Checkpoint cp;

        Run(ScanListener listener, ExecutorService workers, FileChannel rows) {
            this.listener = listener;
            this.workers = workers;
            this.rows = rows;
        }

        Checkpoint scan(Checkpoint start) throws ScanException, IOException {
            cp = start;
            failures.set(cp.counts().getOrDefault(Category.UNKNOWN, 0L));
            if (!cp.planned()) {
                plan();
            }
            Future<UserPage> pending = cp.ranges().isEmpty() ? null : list(cp.ranges().get(0), cp.page());
            while (pending != null) {
                UserPage page = await(pending);
                long[] range = cp.ranges().get(0);
                List<long[]> rest = cp.ranges().subList(1, cp.ranges().size());
                if (cp.page() == 1 && page.totalCount() > pagingCap && range[0] < range[1]) {
                    long mid = range[0] + (range[1] - range[0]) / 2;
                    List<long[]> split = new ArrayList<>();
                    split.add(new long[] {range[0], mid});
                    split.add(new long[] {mid + 1, range[1]});
                    split.addAll(rest);
                    cp = cp.paging(split, 1);
                    save(cp);
                    pending = list(split.get(0), 1);
                    continue;
                }
                int served = Math.min(page.totalCount(), pagingCap);
                boolean more = page.users().size() == PAGE_SIZE && (long) cp.page() * PAGE_SIZE < served;
                List<long[]> after = more ? cp.ranges() : rest;
                int nextPage = more ? cp.page() + 1 : 1;
                Future<UserPage> next = after.isEmpty() ? null : list(after.get(0), nextPage);
                List<ReportRow> pageRows = readAll(page.users());
                Checkpoint written = append(pageRows);
                cp = written.paging(after, nextPage);
                inPage.set(0);
                save(cp);
                listener.rows(pageRows);
                progress(true);
                pending = next;
            }
            cp = cp.finishedAt(clock.instant());
            save(cp);
            return cp;
        }

        /**
         * The first listings: how many users, the creation time of the oldest and of the newest. The
         * scan covers the oldest to the scan's start, or to the newest if the server's clock is ahead.
         */
        private void plan() throws ScanException, IOException {
            UserPage oldest = await(listOnce(ListUsersQuery.all(false, 1, 1)));
            if (oldest.totalCount() == 0 || oldest.users().isEmpty()) {
                cp = cp.planned(0, cp.cutoff(), List.of());
                save(cp);
                progress(true);
                return;
            }
            UserPage newest = await(listOnce(ListUsersQuery.all(true, 1, 1)));
            long from = createdAt(oldest, 0L);
            long to = Math.max(cp.cutoff(), createdAt(newest, cp.cutoff()));
            cp = cp.planned(oldest.totalCount(), to, List.of(new long[] {Math.min(from, to), to}));
            save(cp);
            progress(true);
        }

        private long createdAt(UserPage page, long fallback) {
            return page.users().isEmpty() ? fallback
                    : page.users().get(0).createdAt().map(Instant::toEpochMilli).orElse(fallback);
        }

        private Future<UserPage> listOnce(ListUsersQuery q) {
            return workers.submit(() -> {
                try {
                    return call(() -> api.listUsers(q, cancel));
                } catch (GenAuthException e) {
                    throw fatal(e);
                }
            });
        }

        private Future<UserPage> list(long[] range, int page) {
            return listOnce(ListUsersQuery.created(Instant.ofEpochMilli(range[0]), Instant.ofEpochMilli(range[1]), page,
                    PAGE_SIZE));
        }

        /** Notes the first fault that stops the scan and aborts the other calls at once. */
        private GenAuthException fatal(GenAuthException e) {
            if (e.category() != ErrorCategory.CANCELLED) {
                firstFault.compareAndSet(null, e);
            }
            cancel.cancel();
            return e;
        }

        /** Every user's MFA state, in the page's order; waits with progress reports. */
        private List<ReportRow> readAll(List<ManagedUser> users) throws ScanException {
            inPage.set(0);
            List<Future<ReportRow>> futures = new ArrayList<>();
            for (ManagedUser u : users) {
                futures.add(workers.submit(() -> {
                    ReportRow r = read(u);
                    inPage.incrementAndGet();
                    return r;
                }));
            }
            List<ReportRow> out = new ArrayList<>();
            for (Future<ReportRow> f : futures) {
                out.add(await(f));
            }
            long unknown = out.stream().filter(r -> r.category() == Category.UNKNOWN).count();
            if (!out.isEmpty() && unknown == out.size() && out.size() > 1) {
                throw new ScanException(ScanException.Reason.FAULT, "Not one user of a page could be read ("
                        + out.get(0).reason() + "): the server seems to be failing. Try again later; the scan"
                        + " continues where it stopped.", null);
            }
            return out;
        }

        private ReportRow read(ManagedUser u) throws GenAuthException {
            try {
                UserMfaInfo info = call(() -> api.getUserMfaInfo(UserIdType.USER_ID, u.userId(), cancel));
                return row(u, bool(info.sms()), bool(info.email()), bool(info.totp()), bool(info.face()), "");
            } catch (GenAuthException e) {
                if (stopsTheScan(e)) {
                    throw fatal(e);
                }
                failures.incrementAndGet();
                return row(u, null, null, null, null, Reasons.of(e));
            }
        }

        private Checkpoint append(List<ReportRow> pageRows) throws IOException {
            StringBuilder sb = new StringBuilder();
            Map<Category, Long> counts = new EnumMap<>(Category.class);
            for (ReportRow r : pageRows) {
                sb.append(RowCodec.line(r)).append('\n');
                counts.merge(r.category(), 1L, Long::sum);
            }
            ByteBuffer buf = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
            int bytes = buf.remaining();
            while (buf.hasRemaining()) {
                rows.write(buf);
            }
            rows.force(false);
            return cp.written(bytes, counts);
        }

        /** The result of a task; a failure of any call stops the whole scan. */
        private <T> T await(Future<T> f) throws ScanException {
            while (true) {
                try {
                    T v = f.get(250, TimeUnit.MILLISECONDS);
                    progress(false);
                    return v;
                } catch (TimeoutException e) {
                    progress(false);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    cancel();
                    throw stopped(null);
                } catch (ExecutionException e) {
                    throw stopped(e.getCause());
                }
            }
        }

        private ScanException stopped(Throwable cause) {
            cancel.cancel();
            if (cancelledByPerson.get()) {
                return new ScanException(ScanException.Reason.CANCELLED, "The scan was cancelled; resume it to"
                        + " continue where it stopped.", null);
            }
            if (cause instanceof ScanException s) {
                return s;
            }
            if (firstFault.get() != null) {
                cause = firstFault.get();
            }
            if (cause instanceof GenAuthException g) {
                ScanException.Reason reason = g.category().refusedByServer() ? ScanException.Reason.REFUSED
                        : ScanException.Reason.FAULT;
                return new ScanException(reason, "The scan stopped: " + Reasons.of(g) + ". Resume it to continue"
                        + " where it stopped.", g);
            }
            return new ScanException(ScanException.Reason.FAULT, "The scan stopped on an unexpected fault ("
                    + (cause == null ? "interrupted" : cause.getClass().getSimpleName()) + ").", cause);
        }

        private void progress(boolean now) {
            long t = nanos.getAsLong();
            if (!now && t - lastProgress < 500_000_000L) {
                return;
            }
            lastProgress = t;
            long done = cp.done() + inPage.get();
            samples.addLast(new long[] {t, done});
            while (samples.size() > 2 && t - samples.peekFirst()[0] > 5_000_000_000L) {
                samples.removeFirst();
            }
            long[] first = samples.peekFirst();
            double seconds = (t - first[0]) / 1e9;
            double perSecond = seconds > 0.2 ? (done - first[1]) / seconds : 0;
            long total = Math.max(cp.total(), done);
            Optional<Duration> eta = perSecond > 0 && total > 0
                    ? Optional.of(Duration.ofSeconds((long) Math.ceil((total - done) / perSecond)))
                    : Optional.empty();
            listener.progress(new ScanProgress(done, Math.max(cp.total(), 0), perSecond, eta, failures.get(),
                    limiter.refused(), limiter.rate()));
        }
    }

    private static ReportRow row(ManagedUser u, Boolean sms, Boolean email, Boolean otp, Boolean face, String reason) {
        Category c = reason.isEmpty() ? Category.of(sms, email, otp, face) : Category.UNKNOWN;
        return new ReportRow(u.userId(), u.username(), u.email(), u.phone(), u.phoneCountryCode(), u.status(),
                u.lastLogin(), sms, email, otp, face, c,
                c == Category.UNKNOWN && reason.isEmpty() ? "the server did not say which types are bound" : reason);
    }

    private static Boolean bool(Enablement e) {
        return e == Enablement.UNKNOWN ? null : e.isEnabled();
    }

    /** Faults that every further call would meet as well: stop the scan (resumable) instead of marking users unknown. */
    private static boolean stopsTheScan(GenAuthException e) {
        return switch (e.category()) {
            case NOT_FOUND, SERVER_ERROR, MALFORMED_RESPONSE, REJECTED -> false;
            default -> true;
        };
    }

    /** One call through the limiter, retried on "too many requests" and on network and server faults. */
    private <T> T call(Attempt<T> attempt) throws GenAuthException {
        int tries = 0;
        int limited = 0;
        while (true) {
            if (!limiter.acquire(cancel)) {
                throw GenAuthException.builder(ErrorCategory.CANCELLED).build();
            }
            Duration backoff;
            try {
                T v = attempt.run();
                limiter.succeeded();
                return v;
            } catch (GenAuthException e) {
                if (cancel.isCancelled()) {
                    throw e;
                }
                if (e.category() == ErrorCategory.RATE_LIMITED) {
                    limiter.rateLimited(e.retryAfterSeconds());
                    if (++limited >= MAX_RATE_LIMITED) {
                        throw e;
                    }
                    continue;
                }
                if (!isTransient(e) || ++tries >= MAX_TRIES) {
                    throw e;
                }
                backoff = baseDelay.multipliedBy(1L << (tries - 1));
            } finally {
                limiter.release();
            }
            pause(backoff);
        }
    }

    private void pause(Duration d) throws GenAuthException {
        long until = nanos.getAsLong() + d.toNanos();
        while (nanos.getAsLong() < until) {
            if (cancel.isCancelled()) {
                throw GenAuthException.builder(ErrorCategory.CANCELLED).build();
            }
            LockSupport.parkNanos(Math.min(until - nanos.getAsLong(), 50_000_000L));
        }
    }

    private static boolean isTransient(GenAuthException e) {
        return switch (e.category()) {
            case SERVER_ERROR, NETWORK_UNREACHABLE, TIMEOUT -> true;
            default -> false;
        };
    }

    private interface Attempt<T> {
        T run() throws GenAuthException;
    }
}
