// Every page is prerendered: the app is static files, served from anywhere and cached for offline use.
export const prerender = true;
export const trailingSlash = 'never';
