// `lambda-proxy-matchers/globals`: only the `awslambda` global Lambda's Node.js runtime installs (S-1), for
// runners the library has no setup entry for: `bun test --preload`, `mocha --require`, `node --import`. The
// `/jest`, `/vitest` and `/expect` entries install it too. `AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA=1` opts out.
// The reference gives a TypeScript user the global's type (@types/aws-lambda's `awslambda` namespace) with it.
/// <reference types="aws-lambda" preserve="true" />
import { installAwsLambdaGlobalsFromSetup } from './invoke/stream/installAwsLambdaGlobalsFromSetup.js';

installAwsLambdaGlobalsFromSetup();
