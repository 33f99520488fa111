package org.resetdesk.directory.ldap;

import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

import com.unboundid.ldap.sdk.FailoverServerSet;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.OperationType;
import com.unboundid.ldap.sdk.PostConnectProcessor;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.ldap.sdk.StartTLSPostConnectProcessor;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import com.unboundid.util.ssl.PEMFileTrustManager;
import com.unboundid.util.ssl.SSLUtil;

/**
 * The connection pool to the configured servers: tried in order (a server that is down fails over to the next),
 * each over LDAPS or StartTLS with its certificate and host name checked, bound as the service account, with connect
 * and response timeouts. Only searches are retried on a connection found broken; a change is never sent twice.
 */
final class LdapConnections {

    private static final java.time.Duration MAX_CONNECTION_AGE = java.time.Duration.ofMinutes(5);

    private LdapConnections() {
    }

    static LDAPConnectionPool open(LdapProperties properties) throws LDAPException, GeneralSecurityException {
        List<URI> servers = properties.servers();
        String[] hosts = servers.stream().map(URI::getHost).toArray(String[]::new);
        boolean ldaps = servers.get(0).getScheme().toLowerCase(Locale.ROOT).equals("ldaps");
        int[] ports = servers.stream().mapToInt(server -> server.getPort() > 0 ? server.getPort()
                : ldaps ? 636 : 389).toArray();
        SSLContext tls = new SSLUtil(trust(properties)).createSSLContext("TLSv1.2");
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis((int) properties.connectTimeout().toMillis());
        options.setResponseTimeoutMillis(properties.responseTimeout().toMillis());
        options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
        SimpleBindRequest bind = new SimpleBindRequest(properties.bindDn(), properties.bindPassword());
        SocketFactory sockets = ldaps ? tls.getSocketFactory() : SocketFactory.getDefault();
        PostConnectProcessor startTls = ldaps ? null : new StartTLSPostConnectProcessor(tls);
        FailoverServerSet set = new FailoverServerSet(hosts, ports, sockets, options, null, startTls);
        LDAPConnectionPool pool = new LDAPConnectionPool(set, bind, 0, properties.poolSize(), null, false);
        pool.setRetryFailedOperationsDueToInvalidConnections(EnumSet.of(OperationType.SEARCH));
        pool.setConnectionPoolName("resetdesk-ldap");
        // Active Directory drops connections idle for 15 minutes, firewalls sooner and silently: a change sent on a
        // dead connection could only be "may not have changed". Connections are replaced well before.
        pool.setMaxConnectionAgeMillis(MAX_CONNECTION_AGE.toMillis());
        return pool;
    }

    private static TrustManager trust(LdapProperties properties) throws GeneralSecurityException {
        if (properties.trustCertificate() != null) {
            return new PEMFileTrustManager(properties.trustCertificate().toFile());
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        return factory.getTrustManagers()[0];
    }
}
