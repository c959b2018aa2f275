package io.github.wxlogistics.spring;

import java.util.Objects;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The Actuator health indicator {@code wxLogistics} for Spring Boot 4 (the
 * {@code org.springframework.boot.health.contributor} API of {@code spring-boot-health} 4.x): reports
 * what a {@link LogisticsHealthCheck} finds, UP, DOWN or UNKNOWN, with its details, and for DOWN its
 * {@linkplain LogisticsHealthCheck.Result#reason() reason} as the status description. Registered by
 * {@link LogisticsHealthAutoConfiguration} when that API is on the class path.
 */
public final class Boot4LogisticsHealthIndicator implements HealthIndicator {

    private final LogisticsHealthCheck check;

    private Boot4LogisticsHealthIndicator(LogisticsHealthCheck check) {
        this.check = check;
    }

    /**
     * An indicator.
     *
     * @param check the check to report
     * @return the indicator
     */
    public static Boot4LogisticsHealthIndicator create(LogisticsHealthCheck check) {
        return new Boot4LogisticsHealthIndicator(Objects.requireNonNull(check, "check"));
    }

    @Override
    public Health health() {
        LogisticsHealthCheck.Result result = check.check();
        // The reason goes into the status description too: Actuator shows a description without
        // show-details (the details only with it).
        Health.Builder health = switch (result.status()) {
            case UP -> Health.up();
            case DOWN -> Health.status(new Status(Status.DOWN.getCode(), result.reason()));
            case UNKNOWN -> result.reason().isEmpty() ? Health.unknown()
                    : Health.status(new Status(Status.UNKNOWN.getCode(), result.reason()));
        };
        return health.withDetails(result.details()).build();
    }

    @Override
    public String toString() {
        return "Boot4LogisticsHealthIndicator[" + check + "]";
    }
}
