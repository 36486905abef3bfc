package io.wirewatch.web;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before any handler runs (a request target that is not a valid
 * URI, a request head over {@link WebServer}'s limit, a handler that threw), as every other
 * Wirewatch error: {@code {"error", "code"}} with the security headers, never an HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        ErrorCode code = ErrorCode.of(status);
        HttpReplies.SECURITY_HEADERS.forEach(response.getHeaders()::put);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        byte[] body = HttpReplies.errorBytes(code, describe(request, status));
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    private static String describe(Request request, int status) {
        Object cause = request.getAttribute(ERROR_EXCEPTION);
        Object message = cause instanceof Throwable t ? t.getMessage() : request.getAttribute(ERROR_MESSAGE);
        String reason = String.valueOf(message).replaceFirst("^\\d{3}: ", "");
        if (reason.isBlank() || reason.equals("null")) {
            reason = HttpStatus.getMessage(status);
        }
        return switch (status) {
            case 400 -> "malformed request or request target (" + reason + "): the target must be a valid URI,"
                    + " % only before two hex digits of UTF-8, no path above /";
            case 414, 431 -> "request head too large (" + reason + "): at most " + WebServer.MAX_HEAD_BYTES + " bytes";
            case 500 -> "internal error: " + reason;
            default -> reason;
        };
    }
}
