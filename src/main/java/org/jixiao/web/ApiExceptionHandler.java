package org.jixiao.web;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.jixiao.common.ConflictException;
import org.jixiao.common.FieldProblem;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.InvalidInputException;
import org.jixiao.common.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.List;

/** Turns every failure of an API call into a JSON {@link ApiError}; never a stack trace. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiError> invalid(InvalidInputException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage(), e.problems());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage())).toList();
        return error(HttpStatus.BAD_REQUEST, "输入有误", problems);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonLimits.InvalidTextException text) {
            String path = JsonPaths.of(text.getPath());
            return error(HttpStatus.BAD_REQUEST, "字段 " + path + " " + text.getOriginalMessage(),
                    List.of(new FieldProblem(path, text.getOriginalMessage())));
        }
        if (e.getCause() instanceof StreamConstraintsException) {
            return error(HttpStatus.BAD_REQUEST, "请求中的文字过长", List.of());
        }
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String path = JsonPaths.of(mapping.getPath());
            return error(HttpStatus.BAD_REQUEST, "字段 " + path + " 的值无法识别",
                    List.of(new FieldProblem(path, "值的类型或格式不正确")));
        }
        return error(HttpStatus.BAD_REQUEST, "请求体不是有效的 JSON", List.of());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<ApiError> badParameter(Exception e) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        return error(HttpStatus.BAD_REQUEST, "参数 " + name + " 缺失或格式不正确",
                List.of(new FieldProblem(name, "缺失或格式不正确")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的内容类型", List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, "不支持的请求方法", List.of());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return error(HttpStatus.PAYLOAD_TOO_LARGE, "上传文件超过大小限制", List.of());
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    ResponseEntity<ApiError> notFound(Exception e) {
        return error(HttpStatus.NOT_FOUND, e instanceof NotFoundException ? e.getMessage() : "资源不存在", List.of());
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ResponseEntity<ApiError> forbidden(Exception e) {
        return error(HttpStatus.FORBIDDEN, e instanceof ForbiddenException ? e.getMessage() : "无权执行此操作", List.of());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ApiError> conflict(ConflictException e) {
        return error(HttpStatus.CONFLICT, e.getMessage(), List.of());
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockingException.class})
    ResponseEntity<ApiError> concurrentChange(Exception e) {
        return error(HttpStatus.CONFLICT, "数据已被他人修改，请刷新后重试", List.of());
    }

    /** A row another request holds locked past the database's lock timeout: the same answer as losing a race. */
    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<ApiError> lockedByAnother(Exception e) {
        log.warn("Lock wait timed out: {}", e.getMessage());
        return error(HttpStatus.CONFLICT, "数据正被他人处理，请稍后重试", List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("Unexpected API error", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误，请联系管理员", List.of());
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String message, List<FieldProblem> problems) {
        return ResponseEntity.status(status)
                .body(new ApiError(status.value(), status.getReasonPhrase(), message, problems));
    }
}
