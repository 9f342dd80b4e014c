// The API key or token the user pasted, kept for this browser tab only (sessionStorage), never in the URL.

const STORAGE_KEY = 'csp-explorer.credentials';

export interface Credentials {
  get(): string | null;
  set(value: string): void;
  clear(): void;
}

export function sessionCredentials(storage: Storage = sessionStorage): Credentials {
  return {
    get: () => storage.getItem(STORAGE_KEY),
    set: (value) => storage.setItem(STORAGE_KEY, value.trim()),
    clear: () => storage.removeItem(STORAGE_KEY),
  };
}
