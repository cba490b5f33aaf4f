// archive serve: reloads the page when the site has been rebuilt, and shows why when it could not be.
// Added by the preview to the pages it sends; the built files never hold it.
(function () {
  'use strict';
  var tag = document.currentScript;
  var loaded = tag && tag.getAttribute('data-build');
  var french = (document.documentElement.lang || '').toLowerCase().indexOf('fr') === 0;
  var words = french ? {
    title: 'Le site n\u2019a pas pu \u00eatre reconstruit.',
    kept: 'La derni\u00e8re version correcte reste affich\u00e9e. Corrigez le fichier et enregistrez\u00a0: la page se rechargera.',
    close: 'Fermer'
  } : {
    title: 'The site could not be rebuilt.',
    kept: 'The last good version is still shown. Fix the file and save: the page will reload.',
    close: 'Close'
  };
  var box = null;

  function hide() {
    if (box) {
      box.remove();
      box = null;
    }
  }

  function show(lines) {
    hide();
    box = document.createElement('div');
    box.id = 'verbatim-build-error';
    box.setAttribute('role', 'alert');
    box.setAttribute('lang', french ? 'fr' : 'en');
    box.style.cssText = 'position:fixed;top:0;left:0;right:0;z-index:2147483647;max-height:60vh;overflow:auto;'
      + 'margin:0;padding:1rem 1.25rem;background:#fff1f0;color:#3d0000;border-bottom:4px solid #b3261e;'
      + 'font:1rem/1.45 system-ui,sans-serif;box-shadow:0 2px 12px rgba(0,0,0,.35)';
    var title = document.createElement('p');
    title.style.cssText = 'margin:0 0 .5rem;font-weight:bold';
    title.textContent = words.title;
    var list = document.createElement('pre');
    list.style.cssText = 'margin:0 0 .5rem;white-space:pre-wrap;font:.95rem/1.4 ui-monospace,monospace;color:#3d0000;background:none';
    list.textContent = lines.join('\n');
    var kept = document.createElement('p');
    kept.style.cssText = 'margin:0';
    kept.textContent = words.kept;
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = words.close;
    close.style.cssText = 'margin-top:.5rem;font:inherit;color:#fff;background:#b3261e;border:0;padding:.25rem .75rem;cursor:pointer';
    close.addEventListener('click', hide);
    box.append(title, list, kept, close);
    document.body.appendChild(box);
  }

  var events = new EventSource('/__verbatim/events');
  events.addEventListener('build', function (e) {
    if (loaded !== null && String(JSON.parse(e.data).build) !== loaded) {
      location.reload();
    }
  });
  events.addEventListener('reload', function () {
    location.reload();
  });
  events.addEventListener('build-error', function (e) {
    show(JSON.parse(e.data).lines);
  });
})();
