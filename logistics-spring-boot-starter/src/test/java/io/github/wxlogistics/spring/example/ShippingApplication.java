package io.github.wxlogistics.spring.example;

// tag::imports[]
import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.event.AddExpressPathEvent;
import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.event.AddWaybillReply;
import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.model.AddOrderResponse;
import io.github.wxlogistics.model.WaybillData;
import io.github.wxlogistics.spring.EventHandler;
import io.github.wxlogistics.spring.RequestHandler;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
// end::imports[]

/** The example application of docs/spring-boot.md: a shop that also runs its own courier. */
// tag::application[]
@SpringBootApplication
public class ShippingApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShippingApplication.class, args);
    }

    /** Courier side: WeChat asks us to book a waybill for an order (add_waybill). */
    @Bean
    RequestHandler<AddWaybillEvent, AddWaybillReply> bookWaybill(ShipmentLog log) {
        return event -> {
            log.events.add(event);
            // A real courier books the parcel here; the label data goes back to WeChat.
            return AddWaybillReply.success("SF" + event.waybillId(),
                    List.of(new WaybillData("SF_bagAddr", "北京"), new WaybillData("SF_mark", "010-A1")));
        };
    }

    /** Merchant side: a waybill's tracking path changed (add_express_path). */
    @Bean
    EventHandler<AddExpressPathEvent> trackingUpdated(ShipmentLog log) {
        return log.events::add;
    }
}
// end::application[]

// tag::log[]
/** What the handlers saw (the test reads it). */
@Component
class ShipmentLog {
    final BlockingQueue<Object> events = new LinkedBlockingQueue<>();

    List<AddWaybillEvent> waybills() {
        return events.stream().filter(AddWaybillEvent.class::isInstance).map(AddWaybillEvent.class::cast).toList();
    }

    List<AddExpressPathEvent> paths() {
        return events.stream().filter(AddExpressPathEvent.class::isInstance).map(AddExpressPathEvent.class::cast)
                .toList();
    }
}
// end::log[]

// tag::service[]
/** Places orders through the auto-configured client. */
@Service
class Shipping {

    private final LogisticsClient client;

    Shipping(LogisticsClient client) {
        this.client = client;
    }

    String ship(AddOrderRequest order) {
        AddOrderResponse waybill = client.merchant().addOrder(order);
        return waybill.waybillId();
    }
}
// end::service[]
