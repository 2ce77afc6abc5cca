/** Saves a Blob as a file through the browser's download, with nothing sent anywhere. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by the time the click returns; give the browser a moment anyway.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
