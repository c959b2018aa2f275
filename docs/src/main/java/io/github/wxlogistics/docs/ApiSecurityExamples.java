package io.github.wxlogistics.docs;

// tag::imports[]
import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.security.ApiSecurity;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
// end::imports[]

/** The examples docs/api-security.md quotes; ApiSecurityExamplesTest runs them against the fake server. */
public final class ApiSecurityExamples {

    private ApiSecurityExamples() {
    }

    /**
     * Loads the keys downloaded from the admin console (or written by the fake server's
     * {@code --api-security DIR}) from {@code dir}.
     */
    public static ApiSecurity fromConsoleDownloads(String appId, Path dir) throws IOException {
        // tag::keys[]
        List<String> symmetric = Files.readAllLines(dir.resolve("symmetric-key.txt"));   // Base64 key, then its sn
        ApiSecurity security = ApiSecurity.builder()
                .appId(appId)
                .symmetricKey(symmetric.get(0), symmetric.get(1))                       // AES256_GCM
                .privateKey(Files.readString(dir.resolve("app-private-key.pem")),        // RSAwithSHA256, PKCS#1 or #8
                        Files.readString(dir.resolve("app-key-sn.txt")).strip())
                .platformCertificate(Files.readString(dir.resolve("platform-public-key.pem")),   // or the certificate PEM
                        Files.readString(dir.resolve("platform-sn.txt")).strip())
                .build();
        // end::keys[]
        return security;
    }

    /** A client whose every call is encrypted and signed. */
    public static LogisticsClient securedClient(URI baseUri, String appId, String appSecret, ApiSecurity security) {
        // tag::client[]
        LogisticsClient client = LogisticsClient.builder()
                .credentials(appId, appSecret)
                .baseUri(baseUri)
                .apiSecurity(security)        // every call sealed, every reply verified before it is decoded
                .build();
        // end::client[]
        return client;
    }
}
