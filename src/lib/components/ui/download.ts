/** Saves text as a file through the browser's download, without any server. */
export function downloadText(name: string, text: string, type = 'application/json'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked later: some browsers start the download only after the click handler returns.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
