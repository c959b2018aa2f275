package io.github.wxlogistics.spring.platform;

// tag::imports[]
import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.platform.AuthorizationLost;
import io.github.wxlogistics.platform.ComponentPlatform;
import io.github.wxlogistics.platform.PlatformListener;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
// end::imports[]

/** The third-party platform example of docs/spring-boot.md: a logistics SaaS shipping for its merchants. */
// tag::application[]
@SpringBootApplication
public class SaasApplication {

    public static void main(String[] args) {
        SpringApplication.run(SaasApplication.class, args);
    }

    /** Told when a merchant's authorization is gone (revoked, or its refresh token refused). */
    @Bean
    PlatformListener authorizationsLost(Reauthorizations reauthorizations) {
        return new PlatformListener() {
            @Override
            public void onAuthorizationLost(AuthorizationLost lost) {
                reauthorizations.ask(lost.authorizerAppId());   // quick, never throws
            }
        };
    }
}

/** Places orders for the merchants that authorized the platform. */
@Service
class MerchantShipping {

    private final ComponentPlatform platform;

    MerchantShipping(ComponentPlatform platform) {
        this.platform = platform;
    }

    String ship(String merchantAppId, AddOrderRequest order) {
        // One client per merchant, cached; all share the transport, the store and the listeners.
        return platform.forAuthorizer(merchantAppId).merchant().addOrder(order).waybillId();
    }
}

/** The merchants to ask to authorize again (a real application e-mails them). */
@Component
class Reauthorizations {
    final Set<String> merchants = ConcurrentHashMap.newKeySet();

    void ask(String merchantAppId) {
        merchants.add(merchantAppId);
    }
}
// end::application[]
