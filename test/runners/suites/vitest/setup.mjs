// A project behind an HTTP API sets its integration once; the cases prove it reached the matchers.
import { configure } from 'lambda-proxy-matchers';

configure({ integration: 'http-2.0' });
