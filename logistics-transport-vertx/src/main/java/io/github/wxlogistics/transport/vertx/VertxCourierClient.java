package io.github.wxlogistics.transport.vertx;

import io.github.wxlogistics.AsyncCourierClient;
import io.github.wxlogistics.model.GetContactRequest;
import io.github.wxlogistics.model.GetContactResponse;
import io.github.wxlogistics.model.PreviewTemplateRequest;
import io.github.wxlogistics.model.PreviewTemplateResponse;
import io.github.wxlogistics.model.UpdateBusinessRequest;
import io.github.wxlogistics.model.UpdatePathRequest;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * The courier-side calls as Vert.x futures, completed on the caller's context. Obtain one from
 * {@link VertxLogisticsClient#courier()}.
 */
public final class VertxCourierClient {

    private final Vertx vertx;
    private final AsyncCourierClient calls;

    VertxCourierClient(Vertx vertx, AsyncCourierClient calls) {
        this.vertx = vertx;
        this.calls = calls;
    }

    /** getContact; see {@link AsyncCourierClient#getContact}. */
    public Future<GetContactResponse> getContact(GetContactRequest request) {
        return VertxLogisticsClient.onCallerContext(vertx, calls.getContact(request));
    }

    /** updatePath, sent at most once; see {@link AsyncCourierClient#updatePath}. */
    public Future<Void> updatePath(UpdatePathRequest request) {
        return VertxLogisticsClient.onCallerContext(vertx, calls.updatePath(request));
    }

    /** previewTemplate; see {@link AsyncCourierClient#previewTemplate}. */
    public Future<PreviewTemplateResponse> previewTemplate(PreviewTemplateRequest request) {
        return VertxLogisticsClient.onCallerContext(vertx, calls.previewTemplate(request));
    }

    /** updateBusiness, sent at most once; see {@link AsyncCourierClient#updateBusiness}. */
    public Future<Void> updateBusiness(UpdateBusinessRequest request) {
        return VertxLogisticsClient.onCallerContext(vertx, calls.updateBusiness(request));
    }
}
