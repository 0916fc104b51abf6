// A small in-page confirm dialog (a <dialog>, so tests can drive it and it
// is keyboard accessible: Escape cancels, focus stays inside).
export function confirmDialog(message: string, ok = 'OK', cancel = 'Cancel'): Promise<boolean> {
  const dialog = document.getElementById('confirm') as HTMLDialogElement;
  const text = document.getElementById('confirm-text') as HTMLElement;
  const okButton = document.getElementById('confirm-ok') as HTMLButtonElement;
  const cancelButton = document.getElementById('confirm-cancel') as HTMLButtonElement;
  text.textContent = message;
  okButton.textContent = ok;
  cancelButton.textContent = cancel;
  dialog.returnValue = '';
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true });
    dialog.showModal();
    cancelButton.focus();
  });
}
