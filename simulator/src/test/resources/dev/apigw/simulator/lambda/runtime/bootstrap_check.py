#!/usr/bin/env python3
"""Checks the Node and Python Lambda bootstraps against a fake Runtime API.

    python3 bootstrap_check.py [--node-bootstrap PATH] [--python-bootstrap PATH]
                               [--node NODE] [--python PYTHON] [--only node|python]

Each scenario starts a fake Runtime API (http.server on 127.0.0.1:0) and one
bootstrap as a child process with the environment the simulator gives it,
against handler fixtures written to a temporary directory, and checks what the
child posts and prints. Standard library only. Exits 1 if any check fails;
children and temporary files are cleaned up in every case.
"""

import argparse
import http.client
import http.server
import json
import os
import queue
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.join(HERE, *[".."] * 7, "main", "resources", "dev", "apigw", "simulator", "lambda", "runtime")
SENTINEL = "\x1eAPIGW-END "
TIMEOUT = 10.0

FAILURES = []


def check(cond, what, detail=""):
    if cond:
        print("  ok    " + what)
    else:
        print("  FAIL  " + what + ("\n        " + str(detail) if detail != "" else ""))
        FAILURES.append(what)
    return cond


# --------------------------------------------------------------------------
# A fake Runtime API


class FakeRuntimeApi:
    """GET /next hands out the invocations queued with invoke(); POSTs are
    recorded. go_away() drops every connection and stops listening, as a
    simulator that has died would."""

    def __init__(self, chunked=False, close=False, silent_close=False, drop_polls_after=None):
        self.pending = queue.Queue()
        self.results = {}
        self.init_errors = []
        self.cond = threading.Condition()
        self.gone = threading.Event()
        self.child = None
        api = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out in separate writes; with Nagle's algorithm
            # each answer would wait ~40 ms for the client's delayed ACK.
            disable_nagle_algorithm = True

            def log_message(self, *args):
                pass

            def do_GET(self):
                if self.path != "/2018-06-01/runtime/invocation/next":
                    return self._reply(404, b'{"errorType":"NotFound"}')
                polled = time.monotonic()
                while True:  # long poll
                    if api.gone.is_set():
                        return self._drop()
                    if drop_polls_after is not None and time.monotonic() - polled > drop_polls_after:
                        return self._drop()  # as a server's idle timeout would
                    try:
                        inv = api.pending.get(timeout=0.02)
                        break
                    except queue.Empty:
                        pass
                self.send_response(200)
                for name, value in inv["headers"]:
                    self.send_header(name, value)
                if close:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                body = inv["body"]
                if chunked:
                    # two chunks, one with an extension, and a trailer
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    half = len(body) // 2
                    self.wfile.write(b"%x;ext=1\r\n%s\r\n%x\r\n%s\r\n0\r\nX-Trailer: yes\r\n\r\n"
                                     % (half, body[:half], len(body) - half, body[half:]))
                else:
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                record = {"body": body, "headers": {k.lower(): v for k, v in self.headers.items()}, "at": time.monotonic()}
                m = re.fullmatch(r"/2018-06-01/runtime/invocation/([^/]+)/(response|error)", self.path)
                with api.cond:
                    if m:
                        record["kind"] = m.group(2)
                        api.results.setdefault(m.group(1), []).append(record)
                    elif self.path == "/2018-06-01/runtime/init/error":
                        api.init_errors.append(record)
                    else:
                        return self._reply(404, b"{}")
                    api.cond.notify_all()
                self._reply(202, b'{"status":"OK"}')
                if silent_close:  # as a server dropping an idle kept-alive connection would
                    self.close_connection = True

            def _reply(self, status, body):
                self.send_response(status)
                if close:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _drop(self):
                self.close_connection = True
                try:
                    self.connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

        class Server(http.server.ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request, client_address):
                pass  # a child killed mid-request is expected here

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def queue(self, event, headers=(), deadline_in=3000, raw=None):
        rid = str(uuid.uuid4())
        body = raw if raw is not None else json.dumps(event).encode()
        base = [
            ("Content-Type", "application/json"),
            ("Lambda-Runtime-Aws-Request-Id", rid),
            ("Lambda-Runtime-Deadline-Ms", str(int(time.time() * 1000) + deadline_in)),
            ("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-1:123456789012:function:check-fn"),
            ("Lambda-Runtime-Trace-Id", "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1"),
        ]
        self.pending.put({"body": body, "headers": base + list(headers)})
        return rid

    def _wait(self, ready, timeout):
        """Waits until ready() holds, the timeout passes, or the child serving
        this API has been dead for a moment (so a broken bootstrap fails fast)."""
        end = time.monotonic() + timeout
        dead_since = None
        with self.cond:
            while not ready() and time.monotonic() < end:
                self.cond.wait(0.05)
                if self.child is not None and self.child.proc.poll() is not None:
                    dead_since = dead_since or time.monotonic()
                    if time.monotonic() - dead_since > 0.5:
                        break
            return ready()

    def wait_result(self, rid, timeout=TIMEOUT):
        self._wait(lambda: rid in self.results, timeout)
        with self.cond:
            return self.results.get(rid, [None])[0]

    def invoke(self, event, **kw):
        rid = self.queue(event, **kw)
        return rid, self.wait_result(rid)

    def wait_init_error(self, timeout=TIMEOUT):
        self._wait(lambda: bool(self.init_errors), timeout)
        with self.cond:
            return self.init_errors[0] if self.init_errors else None

    def go_away(self):
        self.server.shutdown()  # stop listening first, so that reconnecting is refused
        self.server.server_close()
        self.gone.set()

    def close(self):
        if not self.gone.is_set():
            self.go_away()


# --------------------------------------------------------------------------
# A bootstrap child


class Child:
    def __init__(self, argv, cwd, env):
        self.proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.lines = {"out": [], "err": []}
        self.closed = set()  # streams at end of file
        self.cond = threading.Condition()
        for name, stream in (("out", self.proc.stdout), ("err", self.proc.stderr)):
            threading.Thread(target=self._read, args=(name, stream), daemon=True).start()

    def _read(self, name, stream):
        for raw in iter(stream.readline, b""):
            with self.cond:
                self.lines[name].append(raw.decode("utf-8", "replace").rstrip("\n"))
                self.cond.notify_all()
        with self.cond:
            self.closed.add(name)
            self.cond.notify_all()

    def wait_line(self, name, predicate, timeout=TIMEOUT):
        """Index of the first line of stdout ('out') or stderr ('err') that
        satisfies predicate, or None."""
        def find():
            return next((i for i, line in enumerate(self.lines[name]) if predicate(line)), None)
        with self.cond:
            self.cond.wait_for(lambda: find() is not None or name in self.closed, timeout)
            return find()

    def sentinel(self, name, rid, timeout=TIMEOUT):
        return self.wait_line(name, lambda line: line == SENTINEL + rid, timeout)

    def count(self, name, predicate):
        with self.cond:
            return sum(1 for line in self.lines[name] if predicate(line))

    def wait_exit(self, timeout=TIMEOUT):
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            return None

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        self.proc.stdout.close()
        self.proc.stderr.close()

    def output(self):
        with self.cond:
            return "stdout:\n" + "\n".join(self.lines["out"]) + "\nstderr:\n" + "\n".join(self.lines["err"])


class Harness:
    def __init__(self, args, tmp):
        self.args = args
        self.tmp = tmp
        self.live = []

    def root(self, name, files):
        """A task root with the given files ({relative path: text})."""
        root = os.path.join(self.tmp, name)
        for rel, text in files.items():
            path = os.path.join(root, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write(text)
        os.makedirs(root, exist_ok=True)
        return root

    def start(self, runtime, root, handler, extra_env=None, **server):
        api = FakeRuntimeApi(**server)
        env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "SYSTEMROOT")}
        env.update({
            "AWS_LAMBDA_RUNTIME_API": "127.0.0.1:%d" % api.port,
            "_HANDLER": handler,
            "LAMBDA_TASK_ROOT": root,
            "AWS_LAMBDA_FUNCTION_NAME": "check-fn",
            "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "256",
            "AWS_LAMBDA_LOG_GROUP_NAME": "/aws/lambda/check-fn",
            "AWS_LAMBDA_LOG_STREAM_NAME": "2024/01/01/[$LATEST]0123456789abcdef",
            "AWS_REGION": "us-east-1",
            "AWS_DEFAULT_REGION": "us-east-1",
            "AWS_ACCESS_KEY_ID": "AKIAIOSFODNN7EXAMPLE",
            "AWS_SECRET_ACCESS_KEY": "test",
            "AWS_SESSION_TOKEN": "test",
            "MY_VAR": "my value",
        })
        env.update(extra_env or {})
        if runtime == "node":
            env["NODE_PATH"] = os.path.join(root, "layer", "nodejs", "node_modules")
            argv = [self.args.node, self.args.node_bootstrap_copy]
        else:
            env["PYTHONPATH"] = os.path.join(root, "layer", "python")
            argv = [self.args.python, self.args.python_bootstrap_copy]
        child = Child(argv, root, env)
        api.child = child
        self.live.append((api, child))
        return api, child

    def stop(self, api, child):
        child.kill()
        api.close()
        self.live.remove((api, child))

    def cleanup(self):
        for api, child in list(self.live):
            try:
                self.stop(api, child)
            except Exception:
                pass


def body_json(result):
    try:
        return json.loads(result["body"])
    except Exception:
        return None


LOG_LINE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\t(?P<rid>[^\t]*)\t(?P<level>[A-Z]+)\t(?P<msg>.*)$")
PY_LOG_LINE = re.compile(r"^\[(?P<level>[A-Z]+)\]\t\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\t(?P<rid>[^\t]*)\t(?P<msg>.*)$")


# --------------------------------------------------------------------------
# Node


NODE_APP = r"""
console.log('loading app');
console.debug('debug at load');
let count = 0;
exports.handler = async (event, context) => {
  count++;
  console.log('hello from node', event.n);
  console.warn('careful');
  console.error('line one\nline two');
  process.stderr.write('to stderr ' + context.awsRequestId + '\n');
  await new Promise((resolve) => setTimeout(resolve, 20));
  return {
    count,
    event,
    functionName: context.functionName,
    functionVersion: context.functionVersion,
    memoryLimitInMB: context.memoryLimitInMB,
    awsRequestId: context.awsRequestId,
    invokedFunctionArn: context.invokedFunctionArn,
    logGroupName: context.logGroupName,
    logStreamName: context.logStreamName,
    identity: context.identity === undefined ? 'undefined' : context.identity,
    clientContext: context.clientContext === undefined ? 'undefined' : context.clientContext,
    remaining: context.getRemainingTimeInMillis(),
    waits: context.callbackWaitsForEmptyEventLoop,
    hasLegacy: [typeof context.done, typeof context.succeed, typeof context.fail],
    myVar: process.env.MY_VAR,
    region: process.env.AWS_REGION,
    traceId: process.env._X_AMZN_TRACE_ID,
  };
};
exports.plain = (event) => ({ plain: event.n });
exports.size = async (event) => ({ size: event.s.length, n: event.n });
exports.nothing = async () => undefined;
exports.fail = async (event) => {
  if (event.kind === 'type') throw new TypeError('bad thing');
  if (event.kind === 'string') throw 'oops';
  if (event.kind === 'circular') { const o = {}; o.self = o; return o; }
  return { count: ++count };
};
exports.floating = async () => {
  Promise.reject(new Error('floating'));
  await new Promise((resolve) => setTimeout(resolve, 50));
  return 'not reached';
};
"""

NODE_CALLBACK = r"""
exports.handler = function (event, context, callback) {
  console.log('callback mode', event.mode);
  if (event.mode === 'twice') {
    setTimeout(() => { callback(null, { first: true }); callback(null, { second: true }); }, 5);
  } else if (event.mode === 'wait') {
    setTimeout(() => {}, 300);
    callback(null, 'waited');
  } else if (event.mode === 'nowait') {
    context.callbackWaitsForEmptyEventLoop = false;
    setTimeout(() => {}, 300);
    callback(null, 'did not wait');
  } else if (event.mode === 'error') {
    callback(new Error('cb failed'));
  } else if (event.mode === 'string') {
    callback('plain string error');
  } else if (event.mode === 'succeed') {
    setTimeout(() => context.succeed({ legacy: true }), 5);
  } else if (event.mode === 'boom') {
    setTimeout(() => { throw new Error('async boom'); }, 5);
  }
};
"""


def node_checks(h):
    print("\nNode bootstrap")
    app = h.root("node-app", {"app.js": NODE_APP, "cb.js": NODE_CALLBACK,
                              "bad.js": "exports.handler = async () => { return }}\n",
                              "boom.js": "throw new RangeError('init boom');\n",
                              "src/handlers/nested.js": "exports.deep = { fn: async (e) => ({ nested: e.n }) };\n"})

    # async CommonJS handler: context, env, state, logs, sentinel
    api, child = h.start("node", app, "app.handler")
    rid1, r1 = api.invoke({"n": 1}, deadline_in=3000)
    b1 = body_json(r1) if r1 else None
    if check(r1 is not None and r1["kind"] == "response", "node: async handler answers", child.output()):
        check(b1["count"] == 1 and b1["event"] == {"n": 1}, "node: event reaches the handler", b1)
        check(b1["functionName"] == "check-fn" and b1["functionVersion"] == "$LATEST", "node: context function name/version", b1)
        check(b1["memoryLimitInMB"] == "256", "node: memoryLimitInMB is the string '256'", b1)
        check(b1["awsRequestId"] == rid1, "node: awsRequestId is the request id", b1)
        check(b1["invokedFunctionArn"].endswith(":function:check-fn"), "node: invokedFunctionArn", b1)
        check(b1["logGroupName"] == "/aws/lambda/check-fn" and b1["logStreamName"].startswith("2024/01/01/"), "node: log group/stream", b1)
        check(0 < b1["remaining"] <= 3000, "node: remaining time positive", b1["remaining"])
        check(b1["waits"] is True and b1["hasLegacy"] == ["function"] * 3, "node: callbackWaitsForEmptyEventLoop and done/succeed/fail", b1)
        check(b1["identity"] == "undefined" and b1["clientContext"] == "undefined", "node: identity/clientContext undefined without headers", b1)
        check(b1["myVar"] == "my value" and b1["region"] == "us-east-1", "node: environment passes through", b1)
        check(b1["traceId"].startswith("Root=1-5759e988"), "node: _X_AMZN_TRACE_ID set from the trace header", b1)
        check(r1["headers"].get("content-type") == "application/json", "node: response posted as application/json", r1["headers"])
    time.sleep(0.05)
    rid2, r2 = api.invoke({"n": 2}, deadline_in=1000, headers=[
        ("Lambda-Runtime-Cognito-Identity", json.dumps({"cognitoIdentityId": "id-1", "cognitoIdentityPoolId": "pool-1"})),
        ("Lambda-Runtime-Client-Context", json.dumps({"custom": {"k": "v"}, "env": {}, "client": {}})),
    ])
    b2 = body_json(r2) if r2 else None
    if check(b2 is not None, "node: second invocation answers", child.output()):
        check(b2["count"] == 2, "node: module state is kept between invocations", b2)
        check(b2["awsRequestId"] == rid2, "node: second request id", b2)
        check(0 < b2["remaining"] < b1["remaining"], "node: remaining time follows the deadline", (b1["remaining"], b2["remaining"]))
        check(b2["identity"] == {"cognitoIdentityId": "id-1", "cognitoIdentityPoolId": "pool-1"}, "node: identity from the header", b2)
        check(b2["clientContext"]["custom"] == {"k": "v"}, "node: clientContext from the header", b2)
    for rid in (rid1, rid2):
        out_end = child.sentinel("out", rid)
        err_end = child.sentinel("err", rid)
        check(out_end is not None and err_end is not None, "node: sentinel on stdout and stderr for " + rid[:8], child.output())
        own = child.wait_line("out", lambda l: LOG_LINE.match(l) and rid in l and "hello from node" in l, 0)
        check(own is not None and own < out_end, "node: handler's stdout line comes before the sentinel", child.output())
        own_err = child.wait_line("err", lambda l: l == "to stderr " + rid, 0)
        check(own_err is not None and own_err < err_end, "node: handler's stderr line comes before the sentinel", child.output())
        check(child.count("out", lambda l: l == SENTINEL + rid) == 1 and child.count("err", lambda l: l == SENTINEL + rid) == 1,
              "node: one sentinel per stream")
    info = child.wait_line("out", lambda l: "hello from node 1" in l, 0)
    m = LOG_LINE.match(child.lines["out"][info]) if info is not None else None
    check(m and m["rid"] == rid1 and m["level"] == "INFO" and m["msg"] == "hello from node 1", "node: console.log is '<time>\\t<id>\\tINFO\\t<msg>'",
          child.lines["out"][info] if info is not None else child.output())
    check(child.wait_line("out", lambda l: l.endswith("\tWARN\tcareful"), 0) is not None, "node: console.warn is WARN")
    check(child.wait_line("out", lambda l: LOG_LINE.match(l) and l.endswith("\tundefined\tINFO\tloading app"), 0) is not None,
          "node: outside an invocation the request id is undefined")
    check(child.wait_line("out", lambda l: l.endswith("\tDEBUG\tdebug at load"), 0) is not None, "node: console.debug is DEBUG")
    check(child.wait_line("out", lambda l: l.endswith("\tERROR\tline one\rline two"), 0) is not None,
          "node: console.error is ERROR, a record's newlines as \\r", child.output())
    stray = [l for l in child.lines["out"] if not (LOG_LINE.match(l) or l.startswith(SENTINEL))]
    check(not stray, "node: nothing but log lines and sentinels on stdout", stray)
    time.sleep(1.2)  # a poll that has waited a while is made again once before the runtime gives up
    api.go_away()
    code = child.wait_exit(5)
    check(code == 0, "node: exits with 0 by itself when the Runtime API goes away", code)
    h.stop(api, child)

    # per-invocation overhead
    api, child = h.start("node", app, "app.plain")
    overhead(api, child, "node")
    h.stop(api, child)

    framing_checks(h, "node", app, "app.size")
    dropped_poll_checks(h, "node", app, "app.size")

    # handler errors
    api, child = h.start("node", app, "app.fail")
    rid, r = api.invoke({"kind": "type"})
    b = body_json(r) if r else None
    if check(r is not None and r["kind"] == "error", "node: a thrown error is posted to /error", child.output()):
        check(set(b) == {"errorType", "errorMessage", "trace"} and b["errorType"] == "TypeError" and b["errorMessage"] == "bad thing",
              "node: error body {errorType, errorMessage, trace}", b)
        check(isinstance(b["trace"], list) and b["trace"][0] == "TypeError: bad thing" and any("app.js" in t for t in b["trace"]),
              "node: trace is the stack's lines", b["trace"])
        check(r["headers"].get("lambda-runtime-function-error-type") == "TypeError", "node: error type header", r["headers"])
        line = child.wait_line("out", lambda l: rid in l and "\tERROR\tInvoke Error \t{" in l)
        if check(line is not None, "node: 'Invoke Error' logged", child.output()):
            logged = json.loads(child.lines["out"][line].split("Invoke Error \t", 1)[1])
            check(logged["errorType"] == "TypeError" and logged["stack"][0] == "TypeError: bad thing", "node: logged error has errorType and stack", logged)
    rid, r = api.invoke({"kind": "string"})
    check(r and body_json(r) == {"errorType": "string", "errorMessage": "oops", "trace": []}, "node: a thrown string gives {errorType: 'string'}", r and r["body"])
    rid, r = api.invoke({"kind": "circular"})
    check(r and r["kind"] == "error" and body_json(r)["errorMessage"] == "Unable to stringify response body", "node: an unserialisable result is an error", r and r["body"])
    rid, r = api.invoke({})
    check(r and r["kind"] == "response" and body_json(r) == {"count": 1}, "node: the instance lives on after handled errors", r and r["body"])
    h.stop(api, child)

    # plain values and undefined
    api, child = h.start("node", app, "app.nothing")
    rid, r = api.invoke({})
    check(r and r["kind"] == "response" and r["body"] == b"null", "node: undefined result is null", r and r["body"])
    h.stop(api, child)

    # unhandled rejection during an invocation
    api, child = h.start("node", app, "app.floating")
    rid, r = api.invoke({})
    b = body_json(r) if r else None
    check(r and r["kind"] == "error" and b["errorType"] == "Runtime.UnhandledPromiseRejection" and b["errorMessage"] == "Error: floating",
          "node: unhandled rejection fails the invocation as Runtime.UnhandledPromiseRejection", r and r["body"])
    check(child.wait_line("out", lambda l: "\tERROR\tUnhandled Promise Rejection \t{" in l) is not None, "node: 'Unhandled Promise Rejection' logged", child.output())
    check(child.sentinel("out", rid) is not None, "node: sentinel before the fatal error")
    code = child.wait_exit(5)
    check(code == 128, "node: then exits (128, as Lambda's runtime)", code)
    h.stop(api, child)

    # callback-style handler
    api, child = h.start("node", app, "cb.handler")
    rid, r = api.invoke({"mode": "twice"})
    check(r and body_json(r) == {"first": True}, "node: callback: the first call wins", r and r["body"])
    time.sleep(0.1)
    check(len(api.results.get(rid, [])) == 1, "node: callback: only one post", api.results.get(rid))
    t0 = time.monotonic()
    rid, r = api.invoke({"mode": "wait"})
    waited = time.monotonic() - t0
    check(r and body_json(r) == "waited" and waited >= 0.25, "node: callback waits for the empty event loop", (r and r["body"], waited))
    t0 = time.monotonic()
    rid, r = api.invoke({"mode": "nowait"})
    waited = time.monotonic() - t0
    check(r and body_json(r) == "did not wait" and waited < 0.25, "node: callbackWaitsForEmptyEventLoop = false answers at once", (r and r["body"], waited))
    rid, r = api.invoke({"mode": "error"})
    check(r and r["kind"] == "error" and body_json(r)["errorMessage"] == "cb failed", "node: callback(err) is an error", r and r["body"])
    rid, r = api.invoke({"mode": "string"})
    check(r and body_json(r) == {"errorType": "string", "errorMessage": "plain string error", "trace": []}, "node: callback('text') error shape", r and r["body"])
    rid, r = api.invoke({"mode": "succeed"})
    check(r and body_json(r) == {"legacy": True}, "node: context.succeed", r and r["body"])
    rid, r = api.invoke({"mode": "none"})
    check(r and r["kind"] == "response" and r["body"] == b"null", "node: callback never called answers null when the loop drains", r and r["body"])
    rid, r = api.invoke({"mode": "boom"})
    b = body_json(r) if r else None
    check(r and r["kind"] == "error" and b["errorType"] == "Error" and b["errorMessage"] == "async boom", "node: uncaught exception fails the invocation", r and r["body"])
    check(child.wait_line("out", lambda l: "\tERROR\tUncaught Exception \t{" in l) is not None, "node: 'Uncaught Exception' logged")
    code = child.wait_exit(5)
    check(code == 129, "node: then exits (129, as Lambda's runtime)", code)
    h.stop(api, child)

    # module kinds and places
    esm = h.root("node-esm", {"index.mjs": "export const handler = async (e) => ({ esm: 'mjs', url: import.meta.url.startsWith('file:') });\n"})
    esm_pkg = h.root("node-esm-pkg", {
        "package.json": '{"type": "module"}',
        "app.js": "export async function handler(e) { return { esm: 'js', url: import.meta.url.startsWith('file:') }; }\n",
        "lib.cjs": "module.exports.handler = async () => ({ cjs: typeof require === 'function' && typeof module === 'object' });\n",
    })
    for root, handler, expected, what in (
        (esm, "index.handler", {"esm": "mjs", "url": True}, "node: .mjs handler via import()"),
        (esm_pkg, "app.handler", {"esm": "js", "url": True}, "node: .js under \"type\": \"module\" via import()"),
        (esm_pkg, "lib.handler", {"cjs": True}, "node: .cjs handler via require"),
        (app, "src/handlers/nested.deep.fn", {"nested": 7}, "node: handler in a sub-directory with a nested path"),
    ):
        api, child = h.start("node", root, handler)
        rid, r = api.invoke({"n": 7})
        check(r and r["kind"] == "response" and body_json(r) == expected, what, (r and r["body"], child.output()))
        h.stop(api, child)

    # init errors
    for handler, etype, message, what in (
        ("missing.handler", "Runtime.ImportModuleError", lambda m: m.startswith("Error: Cannot find module 'missing'\nRequire stack:\n- "), "missing module"),
        ("app.nope", "Runtime.HandlerNotFound", lambda m: m == "app.nope is undefined or not exported", "missing handler"),
        ("bad.handler", "Runtime.UserCodeSyntaxError", lambda m: m.startswith("SyntaxError: Unexpected token"), "syntax error"),
        ("app", "Runtime.MalformedHandlerName", lambda m: m == "Bad handler", "malformed handler name"),
        ("boom.handler", "RangeError", lambda m: m == "init boom", "error thrown at module load"),
    ):
        init_error_checks(h, "node", app, handler, etype, message, what, "trace", 129, "Uncaught Exception")


def init_error_checks(h, runtime, root, handler, etype, message, what, trace_key, exit_code, log_marker):
    api, child = h.start(runtime, root, handler)
    r = api.wait_init_error()
    b = body_json(r) if r else None
    ok = check(b is not None and b.get("errorType") == etype and message(b.get("errorMessage", "")),
               "%s: init error, %s: %s" % (runtime, what, etype), (b, child.output()))
    if ok:
        check(r["headers"].get("lambda-runtime-function-error-type") == etype, "%s: init error type header" % runtime, r["headers"])
        check(isinstance(b.get(trace_key), list), "%s: init error has a %s list" % (runtime, trace_key), b)
        check(child.wait_line("out", lambda l: log_marker in l and etype in l) is not None, "%s: init error logged" % runtime, child.output())
    code = child.wait_exit(5)
    check(code == exit_code, "%s: exits with %s after an init error" % (runtime, exit_code), code)
    h.stop(api, child)


def cpu_seconds(pid):
    """User + system CPU time of a process (Linux), or None."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def framing_checks(h, runtime, root, handler):
    """Large events, chunked answers and a server that closes every
    connection: the client keeps working."""
    big = "x" * (3 * 1024 * 1024)
    for server, what in (({}, "Content-Length"), ({"chunked": True}, "chunked"), ({"close": True}, "Connection: close"),
                         ({"silent_close": True}, "keep-alive, then closing the connection unannounced")):
        api, child = h.start(runtime, root, handler, **server)
        answers = [api.invoke({"s": big if i == 1 else "abc", "n": i})[1] for i in range(3)]
        expected = [{"size": len(big) if i == 1 else 3, "n": i} for i in range(3)]
        check([body_json(a) if a else None for a in answers] == expected, "%s: events through a server using %s" % (runtime, what),
              child.output()[-2000:])
        h.stop(api, child)


def dropped_poll_checks(h, runtime, root, handler):
    api, child = h.start(runtime, root, handler, drop_polls_after=1.2)
    time.sleep(3.0)
    rid, r = api.invoke({"s": "abc", "n": 1})
    check(r and body_json(r) == {"size": 3, "n": 1}, "%s: a long poll the server drops after a while is made again" % runtime,
          (child.proc.poll(), child.output()[-2000:]))
    h.stop(api, child)


def overhead(api, child, runtime, n=200):
    for i in range(20):
        if api.invoke({"n": 0})[1] is None:  # warm up
            break
    cpu0 = cpu_seconds(child.proc.pid)
    start = time.perf_counter()
    ok = 0
    for i in range(n):
        rid, r = api.invoke({"n": i})
        if r is None or r["kind"] != "response":
            break
        ok += 1
    elapsed = time.perf_counter() - start
    cpu1 = cpu_seconds(child.proc.pid)
    avg_ms = elapsed / n * 1000
    cpu = "" if cpu0 is None or cpu1 is None else ", bootstrap CPU %.3f ms each" % ((cpu1 - cpu0) / n * 1000)
    print("  ..    %s: %d sequential invocations, %.3f ms each end to end (fake Runtime API included)%s" % (runtime, n, avg_ms, cpu))
    check(ok == n and avg_ms < 20, "%s: %d invocations answered, each well under the 20 ms bound" % (runtime, n), avg_ms)


def baseline(n=200):
    """The same two requests per invocation made by an in-process client: what
    the fake Runtime API and this harness cost by themselves."""
    api = FakeRuntimeApi()
    stop = threading.Event()

    def runtime():
        conn = http.client.HTTPConnection("127.0.0.1", api.port)
        while not stop.is_set():
            try:
                conn.request("GET", "/2018-06-01/runtime/invocation/next")
                resp = conn.getresponse()
                resp.read()
            except (OSError, http.client.HTTPException):
                return
            rid = resp.headers["Lambda-Runtime-Aws-Request-Id"]
            conn.request("POST", "/2018-06-01/runtime/invocation/%s/response" % rid, b"{}", {"Content-Type": "application/json"})
            conn.getresponse().read()

    threading.Thread(target=runtime, daemon=True).start()
    api.invoke({})
    start = time.perf_counter()
    for i in range(n):
        api.invoke({"n": i})
    avg_ms = (time.perf_counter() - start) / n * 1000
    stop.set()
    api.close()
    print("  ..    baseline: %.3f ms per invocation for the fake Runtime API and an in-process client alone" % avg_ms)


# --------------------------------------------------------------------------
# Python


PY_APP = r'''
import decimal
import logging
import os
import sys

logger = logging.getLogger()
logger.warning("loading app")
count = 0


def lambda_handler(event, context):
    global count
    count += 1
    print("hello from python", event.get("n"))
    logger.warning("careful %s", "now")
    logger.info("not shown at the default level")
    print("to stderr " + context.aws_request_id, file=sys.stderr)
    return {
        "count": count,
        "event": event,
        "function_name": context.function_name,
        "function_version": context.function_version,
        "memory_limit_in_mb": context.memory_limit_in_mb,
        "aws_request_id": context.aws_request_id,
        "invoked_function_arn": context.invoked_function_arn,
        "log_group_name": context.log_group_name,
        "log_stream_name": context.log_stream_name,
        "identity": [context.identity.cognito_identity_id, context.identity.cognito_identity_pool_id],
        "client_context": None if context.client_context is None else context.client_context.custom,
        "remaining": context.get_remaining_time_in_millis(),
        "my_var": os.environ.get("MY_VAR"),
        "trace_id": os.environ.get("_X_AMZN_TRACE_ID"),
        "first_path": sys.path[0],
        "price": decimal.Decimal("1.10"),
    }


def plain(event, context):
    return {"plain": event.get("n")}


def size(event, context):
    return {"size": len(event["s"]), "n": event["n"]}


def fail(event, context):
    global count
    if event.get("kind") == "value":
        raise ValueError("bad value")
    if event.get("kind") == "marshal":
        return object()
    count += 1
    return {"count": count}


def debug(event, context):
    logging.debug("debug line")
    return None
'''


def python_checks(h):
    print("\nPython bootstrap")
    app = h.root("py-app", {
        "app.py": PY_APP,
        "bad.py": "def handler(event, context):\n    return 1\nx = = 2\n",
        "boom.py": "raise RuntimeError('init boom')\n",
        "pkg/mod.py": "def fn(event, context):\n    return {'nested': event['n']}\n",
        "layer/python/layered.py": "VALUE = 'from layer'\n",
        "uses_layer.py": "import layered\ndef handler(event, context):\n    return layered.VALUE\n",
    })

    api, child = h.start("python", app, "app.lambda_handler")
    rid1, r1 = api.invoke({"n": 1}, deadline_in=3000)
    b1 = body_json(r1) if r1 else None
    if check(r1 is not None and r1["kind"] == "response", "python: handler answers", child.output()):
        check(b1["count"] == 1 and b1["event"] == {"n": 1}, "python: event reaches the handler", b1)
        check(b1["function_name"] == "check-fn" and b1["function_version"] == "$LATEST", "python: context function name/version", b1)
        check(b1["memory_limit_in_mb"] == "256", "python: memory_limit_in_mb is '256' (a string, as awslambdaric gives it)", b1)
        check(b1["aws_request_id"] == rid1, "python: aws_request_id is the request id", b1)
        check(b1["invoked_function_arn"].endswith(":function:check-fn"), "python: invoked_function_arn", b1)
        check(b1["log_group_name"] == "/aws/lambda/check-fn", "python: log group", b1)
        check(0 < b1["remaining"] <= 3000, "python: remaining time positive", b1["remaining"])
        check(b1["identity"] == [None, None] and b1["client_context"] is None, "python: identity empty, client_context None without headers", b1)
        check(b1["my_var"] == "my value", "python: environment passes through", b1)
        check(b1["trace_id"].startswith("Root=1-5759e988"), "python: _X_AMZN_TRACE_ID set from the trace header", b1)
        check(b1["first_path"] == app, "python: LAMBDA_TASK_ROOT first on sys.path", b1["first_path"])
        check(b'"price": 1.10' in r1["body"], "python: Decimal written with its own digits", r1["body"])
    time.sleep(0.05)
    rid2, r2 = api.invoke({"n": 2}, deadline_in=1000, headers=[
        ("Lambda-Runtime-Cognito-Identity", json.dumps({"cognitoIdentityId": "id-1", "cognitoIdentityPoolId": "pool-1"})),
        ("Lambda-Runtime-Client-Context", json.dumps({"custom": {"k": "v"}, "env": {}, "client": {}})),
    ])
    b2 = body_json(r2) if r2 else None
    if check(b2 is not None, "python: second invocation answers", child.output()):
        check(b2["count"] == 2, "python: module state is kept between invocations", b2)
        check(0 < b2["remaining"] < b1["remaining"], "python: remaining time follows the deadline", (b1["remaining"], b2["remaining"]))
        check(b2["identity"] == ["id-1", "pool-1"] and b2["client_context"] == {"k": "v"}, "python: identity and client_context from headers", b2)
    for rid in (rid1, rid2):
        out_end = child.sentinel("out", rid)
        err_end = child.sentinel("err", rid)
        check(out_end is not None and err_end is not None, "python: sentinel on stdout and stderr for " + rid[:8], child.output())
        own = child.wait_line("out", lambda l: l.startswith("[WARNING]") and rid in l, 0)
        check(own is not None and own < out_end, "python: handler's log line comes before the sentinel", child.output())
        own_err = child.wait_line("err", lambda l: l == "to stderr " + rid, 0)
        check(own_err is not None and own_err < err_end, "python: handler's stderr line comes before the sentinel", child.output())
        check(child.count("out", lambda l: l == SENTINEL + rid) == 1 and child.count("err", lambda l: l == SENTINEL + rid) == 1,
              "python: one sentinel per stream")
    line = child.wait_line("out", lambda l: l.startswith("[WARNING]") and rid1 in l, 0)
    m = PY_LOG_LINE.match(child.lines["out"][line]) if line is not None else None
    check(m and m["rid"] == rid1 and m["msg"] == "careful now", "python: logging is '[LEVEL]\\t<time>Z\\t<id>\\t<msg>'",
          child.lines["out"][line] if line is not None else child.output())
    check(child.wait_line("out", lambda l: l == "hello from python 1", 0) is not None, "python: print() stays plain")
    check(child.wait_line("out", lambda l: l.startswith("[WARNING]\t") and l.endswith("Z\t\tloading app"), 0) is not None,
          "python: outside an invocation the request id is empty")
    check(child.count("out", lambda l: "not shown" in l) == 0, "python: root logger level left at WARNING")
    time.sleep(1.2)
    api.go_away()
    code = child.wait_exit(5)
    check(code == 0, "python: exits with 0 by itself when the Runtime API goes away", code)
    h.stop(api, child)

    api, child = h.start("python", app, "app.plain")
    overhead(api, child, "python")
    h.stop(api, child)

    framing_checks(h, "python", app, "app.size")
    dropped_poll_checks(h, "python", app, "app.size")

    api, child = h.start("python", app, "app.fail")
    rid, r = api.invoke({"kind": "value"})
    b = body_json(r) if r else None
    if check(r is not None and r["kind"] == "error", "python: a raised exception is posted to /error", child.output()):
        check(set(b) == {"errorMessage", "errorType", "requestId", "stackTrace"} and b["errorType"] == "ValueError"
              and b["errorMessage"] == "bad value" and b["requestId"] == rid, "python: error body {errorMessage, errorType, requestId, stackTrace}", b)
        check(len(b["stackTrace"]) == 1 and b["stackTrace"][0].startswith('  File "%s' % os.path.join(app, "app.py"))
              and 'raise ValueError("bad value")' in b["stackTrace"][0], "python: stackTrace holds the function's frames only", b["stackTrace"])
        check(r["headers"].get("lambda-runtime-function-error-type") == "ValueError", "python: error type header", r["headers"])
        line = child.wait_line("out", lambda l: l.startswith("[ERROR] ValueError: bad value\rTraceback (most recent call last):\r\u00a0\u00a0File "))
        check(line is not None, "python: error logged as '[ERROR] ValueError: bad value' + traceback", child.output())
    rid, r = api.invoke({"kind": "marshal"})
    b = body_json(r) if r else None
    check(b and b["errorType"] == "Runtime.MarshalError" and b["errorMessage"] == "Unable to marshal response: Object of type object is not JSON serializable",
          "python: unserialisable result is Runtime.MarshalError", b)
    rid, r = api.invoke({})
    check(r and body_json(r) == {"count": 1}, "python: the instance lives on after errors", r and r["body"])
    h.stop(api, child)

    api, child = h.start("python", app, "app.debug", {"AWS_LAMBDA_LOG_LEVEL": "DEBUG"})
    rid, r = api.invoke({})
    check(r and r["body"] == b"null", "python: None result is null", r and r["body"])
    check(child.wait_line("out", lambda l: l.startswith("[DEBUG]\t") and l.endswith("\t" + rid + "\tdebug line")) is not None,
          "python: AWS_LAMBDA_LOG_LEVEL=DEBUG sets the root level", child.output())
    h.stop(api, child)

    for handler, expected, what in (("pkg/mod.fn", {"nested": 7}, "python: handler in a sub-directory"),
                                    ("uses_layer.handler", "from layer", "python: PYTHONPATH (layers) honoured")):
        api, child = h.start("python", app, handler)
        rid, r = api.invoke({"n": 7})
        check(r and body_json(r) == expected, what, (r and r["body"], child.output()))
        h.stop(api, child)

    for handler, etype, message, what in (
        ("missing.handler", "Runtime.ImportModuleError", lambda m: m == "Unable to import module 'missing': No module named 'missing'", "missing module"),
        ("app.nope", "Runtime.HandlerNotFound", lambda m: m == "Handler 'nope' missing on module 'app'", "missing handler"),
        ("bad.handler", "Runtime.UserCodeSyntaxError", lambda m: m.startswith("Syntax error in module 'bad': ") and "(bad.py, line 3)" in m, "syntax error"),
        ("app", "Runtime.MalformedHandlerName", lambda m: m == "Bad handler 'app': not enough values to unpack (expected 2, got 1)", "malformed handler name"),
        ("boom.handler", "RuntimeError", lambda m: m == "init boom", "error raised at import"),
    ):
        init_error_checks(h, "python", app, handler, etype, message, what, "stackTrace", 1, "[ERROR] ")


# --------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--node-bootstrap", default=os.path.join(MAIN, "node", "bootstrap.mjs"))
    parser.add_argument("--python-bootstrap", default=os.path.join(MAIN, "python", "bootstrap.py"))
    parser.add_argument("--node", default=shutil.which("node") or "node")
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--only", choices=("node", "python"))
    args = parser.parse_args()

    tmp = tempfile.mkdtemp(prefix="apigw-bootstrap-check-")
    h = Harness(args, tmp)
    try:
        # The simulator runs a copy from a temporary directory; so do we.
        for name, src in (("node", args.node_bootstrap), ("python", args.python_bootstrap)):
            os.makedirs(os.path.join(tmp, "runtime-" + name))
            dst = os.path.join(tmp, "runtime-" + name, os.path.basename(src))
            shutil.copyfile(src, dst)
            setattr(args, name + "_bootstrap_copy", dst)
        print("fake Runtime API")
        baseline()
        if args.only in (None, "node"):
            node_checks(h)
        if args.only in (None, "python"):
            python_checks(h)
    finally:
        h.cleanup()
        shutil.rmtree(tmp, ignore_errors=True)

    print()
    if FAILURES:
        print("%d check(s) failed:" % len(FAILURES))
        for f in FAILURES:
            print("  - " + f)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
