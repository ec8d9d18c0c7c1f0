"""Lambda Python runtime for apigw's local functions.

The simulator starts `python3 bootstrap.py` in LAMBDA_TASK_ROOT with the
environment Lambda gives a function, and serves the Lambda Runtime API
(/2018-06-01/runtime/...) at AWS_LAMBDA_RUNTIME_API. This file plays the part
of Lambda's own Python runtime (awslambdaric) with the standard library only:
it imports the handler once, then loops on GET /invocation/next, and reports
results, errors and logs in the shapes that runtime uses, so that what a
function shows locally is what it would show on AWS.

One addition of ours: right before each response or error is posted, the line
"\\x1eAPIGW-END <requestId>" is written to stdout and to stderr, so the
simulator knows that every log line of that invocation has arrived.
"""

import decimal
import http.client
import importlib
import json
import logging
import math
import os
import re
import sys
import time
import traceback
import urllib.parse

API = "/2018-06-01/runtime"
ERROR_TYPE_HEADER = "Lambda-Runtime-Function-Error-Type"
LONG_POLL_DROP_SECONDS = 1.0

UNHANDLED_EXCEPTION_WARNING = (
    "Unhandled exception. The most likely cause is an issue in the function code. However, in rare cases, "
    "a Lambda runtime update can cause unexpected function behavior. For functions using managed runtimes, "
    "runtime updates can be triggered by a function change, or can be applied automatically. To determine "
    "if the runtime has been updated, check the runtime version in the INIT_START log entry. If this error "
    "correlates with a change in the runtime version, you may be able to mitigate this error by temporarily "
    "rolling back to the previous runtime version. For more information, see "
    "https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html"
)

# The invocation under way, for the log format; it stays set after the
# invocation ends, as on Lambda.
_request_id = None


def _exit(code):
    # os._exit, not sys.exit: a non-daemon thread the function started must
    # not keep an orphaned runtime alive.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
    os._exit(code)


# --------------------------------------------------------------------------
# Runtime API client


class RuntimeClient:
    """One kept-alive HTTP connection for the life of the process: a new TCP
    connection per request would cost more than the rest of an invocation."""

    def __init__(self, address):
        self.conn = http.client.HTTPConnection(address)  # "host:port", "[::1]:port"

    def _call(self, method, path, body=None, headers=None):
        reused = self.conn.sock is not None
        try:
            return self._roundtrip(method, path, body, headers)
        except (OSError, http.client.HTTPException):
            self.conn.close()
            if not reused:
                raise
        # A kept-alive connection the server closed while it sat idle fails on
        # first use; that is not the simulator being gone, so try once more.
        return self._roundtrip(method, path, body, headers)

    def _roundtrip(self, method, path, body, headers):
        self.conn.request(method, path, body, headers or {})
        response = self.conn.getresponse()
        return response, response.read()

    def _post(self, path, body, headers):
        try:
            self._call("POST", path, body, headers)
        except (OSError, http.client.HTTPException):
            _exit(0)  # the simulator, our parent, is gone

    def next_invocation(self):
        while True:
            started = time.monotonic()
            try:
                response, body = self._call("GET", API + "/invocation/next")
                break
            except (OSError, http.client.HTTPException):
                # A long poll the server dropped after a while (an idle
                # timeout) is simply made again; a request that fails at once
                # means the simulator, our parent, is gone: neither spin nor linger.
                if time.monotonic() - started < LONG_POLL_DROP_SECONDS:
                    _exit(0)
        if response.status != 200:
            os.write(2, ("apigw bootstrap: GET %s/invocation/next answered %d\n" % (API, response.status)).encode())
            _exit(1)
        h = response.headers
        return {
            "invoke_id": h.get("Lambda-Runtime-Aws-Request-Id"),
            "x_amzn_trace_id": h.get("Lambda-Runtime-Trace-Id"),
            "invoked_function_arn": h.get("Lambda-Runtime-Invoked-Function-Arn"),
            "deadline_time_in_ms": int(h.get("Lambda-Runtime-Deadline-Ms") or 0),
            "client_context": h.get("Lambda-Runtime-Client-Context"),
            "cognito_identity": h.get("Lambda-Runtime-Cognito-Identity"),
            "tenant_id": h.get("Lambda-Runtime-Aws-Tenant-Id"),
            "content_type": h.get("Content-Type"),
            "event_body": body,
        }

    def post_invocation_result(self, invoke_id, result, content_type):
        _end_of_logs(invoke_id)
        self._post(
            "%s/invocation/%s/response" % (API, urllib.parse.quote(invoke_id, safe="")),
            result if isinstance(result, bytes) else result.encode("utf-8"),
            {"Content-Type": content_type},
        )

    def post_invocation_error(self, invoke_id, error_result):
        _end_of_logs(invoke_id)
        self._post(
            "%s/invocation/%s/error" % (API, urllib.parse.quote(invoke_id, safe="")),
            to_json(error_result).encode("utf-8"),
            {"Content-Type": "application/json", ERROR_TYPE_HEADER: _header_safe(error_result["errorType"])},
        )

    def post_init_error(self, error_result):
        self._post(
            API + "/init/error",
            to_json(error_result).encode("utf-8"),
            {"Content-Type": "application/json", ERROR_TYPE_HEADER: _header_safe(error_result["errorType"])},
        )


def _header_safe(value):
    # A header value may not hold control characters; an error type could.
    return re.sub(r"[^\t\x20-\x7e]", "?", str(value))


def _end_of_logs(invoke_id):
    # Everything the function printed is out of Python's buffers before the
    # marker goes straight to the file descriptors.
    for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
        try:
            stream.flush()
        except Exception:
            pass
    line = ("\x1eAPIGW-END %s\n" % invoke_id).encode("utf-8")
    _write_fully(1, line)
    _write_fully(2, line)


def _write_fully(fd, data):
    try:
        while data:
            data = data[os.write(fd, data):]
    except OSError:
        pass  # the reader is gone; nothing to tell it


# --------------------------------------------------------------------------
# JSON, as awslambdaric's marshaller gives it


class _Encoder(json.JSONEncoder):
    # Decimals (what boto3's DynamoDB layer returns) are written with their own
    # digits, as awslambdaric does; the stdlib encoder has no raw-value hook, so
    # each one is a marked string first and is put back in place afterwards.
    MARK = "\ue000apigw-decimal:"
    END = "\ue000"

    def __init__(self):
        # Runtimes from python3.12 on write non-ASCII characters as they are.
        super().__init__(ensure_ascii=sys.version_info < (3, 12))
        self.decimals = []

    def default(self, o):
        if isinstance(o, decimal.Decimal):
            if o.is_nan():
                return math.nan
            self.decimals.append(str(o))
            return "%s%d%s" % (self.MARK, len(self.decimals) - 1, self.END)
        return super().default(o)


def to_json(obj):
    encoder = _Encoder()
    text = encoder.encode(obj)
    if encoder.decimals:
        quoted = lambda s: re.escape(json.dumps(s, ensure_ascii=encoder.ensure_ascii)[1:-1])
        pattern = '"%s(\\d+)%s"' % (quoted(_Encoder.MARK), quoted(_Encoder.END))
        text = re.sub(pattern, lambda m: encoder.decimals[int(m.group(1))], text)
    return text


def unmarshal_request(body, content_type):
    if content_type and content_type.split(";")[0].strip().lower() != "application/json":
        return body
    try:
        return json.loads(body)
    except Exception as e:
        raise FaultException(FaultException.UNMARSHAL_ERROR, "Unable to unmarshal input: {}".format(str(e)))


def marshal_response(response):
    if isinstance(response, bytes):
        return response, "application/unknown"
    try:
        return to_json(response), "application/json"
    except Exception as e:
        raise FaultException(FaultException.MARSHAL_ERROR, "Unable to marshal response: {}".format(str(e)))


# --------------------------------------------------------------------------
# Errors, in the runtime's shapes


class FaultException(Exception):
    MARSHAL_ERROR = "Runtime.MarshalError"
    UNMARSHAL_ERROR = "Runtime.UnmarshalError"
    USER_CODE_SYNTAX_ERROR = "Runtime.UserCodeSyntaxError"
    HANDLER_NOT_FOUND = "Runtime.HandlerNotFound"
    IMPORT_MODULE_ERROR = "Runtime.ImportModuleError"
    BUILT_IN_MODULE_CONFLICT = "Runtime.BuiltInModuleConflict"
    MALFORMED_HANDLER_NAME = "Runtime.MalformedHandlerName"
    LAMBDA_CONTEXT_UNMARSHAL_ERROR = "Runtime.LambdaContextUnmarshalError"

    def __init__(self, exception_type, msg, trace=None):
        super().__init__(msg)
        self.msg = msg
        self.exception_type = exception_type
        self.trace = trace


def make_error(error_message, error_type, stack_trace, invoke_id=None):
    return {
        "errorMessage": error_message if error_message else "",
        "errorType": error_type if error_type else "",
        "requestId": invoke_id if invoke_id is not None else "",
        "stackTrace": stack_trace if stack_trace else [],
    }


def _user_frames(tb):
    # The frames from the first one outside this file on: the trace shows the
    # function's code, not the runtime that called it.
    frames = [(f.filename, f.lineno, f.name, f.line) for f in traceback.extract_tb(tb)]
    for i, frame in enumerate(frames):
        if "/bootstrap.py" not in frame[0]:
            return frames[i:]
    return frames


def build_fault_result(exc_info, invoke_id=None):
    etype, value, tb = exc_info
    return make_error(str(value), etype.__name__, traceback.format_list(_user_frames(tb)), invoke_id)


def log_error(error_result):
    """'[ERROR] Type: message', 'Traceback (most recent call last):' and the
    frames, as one record: lines joined by \\r, indentation as no-break spaces,
    which is how awslambdaric writes an error to stdout."""
    description = "[ERROR]"
    if error_result.get("errorType"):
        description += " " + error_result["errorType"]
    if error_result.get("errorMessage"):
        if error_result.get("errorType"):
            description += ":"
        description += " " + error_result["errorMessage"]
    lines = [description]
    stack_trace = error_result.get("stackTrace")
    if stack_trace is not None:
        lines.append("Traceback (most recent call last):")
        for element in stack_trace:
            if element == "":
                lines.append("")
            for line in element.splitlines():
                stripped = line.lstrip(" ")
                lines.append("\u00a0" * (len(line) - len(stripped)) + stripped)
    sys.stdout.write("\r".join(lines) + "\n")


# --------------------------------------------------------------------------
# Loading the handler: "dir/module.function"


def get_handler(handler):
    try:
        modname, fname = handler.rsplit(".", 1)
    except ValueError as e:
        raise FaultException(FaultException.MALFORMED_HANDLER_NAME, "Bad handler '{}': {}".format(handler, str(e)))
    try:
        if modname.split(".")[0] in sys.builtin_module_names:
            raise FaultException(
                FaultException.BUILT_IN_MODULE_CONFLICT,
                "Cannot use built-in module {} as a handler module".format(modname),
            )
        module = importlib.import_module(modname.replace("/", "."))
    except ImportError as e:
        raise FaultException(
            FaultException.IMPORT_MODULE_ERROR, "Unable to import module '{}': {}".format(modname, str(e))
        )
    except SyntaxError as e:
        trace = ['  File "%s" Line %s\n    %s' % (e.filename, e.lineno, e.text)]
        raise FaultException(
            FaultException.USER_CODE_SYNTAX_ERROR, "Syntax error in module '{}': {}".format(modname, str(e)), trace
        )
    try:
        return getattr(module, fname)
    except AttributeError:
        raise FaultException(
            FaultException.HANDLER_NOT_FOUND, "Handler '{}' missing on module '{}'".format(fname, modname)
        )


# --------------------------------------------------------------------------
# The context object


class LambdaContext(object):
    def __init__(self, invoke_id, client_context, cognito_identity, epoch_deadline_time_in_ms,
                 invoked_function_arn=None, tenant_id=None):
        self.aws_request_id = invoke_id
        self.log_group_name = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
        self.log_stream_name = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME")
        self.function_name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME")
        # A string, as on Lambda: the runtime reads it from the environment.
        self.memory_limit_in_mb = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
        self.function_version = os.environ.get("AWS_LAMBDA_FUNCTION_VERSION")
        self.invoked_function_arn = invoked_function_arn
        self.tenant_id = tenant_id

        self.client_context = _from_dict(ClientContext, client_context)
        if self.client_context is not None:
            self.client_context.client = _from_dict(Client, self.client_context.client)

        self.identity = _from_dict(CognitoIdentity, {})
        if cognito_identity is not None:
            self.identity.cognito_identity_id = cognito_identity.get("cognitoIdentityId")
            self.identity.cognito_identity_pool_id = cognito_identity.get("cognitoIdentityPoolId")

        self._epoch_deadline_time_in_ms = epoch_deadline_time_in_ms

    def get_remaining_time_in_millis(self):
        delta_ms = self._epoch_deadline_time_in_ms - int(time.time() * 1000)
        return delta_ms if delta_ms > 0 else 0

    def log(self, msg):
        sys.stdout.write(str(msg))

    def __repr__(self):
        return (
            "%s([aws_request_id=%s,log_group_name=%s,log_stream_name=%s,function_name=%s,memory_limit_in_mb=%s,"
            "function_version=%s,invoked_function_arn=%s,client_context=%s,identity=%s,tenant_id=%s])"
            % (self.__class__.__name__, self.aws_request_id, self.log_group_name, self.log_stream_name,
               self.function_name, self.memory_limit_in_mb, self.function_version, self.invoked_function_arn,
               self.client_context, self.identity, self.tenant_id)
        )


class _Slots(object):
    __slots__ = []

    def __repr__(self):
        fields = ",".join("%s=%s" % (f, getattr(self, f)) for f in self.__slots__)
        return "%s([%s])" % (self.__class__.__name__, fields)


class CognitoIdentity(_Slots):
    __slots__ = ["cognito_identity_id", "cognito_identity_pool_id"]


class Client(_Slots):
    __slots__ = ["installation_id", "app_title", "app_version_name", "app_version_code", "app_package_name"]


class ClientContext(_Slots):
    __slots__ = ["custom", "env", "client"]


def _from_dict(cls, values):
    if values is None:
        return None
    obj = cls()
    for field in cls.__slots__:
        setattr(obj, field, values.get(field))
    return obj


def _parse_json_header(value, name):
    try:
        return json.loads(value)
    except Exception as e:
        raise FaultException(
            FaultException.LAMBDA_CONTEXT_UNMARSHAL_ERROR, "Unable to parse {} JSON: {}".format(name, str(e))
        )


# --------------------------------------------------------------------------
# Logging and output


class _Unbuffered(object):
    """Flushes every write, so that a line reaches the simulator when printed."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        return getattr(self.stream, attr)

    def write(self, msg):
        self.stream.write(msg)
        self.stream.flush()

    def writelines(self, msgs):
        self.stream.writelines(msgs)
        self.stream.flush()


class _RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.aws_request_id = _request_id or ""
        return True


class _LambdaLoggerHandler(logging.Handler):
    def emit(self, record):
        try:
            sys.stdout.write(self.format(record))
        except Exception:
            self.handleError(record)


def setup_logging():
    """The root logger writes '[LEVEL]\\t<time>Z\\t<requestId>\\t<message>'. Its
    level is left alone (WARNING) unless AWS_LAMBDA_LOG_LEVEL names one."""
    logging.Formatter.converter = time.gmtime
    handler = _LambdaLoggerHandler()
    handler.setFormatter(
        logging.Formatter(
            "[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s\n", "%Y-%m-%dT%H:%M:%S"
        )
    )
    handler.addFilter(_RequestIdFilter())
    root = logging.getLogger()
    level = os.environ.get("AWS_LAMBDA_LOG_LEVEL", "").upper()
    level = {"TRACE": "DEBUG"}.get(level, level)
    if level and isinstance(logging.getLevelName(level), int):
        root.setLevel(level)
    root.addHandler(handler)


# --------------------------------------------------------------------------
# The invocation loop


def handle_event_request(client, request_handler, inv):
    error_result = None
    try:
        client_context = None
        if inv["client_context"]:
            client_context = _parse_json_header(inv["client_context"], "Client Context")
        cognito_identity = None
        if inv["cognito_identity"]:
            cognito_identity = _parse_json_header(inv["cognito_identity"], "Cognito Identity")
        context = LambdaContext(inv["invoke_id"], client_context, cognito_identity, inv["deadline_time_in_ms"],
                                inv["invoked_function_arn"], inv["tenant_id"])
        event = unmarshal_request(inv["event_body"], inv["content_type"])
        response = request_handler(event, context)
        result, content_type = marshal_response(response)
    except FaultException as e:
        error_result = make_error(e.msg, e.exception_type, e.trace, inv["invoke_id"])
    except Exception:
        error_result = build_fault_result(sys.exc_info(), inv["invoke_id"])

    if error_result is not None:
        log_error(error_result)
        client.post_invocation_error(inv["invoke_id"], error_result)
    else:
        client.post_invocation_result(inv["invoke_id"], result, content_type)


def main():
    global _request_id
    sys.stdout = _Unbuffered(sys.stdout)
    sys.stderr = _Unbuffered(sys.stderr)

    # The function's code comes first on the path, as /var/task does on Lambda;
    # this file's own directory is not part of the function.
    task_root = os.environ.get("LAMBDA_TASK_ROOT") or os.getcwd()
    here = os.path.dirname(os.path.abspath(__file__))
    if sys.path and os.path.abspath(sys.path[0] or ".") == here:
        del sys.path[0]
    sys.path.insert(0, task_root)

    client = RuntimeClient(os.environ["AWS_LAMBDA_RUNTIME_API"])
    try:
        setup_logging()
        request_handler = get_handler(os.environ.get("_HANDLER", ""))
    except Exception as e:
        if isinstance(e, FaultException):
            error_result = make_error(e.msg, e.exception_type, e.trace)
        else:
            error_result = build_fault_result(sys.exc_info())
        logging.warning(UNHANDLED_EXCEPTION_WARNING)
        log_error(error_result)
        client.post_init_error(error_result)
        _exit(1)

    while True:
        inv = client.next_invocation()
        _request_id = inv["invoke_id"]
        if inv["x_amzn_trace_id"] is not None:
            os.environ["_X_AMZN_TRACE_ID"] = inv["x_amzn_trace_id"]
        else:
            os.environ.pop("_X_AMZN_TRACE_ID", None)
        handle_event_request(client, request_handler, inv)


if __name__ == "__main__":
    main()
