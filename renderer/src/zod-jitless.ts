import { config } from 'zod';

// zod compiles fast parsers with `new Function`, and probes for it even when it is forbidden;
// under our CSP (no 'unsafe-eval') that probe is reported as a violation. This module is
// imported first by main.tsx, before any schema is built, so zod never tries.
config({ jitless: true });
