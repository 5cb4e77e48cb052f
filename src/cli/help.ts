// The --help texts. Every example here is one a user can paste.

export const mainHelp = `Usage: lambda-proxy-matchers <command> [options]

Know what API Gateway, an ALB, a function URL or VPC Lattice answers for a Lambda handler's result, and what
a WebSocket client sees.

Commands:
  check [FILE|-]                  what the front end does with a handler's result (JSON)
  event INTEGRATION METHOD PATH   print a request event for amplify mock, sam local invoke or a test
  event websocket TYPE            print a WebSocket API event: connect, message or disconnect

Options:
  -h, --help                      this help; "<command> --help" for a command's options
  -v, --version                   the package version

Examples:
  sam local invoke HelloFunction -e event.json | npx lambda-proxy-matchers check
  npx lambda-proxy-matchers event rest GET /items/42 --route /items/{id} > event.json
`;

export const checkHelp = `Usage: lambda-proxy-matchers check [FILE|-] [options]

Reads a handler's result as JSON from FILE, or from standard input when FILE is - or absent, and prints what
the front end does with it: accepted or rejected, each problem with its path and fix, and the status, headers
and body the client receives.

The input may be plain JSON (sam local invoke, aws lambda invoke's output file, a script), the output of
amplify mock function (the JSON after its "Result:" line is read), or JSON after log lines (the last JSON
value is read). Colours follow the terminal, NO_COLOR and FORCE_COLOR.

Options:
  -i, --integration NAME          rest (default), http-1.0, http-2.0 (or http), alb, alb-multi-value,
                                  function-url, lattice, or websocket (with --route)
      --strict                    count warnings as errors
      --function-error            the input is Lambda's error payload ({"errorType", "errorMessage", ...}):
                                  show what the front end does when the function fails
      --binary-media-type TYPE    rest: a binary media type of the API (repeatable), e.g. image/png
      --accept VALUE              rest: the request's Accept header, which decides base64 decoding
      --stream                    the input is a response stream's raw bytes (prelude JSON, 8 NUL bytes,
                                  body), from any runtime; the integration defaults to function-url
      --content-type TYPE         --stream: the Content-Type the runtime sent (default: inferred)
      --invoke-mode MODE          function-url: BUFFERED or RESPONSE_STREAM
      --response-transfer-mode M  rest: BUFFERED or STREAM
      --json                      print the outcome as JSON; the body bytes are response.bodyBase64
  -h, --help                      this help

WebSocket (--integration websocket):
      --route KIND                connect, message or disconnect: the route the result answers
      --two-way                   message: the route has a $default route response, so the body is sent
      --protocol NAME             connect: a Sec-WebSocket-Protocol the client offered (repeatable)

Exit codes: 0 accepted, 1 rejected (or the function failed), 2 unusable input. For WebSocket, 0 also when
the handler rejects a handshake on purpose (a 4xx is its answer); 1 when API Gateway could not read the
result, the function failed or the result breaks a rule (an offered protocol not echoed).

Examples:
  amplify mock function myfunc --event src/event.json | npx lambda-proxy-matchers check
  sam local invoke HelloFunction -e event.json | npx lambda-proxy-matchers check --integration http-2.0
  npx lambda-proxy-matchers event http GET /orders | sam local invoke OrdersFunction -e - | npx lambda-proxy-matchers check -i http
  aws lambda invoke --function-name myfunc out.json && npx lambda-proxy-matchers check out.json
  echo '{"statusCode": 200, "body": {"ok": true}}' | npx lambda-proxy-matchers check
  echo '{"statusCode": 200}' | npx lambda-proxy-matchers check -i websocket --route connect --protocol chat
  echo '{"statusCode": 200, "body": "pong"}' | npx lambda-proxy-matchers check -i websocket --route message --two-way
  npx lambda-proxy-matchers check result.json --json | jq .response.status
  aws lambda invoke-with-response-stream --function-name chat out.bin && npx lambda-proxy-matchers check --stream out.bin
`;

export const eventHelp = `Usage: lambda-proxy-matchers event INTEGRATION METHOD PATH [options]

Prints a request event as the front end sends it to Lambda, as JSON on standard output.

INTEGRATION:
  rest                            API Gateway REST API, Lambda proxy integration
  http                            API Gateway HTTP API, payload 2.0 (also http-2.0)
  http-1.0                        API Gateway HTTP API, payload 1.0
  alb                             Application Load Balancer (alb-multi-value: multi-value headers on)
  function-url                    Lambda function URL
  lattice                         Amazon VPC Lattice, event version V2
  websocket TYPE                  API Gateway WebSocket API: connect, message or disconnect (no METHOD
                                  PATH; "event websocket --help" for its options)

Options:
  -H, --header "Name: value"      a request header (repeatable; a name given twice keeps both values)
  -q, --query name=value          a query parameter (repeatable); PATH may also carry ?a=1&b=2
      --cookie name=value         a cookie (repeatable)
      --json JSON                 a JSON body, sent with content-type: application/json
      --body TEXT                 a raw text body
      --body-file FILE            the body from a file, as bytes (sent base64, as binary bodies are)
      --source-ip IP              the client's address (requestContext's sourceIp; on ALB, X-Forwarded-For)
      --authorizer JSON           what authorised the request: {"claims": {...}}, {"lambda": {...}}, {"iam": {}}
      --claims name=value         a Cognito or JWT authorizer's claim (repeatable); short for --authorizer
      --route TEMPLATE            the route, e.g. /items/{id}: fills the resource and path parameters
      --stage NAME                the API Gateway stage
      --multi-value               alb: the target group has multi-value headers on
  -h, --help                      this help

Examples:
  npx lambda-proxy-matchers event rest GET /items/42 --route /items/{id} > amplify/backend/function/myfunc/src/event.json
  npx lambda-proxy-matchers event http POST /orders --json '{"sku": "pen", "qty": 2}' > event.json
  npx lambda-proxy-matchers event http GET /orders -q page=2 | sam local invoke OrdersFunction -e -
  npx lambda-proxy-matchers event alb GET /health -H "User-Agent: ELB-HealthChecker/2.0" --multi-value
  npx lambda-proxy-matchers event http GET /me --claims sub=user-1 --claims email=a@example.com
  npx lambda-proxy-matchers event rest PUT /avatars/1 --body-file avatar.png -H "Content-Type: image/png"
`;

export const webSocketEventHelp = `Usage: lambda-proxy-matchers event websocket connect|message|disconnect [options]

Prints the event an API Gateway WebSocket API sends a route's Lambda proxy integration, as JSON. Each type
has its own shape: headers and a query only on connect, the frame only on a message, the close code only
on disconnect.

Options:
  -H, --header "Name: value"      connect: an upgrade request header (repeatable), e.g. Sec-WebSocket-Protocol
  -q, --query name=value          connect: a query parameter of the wss:// URL (repeatable)
      --body TEXT                 message: the text frame
      --json JSON                 message: a JSON frame (written compactly)
      --route KEY                 message: the selected route key (default $default), e.g. sendmessage
      --status CODE               disconnect: the close code (default 1001)
      --reason TEXT               disconnect: the close reason (default empty)
      --source-ip IP              the client's address
      --stage NAME                the API Gateway stage
  -h, --help                      this help

Examples:
  npx lambda-proxy-matchers event websocket connect -H "Sec-WebSocket-Protocol: chat" -q token=abc
  npx lambda-proxy-matchers event websocket message --route sendmessage --json '{"action":"sendmessage","text":"hi"}'
  npx lambda-proxy-matchers event websocket disconnect --status 1000 --reason "Connection Closed Normally"
`;
