// Lambda Node.js runtime for apigw's local functions.
//
// The simulator starts `node bootstrap.mjs` in LAMBDA_TASK_ROOT with the
// environment Lambda gives a function, and serves the Lambda Runtime API
// (/2018-06-01/runtime/...) at AWS_LAMBDA_RUNTIME_API. This file plays the part
// of Lambda's own Node runtime (aws-lambda-nodejs-runtime-interface-client, as
// in nodejs18.x–22.x) with the standard library only: it loads the handler
// once, then loops on GET /invocation/next, and reports results, errors and
// logs in the shapes that runtime uses, so that what a function shows locally
// is what it would show on AWS.
//
// One addition of ours: right before each response or error is posted, the
// line "\x1eAPIGW-END <requestId>" is written to stdout and to stderr, so the
// simulator knows that every log line of that invocation has arrived.

import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import util from 'node:util';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

// ---------------------------------------------------------------------------
// Runtime API client

const ADDRESS = process.env.AWS_LAMBDA_RUNTIME_API ?? '';
const HOST = ADDRESS.slice(0, ADDRESS.lastIndexOf(':')).replace(/^\[(.*)\]$/, '$1'); // [::1] → ::1
const PORT = Number(ADDRESS.slice(ADDRESS.lastIndexOf(':') + 1));
const BASE = '/2018-06-01/runtime';

// One HTTP/1.1 connection, kept alive for the life of the process (the
// runtime never has two requests under way). It is written on `net` rather
// than `http`: node's http client costs 0.2–0.5 ms of CPU per request, more
// than the rest of an invocation. While no request is under way the socket is
// unref'd, so that it does not keep the event loop alive; the
// callbackWaitsForEmptyEventLoop logic below relies on that.
class RuntimeConnection {
  #socket = null;
  #exchanges = 0; // requests answered on #socket
  #pending = null; // { socket, resolve, reject, response }

  async request(method, urlPath, body, headers) {
    const reused = this.#socket !== null && this.#exchanges > 0;
    try {
      return await this.#send(method, urlPath, body, headers);
    } catch (err) {
      // A kept-alive socket that the server closed while it sat idle fails on
      // its first use; that is not the simulator being gone, so try once more
      // on a fresh connection before concluding it is.
      if (!reused) throw err;
      return this.#send(method, urlPath, body, headers);
    }
  }

  #send(method, urlPath, body = '', headers = {}) {
    return new Promise((resolve, reject) => {
      const socket = this.#socket ?? this.#connect();
      socket.ref();
      const payload = Buffer.from(body);
      let head = `${method} ${urlPath} HTTP/1.1\r\nHost: ${ADDRESS}\r\n`;
      for (const [name, value] of Object.entries(headers)) head += `${name}: ${value}\r\n`;
      if (method !== 'GET') head += `Content-Length: ${payload.length}\r\n`;
      this.#pending = { socket, resolve, reject, response: new ResponseParser() };
      socket.write(Buffer.concat([Buffer.from(head + '\r\n', 'latin1'), payload]));
    });
  }

  #connect() {
    const socket = net.connect({ host: HOST, port: PORT });
    socket.setNoDelay(true);
    this.#socket = socket;
    this.#exchanges = 0;
    let failure = null;
    // A socket only ever answers the request that was written to it: a closed
    // socket's late events must not touch the next request's.
    const mine = () => (this.#pending?.socket === socket ? this.#pending : null);
    socket.on('data', (chunk) => {
      const pending = mine();
      if (!pending) return socket.destroy(); // nothing was asked
      try {
        if (!pending.response.push(chunk)) return;
      } catch (err) {
        return socket.destroy(err);
      }
      this.#settle(pending.response.keepAlive ? null : socket);
    });
    socket.on('error', (err) => (failure = err));
    socket.on('close', () => {
      if (this.#socket === socket) this.#socket = null;
      const pending = mine();
      if (!pending) return;
      if (pending.response.endsAtClose()) return this.#settle(null);
      this.#pending = null;
      pending.reject(failure ?? Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    });
    return socket;
  }

  // Hands the complete response to its caller; `closing` is a socket the
  // server will not reuse.
  #settle(closing) {
    const { resolve, response } = this.#pending;
    this.#pending = null;
    if (closing) {
      if (this.#socket === closing) this.#socket = null;
      closing.destroy();
    } else {
      this.#exchanges++;
      this.#socket?.unref();
    }
    resolve(response.result());
  }
}

// An HTTP/1.1 response read incrementally: head, then a body framed by
// Content-Length, chunked encoding, or the end of the connection.
class ResponseParser {
  #rest = Buffer.alloc(0); // bytes not parsed yet
  #state = 'head'; // head | length | chunk-size | chunk-data | chunk-end | trailers | close | done
  #need = 0;
  #body = [];
  status = 0;
  headers = {};
  keepAlive = true;

  // Returns true once the response is complete.
  push(chunk) {
    this.#rest = this.#rest.length ? Buffer.concat([this.#rest, chunk]) : chunk;
    for (;;) {
      switch (this.#state) {
        case 'head': {
          const end = this.#rest.indexOf('\r\n\r\n');
          if (end < 0) return false;
          this.#head(this.#rest.toString('latin1', 0, end));
          this.#rest = this.#rest.subarray(end + 4);
          break;
        }
        case 'length':
        case 'chunk-data': {
          const take = Math.min(this.#need, this.#rest.length);
          this.#body.push(this.#rest.subarray(0, take));
          this.#rest = this.#rest.subarray(take);
          this.#need -= take;
          if (this.#need > 0) return false;
          this.#state = this.#state === 'length' ? 'done' : 'chunk-end';
          break;
        }
        case 'chunk-size':
        case 'chunk-end':
        case 'trailers': {
          const end = this.#rest.indexOf('\r\n');
          if (end < 0) return false;
          const line = this.#rest.toString('latin1', 0, end);
          this.#rest = this.#rest.subarray(end + 2);
          if (this.#state === 'chunk-end') {
            this.#state = 'chunk-size';
          } else if (this.#state === 'trailers') {
            if (line === '') this.#state = 'done';
          } else {
            this.#need = parseInt(line, 16);
            if (Number.isNaN(this.#need)) throw new Error(`bad chunk size ${JSON.stringify(line)}`);
            this.#state = this.#need === 0 ? 'trailers' : 'chunk-data';
          }
          break;
        }
        case 'close':
          this.#body.push(this.#rest);
          this.#rest = Buffer.alloc(0);
          return false;
        case 'done':
          return true;
      }
    }
  }

  #head(text) {
    const [statusLine, ...lines] = text.split('\r\n');
    const match = /^HTTP\/1\.(\d) (\d{3})/.exec(statusLine);
    if (!match) throw new Error(`bad status line ${JSON.stringify(statusLine)}`);
    this.status = Number(match[2]);
    this.headers = {};
    for (const line of lines) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      this.headers[name] = name in this.headers ? `${this.headers[name]}, ${value}` : value;
    }
    if (this.status < 200) return; // 100 Continue and the like: the real head follows
    const connection = (this.headers.connection ?? '').toLowerCase();
    this.keepAlive = match[1] === '1' ? !connection.includes('close') : connection.includes('keep-alive');
    if (this.status === 204 || this.status === 304) this.#state = 'done';
    else if (/chunked/i.test(this.headers['transfer-encoding'] ?? '')) this.#state = 'chunk-size';
    else if (this.headers['content-length'] !== undefined) {
      this.#need = Number(this.headers['content-length']);
      this.#state = this.#need > 0 ? 'length' : 'done';
    } else {
      this.#state = 'close';
      this.keepAlive = false;
    }
  }

  endsAtClose() {
    return this.#state === 'close';
  }

  result() {
    return { status: this.status, headers: this.headers, body: Buffer.concat(this.#body).toString('utf8') };
  }
}

const connection = new RuntimeConnection();
const call = (method, urlPath, body, headers) => connection.request(method, urlPath, body, headers);

function post(urlPath, body, headers = {}) {
  return call('POST', urlPath, body, { 'Content-Type': 'application/json', ...headers });
}

// The simulator is our parent: when its endpoint stops answering it is gone,
// and an orphaned runtime must neither spin nor linger.
function parentGone() {
  process.exit(0);
}

// A header value may not hold control characters; an error name could.
const headerSafe = (value) => String(value).replace(/[^\t\x20-\x7e\x80-\xff]/g, '?');

// ---------------------------------------------------------------------------
// Logging: console.* write Lambda's text format to stdout,
// "<ISO time>\t<requestId>\t<LEVEL>\t<message>", one record per line (a
// record's own newlines become \r, as the Lambda runtime does when it logs to
// stdout). The request id is the current invocation's, `undefined` before the
// first one, as on Lambda.

const REQUEST_ID = Symbol.for('aws.lambda.runtime.requestId');
const LEVELS = Object.freeze({ __proto__: null, TRACE: 1, DEBUG: 2, INFO: 3, WARN: 4, ERROR: 5, FATAL: 6 });

function patchConsole() {
  const threshold = LEVELS[process.env.AWS_LAMBDA_LOG_LEVEL?.toUpperCase()] ?? LEVELS.TRACE;
  const logger = (level) =>
    LEVELS[level] < threshold
      ? () => {}
      : (message, ...params) => {
          const line = `${new Date().toISOString()}\t${globalThis[REQUEST_ID]}\t${level}\t${util.format(message, ...params)}`;
          process.stdout.write(line.replace(/\n/g, '\r') + '\n');
        };
  console.trace = logger('TRACE');
  console.debug = logger('DEBUG');
  console.info = logger('INFO');
  console.log = console.info;
  console.warn = logger('WARN');
  console.error = logger('ERROR');
  console.fatal = logger('FATAL');
}

// Synchronous, so that it lands after every console line already written.
function writeFully(fd, text) {
  const bytes = Buffer.from(text);
  for (let off = 0; off < bytes.length; ) {
    try {
      off += fs.writeSync(fd, bytes, off);
    } catch (err) {
      if (err.code !== 'EAGAIN') return; // the reader is gone; nothing to tell it
    }
  }
}

function endOfLogs(requestId) {
  const line = `\x1eAPIGW-END ${requestId}\n`;
  writeFully(1, line);
  writeFully(2, line);
}

// ---------------------------------------------------------------------------
// Errors, in the runtime's shapes

class ImportModuleError extends Error {}
class HandlerNotFound extends Error {}
class MalformedHandlerName extends Error {}
class UserCodeSyntaxError extends Error {}
class NodeJsExit extends Error {
  constructor() {
    super(
      'The Lambda runtime client detected an unexpected Node.js exit code. This is most commonly caused by a Promise that was never settled. For more information, see https://nodejs.org/docs/latest/api/process.html#exit-codes',
    );
  }
}
class UnhandledPromiseRejection extends Error {
  constructor(reason, promise) {
    super(reason);
    this.reason = reason;
    this.promise = promise;
  }
}
for (const type of [ImportModuleError, HandlerNotFound, MalformedHandlerName, UserCodeSyntaxError, NodeJsExit, UnhandledPromiseRejection]) {
  type.prototype.name = `Runtime.${type.name}`;
}

const isErrorLike = (o) =>
  o && o.name && o.message && o.stack && typeof o.name === 'string' && typeof o.message === 'string' && typeof o.stack === 'string';

// The body posted to /error: an Error gives its name, message and stack lines;
// anything else thrown gives its typeof and toString(), with no trace.
function toRapidResponse(error) {
  try {
    if (util.types.isNativeError(error) || isErrorLike(error)) {
      return {
        errorType: error.name?.replaceAll('\x7F', '%7F'),
        errorMessage: error.message?.replaceAll('\x7F', '%7F'),
        trace: error.stack.replaceAll('\x7F', '%7F').split('\n'),
      };
    }
    return { errorType: typeof error, errorMessage: error.toString(), trace: [] };
  } catch {
    return {
      errorType: 'handled',
      errorMessage:
        'callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack',
    };
  }
}

// The logged form: an Error's name, message and code, its own enumerable
// properties, and its stack as lines (nested errors alike).
function withEnumerableProperties(value) {
  if (!(value instanceof Error)) return value;
  const ret = Object.assign({ errorType: value.name, errorMessage: value.message, code: value.code }, value);
  if (typeof value.stack === 'string') ret.stack = value.stack.split('\n');
  return ret;
}

function toFormatted(error) {
  try {
    return '\t' + JSON.stringify(error, (_key, value) => withEnumerableProperties(value));
  } catch {
    return '\t' + JSON.stringify(toRapidResponse(error));
  }
}

// "Invoke Error \t{...}", "Uncaught Exception \t{...}", "Unhandled Promise Rejection \t{...}"
function logError(label, err) {
  console.error(label, toFormatted(err instanceof Error ? err : new Error(err)));
}

// ---------------------------------------------------------------------------
// Loading the handler: "dir/module.path.to.fn", looked up as Lambda does.

async function loadHandler(appRoot, fullHandler) {
  if (fullHandler.includes('..')) {
    throw new MalformedHandlerName(
      `'${fullHandler}' is not a valid handler name. Use absolute paths when specifying root directories in handler names.`,
    );
  }
  const base = path.basename(fullHandler);
  const moduleRoot = fullHandler.substring(0, fullHandler.indexOf(base));
  const match = base.match(/^([^.]*)\.(.*)$/);
  if (!match) throw new MalformedHandlerName('Bad handler');
  const [, moduleName, handlerPath] = match;

  let app;
  try {
    app = await loadModule(appRoot, moduleRoot, moduleName);
  } catch (err) {
    if (err instanceof SyntaxError) throw new UserCodeSyntaxError(err);
    if (err?.code === 'MODULE_NOT_FOUND') throw new ImportModuleError(err);
    throw err;
  }
  const fn = handlerPath.split('.').reduce((nested, key) => nested && nested[key], app);
  if (!fn) throw new HandlerNotFound(`${fullHandler} is undefined or not exported`);
  if (typeof fn !== 'function') throw new HandlerNotFound(`${fullHandler} is not a function`);
  return fn;
}

// The file itself, then .js (CommonJS unless the nearest package.json says
// "type": "module"), .mjs, .cjs; failing those, Node's own resolution from the
// task root, whose "Cannot find module" error is what the function then shows.
async function loadModule(appRoot, moduleRoot, moduleName) {
  const file = path.resolve(appRoot, moduleRoot, moduleName);
  const importFile = (f) => import(pathToFileURL(f).href);
  if (fs.existsSync(file)) return require(file);
  const esm = isModuleScope(path.dirname(file), path.resolve(appRoot));
  if (fs.existsSync(file + '.js')) return esm ? importFile(file + '.js') : require(file + '.js');
  if (fs.existsSync(file + '.mjs')) return importFile(file + '.mjs');
  if (fs.existsSync(file + '.cjs')) return require(file + '.cjs');
  return require(require.resolve(moduleName, { paths: [appRoot, moduleRoot] }));
}

// Whether the nearest package.json says "type": "module". On Lambda the code
// sits alone under /var/task, so the search stops at the task root: a
// package.json above it (the project the function lives in) is not deployed.
function isModuleScope(folder, appRoot) {
  for (;;) {
    if (folder.endsWith('/node_modules')) return false;
    const pj = path.join(folder, 'package.json');
    if (fs.existsSync(pj)) {
      try {
        return JSON.parse(fs.readFileSync(pj, 'utf8'))?.type === 'module';
      } catch (err) {
        console.warn(`${pj} cannot be read, it will be ignored for ES module detection purposes.`, err);
        return false;
      }
    }
    const parent = path.dirname(folder);
    if (folder === appRoot || parent === folder) return false;
    folder = parent;
  }
}

// ---------------------------------------------------------------------------
// The invocation loop

let handler;
let handlerIsAsync = false;
let handlerTakesCallback = false;
let initDone = false;
let current = null; // the invocation under way: { id, posted }
let onEmptyLoop = null; // what to do when the event loop drains, see 'beforeExit'
let inflight = Promise.resolve(); // the last POST

const LONG_POLL_DROP_MS = 1000;
const scheduleNext = () => dying || setImmediate(nextInvocation);

async function nextInvocation() {
  let res;
  for (;;) {
    const started = Date.now();
    try {
      res = await call('GET', `${BASE}/invocation/next`);
      break;
    } catch {
      // A long poll the server dropped after a while (an idle timeout) is
      // simply made again; a request that fails at once means it is gone.
      if (Date.now() - started < LONG_POLL_DROP_MS) return parentGone();
    }
  }
  if (res.status !== 200) {
    writeFully(2, `apigw bootstrap: GET ${BASE}/invocation/next answered ${res.status}\n`);
    process.exit(1);
  }
  invoke(res.headers, res.body);
}

// Posts the outcome of `inv`, once.
function report(inv, kind, body, headers) {
  if (inv.posted) return inflight; // e.g. a callback called after an uncaught error failed the invocation
  inv.posted = true;
  onEmptyLoop = null;
  endOfLogs(inv.id);
  inflight = post(`${BASE}/invocation/${encodeURIComponent(inv.id)}/${kind}`, body, headers).catch(parentGone);
  return inflight;
}

function postResult(inv, result) {
  let body;
  try {
    body = JSON.stringify(result === undefined ? null : result) ?? 'null';
  } catch {
    return postError(inv, new Error('Unable to stringify response body'));
  }
  report(inv, 'response', body).then(scheduleNext);
}

function postError(inv, err) {
  logError('Invoke Error', err);
  reportError(inv, err).then(scheduleNext);
}

function reportError(inv, err) {
  const response = toRapidResponse(err);
  return report(inv, 'error', JSON.stringify(response), {
    'Lambda-Runtime-Function-Error-Type': headerSafe(response.errorType),
  });
}

function parseJsonHeader(value, name) {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value);
  } catch (err) {
    throw new Error(`Cannot parse ${name} as json: ${err.toString()}`);
  }
}

function invoke(headers, body) {
  const id = headers['lambda-runtime-aws-request-id'];
  const inv = { id, posted: false };
  current = inv;
  globalThis[REQUEST_ID] = id;

  // The first of callback / succeed / fail / done / a settled promise wins.
  let settled = false;
  let waitForEmptyEventLoop = true;
  const once = (fn) => (...args) => {
    if (!settled) {
      settled = true;
      fn(...args);
    }
  };
  const finish = (err, result) => {
    onEmptyLoop = null;
    if (err !== undefined && err !== null) postError(inv, err);
    else postResult(inv, result);
  };
  // callback(null, result) answers only once the event loop is empty, unless
  // context.callbackWaitsForEmptyEventLoop was set to false.
  const callback = once((err, result) => {
    if ((err !== undefined && err !== null) || !waitForEmptyEventLoop) finish(err, result);
    else onEmptyLoop = () => setImmediate(() => finish(null, result));
  });
  const context = {
    get callbackWaitsForEmptyEventLoop() {
      return waitForEmptyEventLoop;
    },
    set callbackWaitsForEmptyEventLoop(value) {
      waitForEmptyEventLoop = value;
    },
    succeed: once((result) => finish(null, result)),
    fail: once((err) => finish(err === undefined || err === null ? 'handled' : err)),
    done: once(finish),
    functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION,
    functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
    memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME,
    logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME,
  };

  // Nothing settled when the event loop drains: an async handler's promise can
  // no longer settle (Runtime.NodeJsExit); any other handler answers null.
  onEmptyLoop = () => {
    settled = true;
    if (handlerIsAsync) postError(inv, new NodeJsExit());
    else postResult(inv, null);
  };

  try {
    const traceId = headers['lambda-runtime-trace-id'];
    if (traceId) process.env._X_AMZN_TRACE_ID = traceId;
    else delete process.env._X_AMZN_TRACE_ID;
    const deadline = Number(headers['lambda-runtime-deadline-ms']);
    Object.assign(context, {
      clientContext: parseJsonHeader(headers['lambda-runtime-client-context'], 'ClientContext'),
      identity: parseJsonHeader(headers['lambda-runtime-cognito-identity'], 'CognitoIdentity'),
      invokedFunctionArn: headers['lambda-runtime-invoked-function-arn'],
      awsRequestId: id,
      tenantId: headers['lambda-runtime-aws-tenant-id'],
      getRemainingTimeInMillis: () => deadline - Date.now(),
    });

    const result = handler(JSON.parse(body), context, callback);
    if (result && typeof result.then === 'function') result.then(context.succeed, context.fail);
    // A handler that takes no callback answers with what it returns, as it
    // does from nodejs24.x on (nodejs22.x would answer null for a value
    // returned by a function that is not async).
    else if (!handlerTakesCallback) context.succeed(result);
  } catch (err) {
    callback(err);
  }
}

// An error nobody caught ends the instance, as on Lambda: it fails the
// invocation under way (or the init), then the process exits with the
// runtime's codes (129 uncaught exception, 128 unhandled rejection) and the
// simulator starts a fresh instance for the next request.
let dying = false;
async function die(err, code) {
  if (dying) return;
  dying = true;
  onEmptyLoop = null;
  setTimeout(() => process.exit(code), 5000).unref(); // the simulator may not answer
  try {
    if (!initDone) await postInitError(err);
    else if (current && !current.posted) await reportError(current, err);
    else await inflight;
  } finally {
    process.exit(code);
  }
}

function postInitError(err) {
  const response = toRapidResponse(err);
  return post(`${BASE}/init/error`, JSON.stringify(response), {
    'Lambda-Runtime-Function-Error-Type': headerSafe(response.errorType),
  }).catch(() => {});
}

async function main() {
  patchConsole();
  process.on('uncaughtException', (err) => {
    logError('Uncaught Exception', err);
    die(err, 129);
  });
  process.on('unhandledRejection', (reason, promise) => {
    const err = new UnhandledPromiseRejection(reason, promise);
    logError('Unhandled Promise Rejection', err);
    die(err, 128);
  });
  process.on('beforeExit', () => {
    const action = onEmptyLoop;
    onEmptyLoop = null;
    action?.();
  });

  try {
    handler = await loadHandler(process.env.LAMBDA_TASK_ROOT ?? process.cwd(), process.env._HANDLER ?? '');
  } catch (err) {
    // What Lambda logs for a failed init: the error reaches its top level.
    logError('Uncaught Exception', err);
    return die(err, 129);
  }
  try {
    handlerIsAsync = handler.constructor?.name === 'AsyncFunction';
  } catch {
    handlerIsAsync = false;
  }
  handlerTakesCallback = handler.length >= 3;
  initDone = true;
  scheduleNext();
}

main();
