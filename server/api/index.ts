// The GraphQL API: build the app (createApp) or start it on a port (startApiServer).
export { CSRF_HEADER, GRAPHQL_PATH, createApp, type ApiApp, type AppOptions } from './app';
export { type RunningServer, type StartOptions, startApiServer } from './server';
export { type ApiSettings, readApiSettings } from './settings';
export { type ApiLogger, jsonLogger } from './logger';
