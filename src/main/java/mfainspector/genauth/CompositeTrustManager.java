package mfainspector.genauth;

import java.net.Socket;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Accepts a certificate chain when any one of its trust managers accepts it, and only then: each
 * delegate does the full check (path, validity, algorithm constraints), nothing is trusted
 * anyway. Host name checks stay with OkHttp's verifier, which runs after the handshake.
 */
final class CompositeTrustManager extends X509ExtendedTrustManager {

    /** One delegate's check of a chain. */
    private interface Check {
        void run(X509ExtendedTrustManager delegate) throws CertificateException;
    }

    private final List<X509ExtendedTrustManager> delegates;
    private final X509Certificate[] acceptedIssuers;

    CompositeTrustManager(List<X509ExtendedTrustManager> delegates) {
        if (delegates.isEmpty()) {
            throw new IllegalArgumentException("at least one trust manager is needed");
        }
        this.delegates = List.copyOf(delegates);
        Set<X509Certificate> issuers = new LinkedHashSet<>();
        for (X509ExtendedTrustManager d : this.delegates) {
            issuers.addAll(List.of(d.getAcceptedIssuers()));
        }
        this.acceptedIssuers = issuers.toArray(new X509Certificate[0]);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        anyAccepts(d -> d.checkServerTrusted(chain, authType));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        anyAccepts(d -> d.checkServerTrusted(chain, authType, socket));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        anyAccepts(d -> d.checkServerTrusted(chain, authType, engine));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        anyAccepts(d -> d.checkClientTrusted(chain, authType));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        anyAccepts(d -> d.checkClientTrusted(chain, authType, socket));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        anyAccepts(d -> d.checkClientTrusted(chain, authType, engine));
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return acceptedIssuers.clone();
    }

    private void anyAccepts(Check check) throws CertificateException {
        List<CertificateException> refusals = new ArrayList<>();
        for (X509ExtendedTrustManager d : delegates) {
            try {
                check.run(d);
                return;
            } catch (CertificateException e) {
                refusals.add(e);
            }
        }
        throw mostTelling(refusals);
    }

    /**
     * A store that knows the issuer says more ("expired") than one that found no path to a
     * known issuer at all, so that refusal is the one reported.
     */
    private static CertificateException mostTelling(List<CertificateException> refusals) {
        for (CertificateException e : refusals) {
            if (!Transport.causedBy(e, CertPathBuilderException.class)) {
                return e;
            }
        }
        return refusals.get(0);
    }
}
