package io.github.wxlogistics.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.security.ApiSecurity;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/api-security.md's examples against the fake server with API security on, keys loaded from files. */
class ApiSecurityExamplesTest {

    @Test
    void keysLoadedFromFilesMakeSecuredCallsAndPlainCallsAreRefused(@TempDir Path keys) throws Exception {
        try (FakeWeChatServer server = FakeWeChatServer.builder().demoData().apiSecurity().start()) {
            server.writeApiSecurityKeys(keys);
            ApiSecurity security = ApiSecurityExamples.fromConsoleDownloads(server.appId(), keys);
            try (LogisticsClient client = ApiSecurityExamples.securedClient(server.baseUri(), server.appId(),
                    server.appSecret(), security)) {
                assertThat(client.merchant().getAllDelivery().count()).isPositive();
            }
            try (LogisticsClient plain = LogisticsClient.builder().credentials(server.appId(), server.appSecret())
                    .baseUri(server.baseUri()).build()) {
                assertThatThrownBy(() -> plain.merchant().getAllDelivery()).isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.errcode()).isEqualTo(40234));
            }
            assertThat(security.toString()).doesNotContain(java.nio.file.Files.readAllLines(keys.resolve("symmetric-key.txt"))
                    .get(0));
        }
    }
}
