// What the page and the service worker agree on. Imported by both, so it imports nothing.

/** The message that lets a waiting service worker take over (workbox-window's `messageSkipWaiting`). */
export const SKIP_WAITING = 'SKIP_WAITING';

/** The prerendered page the service worker shows for a page it does not have, when offline. */
export const OFFLINE_PATH = '/offline';
