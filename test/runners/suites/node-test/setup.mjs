// Loaded with `node --import ./setup.mjs --test`: registers the matchers on the standalone expect,
// and sets the project's integration once.
import 'lambda-proxy-matchers/expect';
import { configure } from 'lambda-proxy-matchers';

configure({ integration: 'http-2.0' });
