package mfainspector.genauth;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The certificate authorities a connection trusts: the runtime's own {@code cacerts} and the
 * operating system's store, so that the app works wherever the OS does, e.g. behind a
 * TLS-inspecting proxy whose CA IT installed in the OS. A store that cannot be read is left out.
 *
 * <p>Admins can add a PEM bundle of their own with the environment variable
 * {@value #EXTRA_CA_ENV} or the system property {@value #EXTRA_CA_PROPERTY} (a path).
 */
final class TrustStores {

    static final String EXTRA_CA_ENV = "MFA_INSPECTOR_EXTRA_CA_FILE";
    static final String EXTRA_CA_PROPERTY = "mfainspector.extraCaFile";

    /** Where Linux distributions keep the OS CA bundle (Debian/Ubuntu, Fedora/RHEL, openSUSE, RHEL extracted). */
    static final List<Path> LINUX_BUNDLES = List.of(
            Path.of("/etc/ssl/certs/ca-certificates.crt"),
            Path.of("/etc/pki/tls/certs/ca-bundle.crt"),
            Path.of("/etc/ssl/ca-bundle.pem"),
            Path.of("/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem"));

    /**
     * Where to look: the OS (by its {@code os.name}), the PEM bundles tried in order on
     * systems other than Windows and macOS (the first that exists is read), and an extra bundle.
     */
    record Sources(String osName, List<Path> pemBundles, Optional<Path> extraBundle) {

        /** This computer's stores; the extra bundle from the system property, else the environment. */
        static Sources system(Map<String, String> env) {
            String extra = System.getProperty(EXTRA_CA_PROPERTY);
            if (extra == null || extra.isBlank()) {
                extra = env.get(EXTRA_CA_ENV);
            }
            return new Sources(System.getProperty("os.name", ""), LINUX_BUNDLES,
                    extra == null || extra.isBlank() ? Optional.empty() : Optional.of(Path.of(extra.strip())));
        }
    }

    private TrustStores() {
    }

    /** The runtime's CAs, then the OS store and the extra bundle where they can be read. */
    static CompositeTrustManager load(Sources sources) {
        List<X509ExtendedTrustManager> managers = new ArrayList<>();
        try {
            managers.add(trustManager(null));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the runtime's trust manager cannot be set up", e);
        }
        osStore(sources).ifPresent(managers::add);
        sources.extraBundle().flatMap(bundle -> readable(() -> pemStore(bundle))).ifPresent(managers::add);
        return new CompositeTrustManager(managers);
    }

    /** Opens a key store; fails when it cannot be read. */
    private interface StoreSource {
        KeyStore open() throws GeneralSecurityException, IOException;
    }

    private static Optional<X509ExtendedTrustManager> osStore(Sources sources) {
        String os = sources.osName().toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return readable(() -> platformStore("Windows-ROOT"));
        }
        if (os.startsWith("mac")) {
            return readable(() -> platformStore("KeychainStore"));
        }
        return sources.pemBundles().stream().filter(Files::isReadable).findFirst()
                .flatMap(bundle -> readable(() -> pemStore(bundle)));
    }

    /** A trust manager over the store, or empty when the store cannot be read: the other stores still count. */
    private static Optional<X509ExtendedTrustManager> readable(StoreSource source) {
        try {
            return Optional.of(trustManager(source.open()));
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static KeyStore platformStore(String type) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(type);
        store.load(null, null);
        return store;
    }

    /** Every certificate of a PEM bundle as a trusted entry. */
    static KeyStore pemStore(Path bundle) throws GeneralSecurityException, IOException {
        try (InputStream in = Files.newInputStream(bundle)) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int n = 0;
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca-" + n++, c);
            }
            if (n == 0) {
                throw new CertificateException("no certificate in " + bundle);
            }
            return store;
        }
    }

    /** The PKIX trust manager over {@code store}, or over the runtime's {@code cacerts} when null. */
    private static X509ExtendedTrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager m : factory.getTrustManagers()) {
            if (m instanceof X509ExtendedTrustManager) {
                return (X509ExtendedTrustManager) m;
            }
        }
        throw new KeyStoreException("the runtime offers no X.509 trust manager");
    }
}
