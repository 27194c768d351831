/** The dashboard's default address: a module of its own so `eviden serve --help` need not load the server. */
export const DEFAULT_PORT = 8470;
export const DEFAULT_HOST = '127.0.0.1';
