package io.github.wxlogistics.spring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.health.actuate.endpoint.AdditionalHealthEndpointPath;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;

/**
 * Spring Boot 4: keeps the indicator {@code wxLogistics} out of the overall status of
 * {@code /actuator/health} (what load balancers and probes read), and adds the health group
 * {@code logistics}, whose {@code /actuator/health/logistics} shows the indicator with its
 * reason even where {@code show-components} and {@code show-details} are off. Registered by
 * {@link LogisticsHealthAutoConfiguration} unless {@code wx.logistics.health.in-overall-status} is
 * true. An application group of the same name wins.
 */
public final class Boot4LogisticsHealthGroups implements HealthEndpointGroupsPostProcessor {

    /** For Spring. */
    public Boot4LogisticsHealthGroups() {
    }

    @Override
    public HealthEndpointGroups postProcessHealthEndpointGroups(HealthEndpointGroups groups) {
        HealthEndpointGroup primary = groups.getPrimary();
        Map<String, HealthEndpointGroup> others = new LinkedHashMap<>();
        groups.getNames().forEach(name -> others.put(name, groups.get(name)));
        others.putIfAbsent(LogisticsHealthAutoConfiguration.GROUP, new Group(primary, true));
        return HealthEndpointGroups.of(new Group(primary, false), others);
    }

    /** The primary group without the indicator, or a group of the indicator alone. */
    private record Group(HealthEndpointGroup primary, boolean indicatorOnly) implements HealthEndpointGroup {

        @Override
        public boolean isMember(String name) {
            return indicatorOnly ? LogisticsHealthAutoConfiguration.isIndicator(name)
                    : !LogisticsHealthAutoConfiguration.isIndicator(name) && primary.isMember(name);
        }

        @Override
        public boolean showComponents(SecurityContext securityContext) {
            return indicatorOnly || primary.showComponents(securityContext);
        }

        @Override
        public boolean showDetails(SecurityContext securityContext) {
            return primary.showDetails(securityContext);
        }

        @Override
        public StatusAggregator getStatusAggregator() {
            return primary.getStatusAggregator();
        }

        @Override
        public HttpCodeStatusMapper getHttpCodeStatusMapper() {
            return primary.getHttpCodeStatusMapper();
        }

        @Override
        public AdditionalHealthEndpointPath getAdditionalPath() {
            return indicatorOnly ? null : primary.getAdditionalPath();
        }
    }
}
