/** GET /peristiwa: the server-sent event stream that keeps open pages current. */
import type { Handler } from '../router.ts';

export const eventStream: Handler = () => ({ type: 'events' });
