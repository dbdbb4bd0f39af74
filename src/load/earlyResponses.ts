/** Responses fetched before the app arrived (src/early/earlyFetches.ts), by address, not yet taken. */
let early: Record<string, Promise<Response>> = {};

/** The app takes over what the early walker fetched (src/main.tsx). */
export const adoptEarlyResponses = (fetched: Record<string, Promise<Response>>) => {
  early = { ...fetched };
};

/** The response to `address`: the one fetched early if there is one not yet taken, else a fetch of its own. */
export function fetchOnce(address: string, init?: RequestInit): Promise<Response> {
  const response = early[address];
  if (!response) return fetch(address, init);
  delete early[address];
  return response;
}
