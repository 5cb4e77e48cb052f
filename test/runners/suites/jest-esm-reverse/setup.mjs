// A project behind an ALB sets its integration once, through the ESM copy of the library.
import { configure } from 'lambda-proxy-matchers';

configure({ integration: 'alb' });
