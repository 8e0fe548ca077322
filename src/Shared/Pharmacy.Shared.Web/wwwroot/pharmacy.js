// The staff UI's only script. Pages carry no inline script (the Content-Security-Policy forbids it): a button asks
// for a behaviour with a data attribute, and this file provides it.
document.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('[data-action="print"]')) {
    window.print();
  }
});

// A part of a page that follows a record as it changes (a portal order's status): an element with data-refresh fetches
// that address every data-refresh-seconds and shows what it answers, without reloading the page. A failed fetch keeps
// what is shown and tries again on the next turn.
document.querySelectorAll('[data-refresh]').forEach((part) => {
  const seconds = Math.max(1, Number(part.getAttribute('data-refresh-seconds')) || 5);
  const refresh = async () => {
    // Someone typing in it (an answer to the pharmacy) keeps what they type: the part waits until they leave it.
    if (part.contains(document.activeElement) && document.activeElement.matches('input, textarea, select')) {
      return;
    }

    try {
      const answer = await fetch(part.getAttribute('data-refresh'), { headers: { 'X-Requested-With': 'fetch' }, credentials: 'same-origin' });
      if (answer.ok) {
        part.innerHTML = await answer.text();
      }
    } catch {
      // offline for a moment: the next turn tries again
    }
  };
  setInterval(refresh, seconds * 1000);
});
