package io.github.wxlogistics.internal.push;

import io.github.wxlogistics.event.AddExpressPathEvent;
import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.event.AuthorizedEvent;
import io.github.wxlogistics.event.ComponentVerifyTicketEvent;
import io.github.wxlogistics.event.UnauthorizedEvent;
import io.github.wxlogistics.event.UpdateAuthorizedEvent;
import io.github.wxlogistics.event.BusinessBindResultEvent;
import io.github.wxlogistics.event.CancelWaybillEvent;
import io.github.wxlogistics.event.CheckBizEvent;
import io.github.wxlogistics.event.ClaimResultEvent;
import io.github.wxlogistics.event.EventEnvelope;
import io.github.wxlogistics.event.GetQuotaEvent;
import io.github.wxlogistics.event.PathAction;
import io.github.wxlogistics.event.PushFields;
import io.github.wxlogistics.model.ActionType;
import io.github.wxlogistics.model.Cargo;
import io.github.wxlogistics.model.CargoDetail;
import io.github.wxlogistics.model.Insured;
import io.github.wxlogistics.model.Person;
import io.github.wxlogistics.model.ServiceType;
import io.github.wxlogistics.model.insurance.PolicyStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns parsed push fields into typed events, with field names exactly as WeChat's event pages spell them.
 * Every method throws {@link PushRejectedException} ({@code MALFORMED}) naming the field when a
 * number is not exact for its type.
 */
final class EventDecoder {

    private EventDecoder() {
    }

    /**
     * The {@code Event} value in lower case (WeChat says it is case-insensitive), else the
     * {@code InfoType} of a third-party platform's authorization event, or {@code ""} if neither.
     */
    public static String eventName(PushFields fields) {
        return fields.text("Event").or(() -> fields.text("InfoType"))
                .map(e -> e.strip().toLowerCase(Locale.ROOT)).orElse("");
    }

    /** The common fields. */
    public static EventEnvelope envelope(PushFields fields) {
        FieldReader in = FieldReader.root(fields);
        return new EventEnvelope(in.text("ToUserName"), in.text("FromUserName"), in.longValue("CreateTime"),
                in.text("MsgType"), in.text("Event"));
    }

    /** {@code add_express_path}. */
    public static AddExpressPathEvent addExpressPath(PushFields fields) {
        FieldReader in = FieldReader.root(fields);
        List<PathAction> actions = new ArrayList<>();
        for (int i = 0; i < fields.objects("Actions").size(); i++) {
            FieldReader action = in.element("Actions", i);
            actions.add(new PathAction(action.longValue("ActionTime"), ActionType.of(action.intValue("ActionType")),
                    action.text("ActionMsg"), action.fields()));
        }
        return new AddExpressPathEvent(envelope(fields), in.text("DeliveryID"), in.text("WayBillId"),
                in.text("OrderId"), in.longValue("Version"), in.intValue("Count"), actions, fields);
    }

    /** {@code component_verify_ticket}. */
    public static ComponentVerifyTicketEvent componentVerifyTicket(PushFields fields) {
        FieldReader in = FieldReader.root(fields);
        return new ComponentVerifyTicketEvent(envelope(fields), in.text("AppId"), in.text("ComponentVerifyTicket"), fields);
    }

    /** {@code authorized}. */
    public static AuthorizedEvent authorized(PushFields fields) {
        FieldReader in = FieldReader.root(fields);
        return new AuthorizedEvent(envelope(fields), in.text("AppId"), in.text("AuthorizerAppid"),
                in.text("AuthorizationCode"), in.longValue("AuthorizationCodeExpiredTime"), in.text("PreAuthCode"), fields);
    }

    /** {@code updateauthorized}. */
    public static UpdateAuthorizedEvent updateAuthorized(PushFields fields) {
        FieldReader in = FieldReader.root(fields);
        return new UpdateAuthorizedEvent(envelope(fields), in.text("AppId"), in.text("AuthorizerAppid"),
                in.text("AuthorizationCode"), in.longValue("AuthorizationCodeExpiredTime"), in.text("PreAuthCode"), fields);
    }

    /** {@code unauthorized}. */
    public static UnauthorizedEvent unauthorized(PushFields fields) {
        FieldReader in = FieldReader.root(fields);
        return new UnauthorizedEvent(envelope(fields), in.text("AppId"), in.text("AuthorizerAppid"), fields);
    }

    /** {@code update_business_bind_result}. */
    public static BusinessBindResultEvent businessBindResult(PushFields fields) {
        FieldReader in = FieldReader.root(fields);
        return new BusinessBindResultEvent(envelope(fields), in.text("delivery_id"), in.text("biz_id"),
                in.intValue("errcode"), in.text("errmsg"), fields);
    }

    /** {@code add_waybill}. */
    public static AddWaybillEvent addWaybill(PushFields fields) {
        FieldReader in = FieldReader.root(fields);
        return new AddWaybillEvent(envelope(fields), in.text("Token"), in.text("OrderID"), in.text("BizID"),
                in.text("BizPwd"), in.text("ShopAppID"), in.text("WayBillID"), in.text("Remark"),
                person(in.object("Sender")), person(in.object("Receiver")), cargo(in.object("Cargo")),
                insured(in.object("Insured")), service(in.object("Service")), fields);
    }

    /** {@code cancel_waybill}. */
    public static CancelWaybillEvent cancelWaybill(PushFields fields) {
        FieldReader in = FieldReader.root(fields);
        return new CancelWaybillEvent(envelope(fields), in.text("OrderID"), in.text("BizID"), in.text("BizPwd"),
                in.text("ShopAppID"), in.text("WayBillID"), fields);
    }

    /** {@code check_biz}. */
    public static CheckBizEvent checkBiz(PushFields fields) {
        FieldReader in = FieldReader.root(fields);
        return new CheckBizEvent(envelope(fields), in.text("BizID"), in.text("BizPwd"), in.text("ShopAppID"),
                in.text("ShopName"), in.text("ShopTelphone"), in.text("ShopContact"), in.text("ServiceName"),
                in.text("SenderProvince"), in.text("SenderCity"), in.text("SenderArea"), in.text("SenderAddress"),
                fields);
    }

    /** {@code get_quota}. */
    public static GetQuotaEvent getQuota(PushFields fields) {
        FieldReader in = FieldReader.root(fields);
        return new GetQuotaEvent(envelope(fields), in.text("BizID"), in.text("BizPwd"), in.text("ShopAppID"), fields);
    }

    /** {@code wxainsurance_claim_result}: its fields inside {@code upload_event}, or at the top level. */
    public static ClaimResultEvent claimResult(PushFields fields) {
        FieldReader root = FieldReader.root(fields);
        FieldReader in = root.object("upload_event");
        if (in == null) {
            in = root;
        }
        return new ClaimResultEvent(envelope(fields), in.text("OrderNo"), PolicyStatus.of(in.intValue("Status")),
                in.longValue("FinishTime"), in.text("PayFailReason"), fields);
    }

    private static Person person(FieldReader in) {
        if (in == null) {
            return null;
        }
        return new Person(in.text("Name"), in.text("Tel"), in.text("Mobile"), in.text("Company"), in.text("PostCode"),
                in.text("Country"), in.text("Province"), in.text("City"), in.text("Area"), in.text("Address"));
    }

    private static Cargo cargo(FieldReader in) {
        if (in == null) {
            return null;
        }
        List<CargoDetail> details = new ArrayList<>();
        for (int i = 0; i < in.fields().objects("DetailList").size(); i++) {
            FieldReader detail = in.element("DetailList", i);
            details.add(new CargoDetail(detail.text("Name"), detail.intValue("Count")));
        }
        return new Cargo(in.intValue("Count"), in.decimal("Weight"), in.decimal("Space_X"), in.decimal("Space_Y"),
                in.decimal("Space_Z"), details);
    }

    private static Insured insured(FieldReader in) {
        return in == null ? null : new Insured(in.intValue("UseInsured"), in.longValue("InsuredValue"));
    }

    private static ServiceType service(FieldReader in) {
        return in == null ? null : new ServiceType(in.intValue("ServiceType"), in.text("ServiceName"));
    }
}
