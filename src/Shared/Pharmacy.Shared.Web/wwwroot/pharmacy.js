// The staff UI's only script. Pages carry no inline script (the Content-Security-Policy forbids it): a button asks
// for a behaviour with a data attribute, and this file provides it.
document.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('[data-action="print"]')) {
    window.print();
  }
});
