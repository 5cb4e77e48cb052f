// The Python side of invokePython, run with `python -c`. It ships as a string because tsc copies only .ts files
// into dist. It mirrors what the Lambda Python runtime (awslambdaric bootstrap.py) does with one invocation:
// import the module by name from the task root, build a LambdaContext, call handler(event, context), marshal the
// result to JSON, and turn any failure into Lambda's error payload {errorMessage, errorType, requestId, stackTrace}.
// The result travels through a file, never stdout, so print() in the handler cannot corrupt it.
//
// argv: marker, input path, output path. The output file starts with one byte: R (JSON result), B (raw bytes
// the handler returned) or E (error payload). The marker line on stderr tells Node the handler is about to be
// called, so the timeout covers the handler and not the import, as Lambda separates init from invoke.
// Plain Python 3 (no f-strings, no walrus) so any interpreter a Lambda runtime matches can run it.

export const runnerSource = String.raw`
import sys
# python -c puts the working directory (the task root) first on sys.path: a user's json.py must not replace
# the runner's own json, so that entry goes before anything else is imported.
sys.path[:] = [entry for entry in sys.path if entry not in ('', '.')]
if sys.version_info[0] < 3:
    sys.stderr.write('invokePython needs Python 3, and this is Python %s\n' % sys.version.split()[0])
    sys.exit(87)
sys.dont_write_bytecode = True
import decimal, importlib, json, logging, os, time, traceback

MARK, INPUT, OUTPUT = sys.argv[1], sys.argv[2], sys.argv[3]


def finish(kind, payload):
    sys.stdout.flush()
    sys.stderr.flush()
    with open(OUTPUT, 'wb') as out:
        out.write(kind + payload)
    # Lambda freezes the sandbox once the result is posted: threads the handler left running do not delay it.
    os._exit(0)


def fail(error_type, message, trace, request_id):
    payload = {'errorMessage': message, 'errorType': error_type, 'requestId': request_id, 'stackTrace': trace}
    finish(b'E', json.dumps(payload).encode('utf-8'))


def exited(error, request_id):
    # sys.exit() kills Lambda's runtime process; the caller sees an exit error, not the exception.
    status = error.code if isinstance(error.code, int) else (0 if error.code is None else 1)
    fail('Runtime.ExitError', 'RequestId: %s Error: Runtime exited with error: exit status %s' % (request_id, status),
         [], request_id)


def user_trace(tb):
    # Like the runtime, which drops its own bootstrap.py frames: the trace starts in the user's code.
    frames = traceback.extract_tb(tb)
    ours = ('<string>', os.path.normcase(importlib.__file__))
    for index, frame in enumerate(frames):
        name = frame.filename
        if os.path.normcase(name) not in ours and not name.startswith('<frozen importlib'):
            return traceback.format_list(frames[index:])
    return []


class Fault(Exception):
    def __init__(self, error_type, message, trace=None):
        Exception.__init__(self, message)
        self.error_type = error_type
        self.message = message
        self.trace = trace


def slotted(cls, values):
    if values is None:
        return None
    obj = cls()
    for name in cls.__slots__:
        setattr(obj, name, values.get(name))
    return obj


class CognitoIdentity(object):
    __slots__ = ['cognito_identity_id', 'cognito_identity_pool_id']

    def __repr__(self):
        return 'CognitoIdentity([cognito_identity_id=%s,cognito_identity_pool_id=%s])' % (
            self.cognito_identity_id, self.cognito_identity_pool_id)


class Client(object):
    __slots__ = ['installation_id', 'app_title', 'app_version_name', 'app_version_code', 'app_package_name']

    def __repr__(self):
        return 'Client([%s])' % ','.join('%s=%s' % (n, getattr(self, n)) for n in self.__slots__)


class ClientContext(object):
    __slots__ = ['custom', 'env', 'client']

    def __repr__(self):
        return 'ClientContext([custom=%s,env=%s,client=%s])' % (self.custom, self.env, self.client)


class LambdaContext(object):
    def __init__(self, wire, deadline_ms):
        self.aws_request_id = wire.get('aws_request_id')
        self.log_group_name = os.environ.get('AWS_LAMBDA_LOG_GROUP_NAME')
        self.log_stream_name = os.environ.get('AWS_LAMBDA_LOG_STREAM_NAME')
        self.function_name = os.environ.get('AWS_LAMBDA_FUNCTION_NAME')
        self.memory_limit_in_mb = os.environ.get('AWS_LAMBDA_FUNCTION_MEMORY_SIZE')
        self.function_version = os.environ.get('AWS_LAMBDA_FUNCTION_VERSION')
        self.invoked_function_arn = wire.get('invoked_function_arn')
        self.tenant_id = wire.get('tenant_id')
        self.client_context = slotted(ClientContext, wire.get('client_context'))
        if self.client_context is not None:
            self.client_context.client = slotted(Client, self.client_context.client)
        self.identity = slotted(CognitoIdentity, {})
        identity = wire.get('identity')
        if identity is not None:
            self.identity.cognito_identity_id = identity.get('cognitoIdentityId')
            self.identity.cognito_identity_pool_id = identity.get('cognitoIdentityPoolId')
        self._deadline_ms = deadline_ms

    def get_remaining_time_in_millis(self):
        left = self._deadline_ms - int(time.time() * 1000)
        return left if left > 0 else 0

    def log(self, msg):
        sys.stdout.write(str(msg))

    def __repr__(self):
        return ('LambdaContext([aws_request_id=%s,log_group_name=%s,log_stream_name=%s,function_name=%s,'
                'memory_limit_in_mb=%s,function_version=%s,invoked_function_arn=%s,client_context=%s,'
                'identity=%s,tenant_id=%s])') % (
            self.aws_request_id, self.log_group_name, self.log_stream_name, self.function_name,
            self.memory_limit_in_mb, self.function_version, self.invoked_function_arn, self.client_context,
            self.identity, self.tenant_id)


class RequestIdFilter(logging.Filter):
    def __init__(self, request_id):
        logging.Filter.__init__(self)
        self.request_id = request_id

    def filter(self, record):
        record.aws_request_id = self.request_id
        return True


class StdoutHandler(logging.Handler):
    def emit(self, record):
        sys.stdout.write(self.format(record))


def setup_logging(request_id):
    # The runtime puts a handler on the root logger, so logging.info() reaches the logs once a level is set.
    logging.Formatter.converter = time.gmtime
    handler = StdoutHandler()
    handler.setFormatter(logging.Formatter(
        '[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s\n', '%Y-%m-%dT%H:%M:%S'))
    handler.addFilter(RequestIdFilter(request_id))
    logging.getLogger().addHandler(handler)


class Encoder(json.JSONEncoder):
    # The runtime's marshaller writes Decimal (what boto3 reads from DynamoDB) as a JSON number.
    def default(self, obj):
        if isinstance(obj, decimal.Decimal) and obj.is_finite():
            return int(obj) if obj == obj.to_integral_value() else float(obj)
        return json.JSONEncoder.default(self, obj)


def load_handler(task_root, module_name, function_name):
    if module_name.split('.')[0] in sys.builtin_module_names:
        raise Fault('Runtime.BuiltInModuleConflict', 'Cannot use built-in module %s as a handler module' % module_name)
    try:
        module = importlib.import_module(module_name.replace('/', '.'))
    except ImportError as error:
        # Lambda sends no trace here; the trace is kept because it shows which import line failed.
        raise Fault('Runtime.ImportModuleError', "Unable to import module '%s': %s" % (module_name, error),
                    user_trace(sys.exc_info()[2]))
    except SyntaxError as error:
        raise Fault('Runtime.UserCodeSyntaxError', "Syntax error in module '%s': %s" % (module_name, error),
                    ['  File "%s" Line %s\n    %s' % (error.filename, error.lineno, error.text)])
    try:
        return getattr(module, function_name)
    except AttributeError:
        message = "Handler '%s' missing on module '%s'" % (function_name, module_name)
        origin = getattr(module, '__file__', None) or ''
        if not os.path.abspath(origin).startswith(os.path.abspath(task_root) + os.sep):
            message += (" (Python had already loaded a module named '%s' from %s before your code: rename your file)"
                        % (module_name, origin or 'its built-ins'))
        raise Fault('Runtime.HandlerNotFound', message)


def main():
    with open(INPUT, 'rb') as source:
        request = json.loads(source.read().decode('utf-8'))
    task_root = request['taskRoot']
    wire = request['context']
    request_id = wire.get('aws_request_id') or ''
    sys.path[:] = [task_root] + [entry for entry in sys.path if entry not in ('', '.', task_root)]
    setup_logging(request_id)

    try:
        handler = load_handler(task_root, request['module'], request['function'])
    except Fault as fault:
        fail(fault.error_type, fault.message, fault.trace or [], request_id)
    except SystemExit as error:
        exited(error, request_id)
    except Exception:
        error_type, value, tb = sys.exc_info()
        fail(error_type.__name__, str(value), user_trace(tb), request_id)

    event = request['event']
    context = LambdaContext(wire, int(time.time() * 1000) + request['timeoutMs'])
    sys.stderr.write(MARK + '\n')
    sys.stderr.flush()
    try:
        result = handler(event, context)
    except SystemExit as error:
        exited(error, request_id)
    except Exception:
        error_type, value, tb = sys.exc_info()
        fail(error_type.__name__, str(value), user_trace(tb), request_id)

    if isinstance(result, (bytes, bytearray)):
        finish(b'B', bytes(result))
    try:
        text = json.dumps(result, cls=Encoder, allow_nan=False)
    except Exception as error:
        fail('Runtime.MarshalError', 'Unable to marshal response: %s' % error, [], request_id)
    finish(b'R', text.encode('utf-8'))


main()
`;
