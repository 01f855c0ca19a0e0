/** Reveals the "copy code" buttons of embed-code blocks and copies the snippet to the clipboard. */
function copied(button: HTMLButtonElement, ok: boolean) {
  const status = button.parentElement?.querySelector('.embed-copied');
  const ko = document.documentElement.lang !== 'en';
  if (status) status.textContent = ok ? (ko ? '복사했습니다.' : 'Copied.') : ko ? '복사하지 못했습니다. 코드를 선택해 직접 복사하세요.' : 'Could not copy: select the code and copy it yourself.';
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button.embed-copy')) {
  const box = document.getElementById(button.dataset.copy ?? '') as HTMLTextAreaElement | null;
  if (!box) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    box.select();
    navigator.clipboard?.writeText(box.value).then(
      () => copied(button, true),
      () => copied(button, document.execCommand?.('copy') ?? false),
    ) ?? copied(button, document.execCommand?.('copy') ?? false);
  });
}
