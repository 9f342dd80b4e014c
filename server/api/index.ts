// The GraphQL API: build the app (createApp) or start it on a port (startApiServer).
export { type ApiApp, type AppOptions, CSRF_HEADER, createApp, GRAPHQL_PATH } from './app';
export { type ApiLogger, jsonLogger } from './logger';
export { type RunningServer, type StartOptions, startApiServer } from './server';
export { type ApiSettings, readApiSettings } from './settings';
