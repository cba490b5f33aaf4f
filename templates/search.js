/*
 * Verbatim search (MIT): reads the static index that the build writes under search/<lang>/ and shows what it
 * finds. A query loads, for each of its words, the one file of the word's first three letters, then the files
 * of the documents it shows: never the whole index. Words are folded as the build folds them (verbatim.site.search.Fold):
 * accents removed, lower case; a word of three letters or more also finds the words it begins.
 */
(function () {
  'use strict';

  function fold(text) {
    return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
      .replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss')
      .split(/[^\p{L}\p{N}]+/u).filter(function (w) { return Array.from(w).length >= 2; });
  }

  function shard(word) {
    var key = Array.from(word).slice(0, 3).join('');
    if (/^[a-z0-9]+$/.test(key)) { return key; }
    return 'x' + Array.from(key).map(function (c) { return c.codePointAt(0).toString(16); }).join('');
  }

  function decode(gaps) {
    var ids = [];
    var n = 0;
    gaps.split(',').forEach(function (g) { n += parseInt(g, 36); ids.push(n); });
    return ids;
  }

  if (typeof module !== 'undefined' && module.exports) {
    module.exports = { fold: fold, shard: shard, decode: decode };
    return;
  }
  var form = document.getElementById('search-form');
  if (!form || !window.fetch) { return; }
  var root = form.getAttribute('data-root');
  var lang = document.documentElement.lang;
  var input = form.querySelector('input[name=q]');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var DOCS_PER_FILE = 50;
  var PAGE = 20;
  var cache = {};
  var shown = [];
  var current = 0;



  function load(path) {
    if (!cache[path]) {
      cache[path] = fetch(root + 'search/' + lang + '/' + path).then(function (r) {
        if (r.status === 404) { return null; }
        if (!r.ok) { throw new Error(String(r.status)); }
        return r.json();
      });
    }
    return cache[path];
  }


  function documentsOf(word) {
    return load('t/' + shard(word) + '.json').then(function (words) {
      var found = new Set();
      if (words) {
        Object.keys(words).forEach(function (w) {
          if (w === word || (Array.from(word).length >= 3 && w.indexOf(word) === 0)) {
            decode(words[w]).forEach(function (id) { found.add(id); });
          }
        });
      }
      return found;
    });
  }

  function say(key, n) {
    status.textContent = status.getAttribute('data-' + key).replace('{n}', String(n));
  }

  function item(doc) {
    var li = document.createElement('li');
    li.className = 'result ' + doc[0];
    var kind = document.createElement('span');
    kind.className = 'kicker';
    kind.textContent = status.getAttribute('data-' + doc[0]);
    var link = document.createElement('a');
    link.href = root + doc[3];
    link.textContent = doc[1] || status.getAttribute('data-quote');
    if (doc[2]) { link.lang = doc[2]; }
    var title = document.createElement('p');
    title.className = 'result-title';
    title.appendChild(link);
    li.appendChild(kind);
    li.appendChild(title);
    if (doc[4]) {
      var snippet = document.createElement(doc[0] === 'quote' ? 'blockquote' : 'p');
      snippet.className = 'result-text';
      snippet.textContent = doc[4];
      if (doc[5]) { snippet.lang = doc[5]; }
      li.appendChild(snippet);
    }
    return li;
  }

  function showMore() {
    var ids = shown.slice(current, current + PAGE);
    current += ids.length;
    var files = Array.from(new Set(ids.map(function (id) { return Math.floor(id / DOCS_PER_FILE); })));
    return Promise.all(files.map(function (f) { return load('d/' + f + '.json'); })).then(function (chunks) {
      var byFile = {};
      files.forEach(function (f, i) { byFile[f] = chunks[i]; });
      var more = document.getElementById('search-more');
      if (more) { more.parentNode.removeChild(more); }
      ids.forEach(function (id) {
        list.appendChild(item(byFile[Math.floor(id / DOCS_PER_FILE)][id % DOCS_PER_FILE]));
      });
      if (current < shown.length) {
        var li = document.createElement('li');
        li.id = 'search-more';
        var button = document.createElement('button');
        button.type = 'button';
        button.textContent = status.getAttribute('data-more');
        button.addEventListener('click', showMore);
        li.appendChild(button);
        list.appendChild(li);
      }
    });
  }

  function search(query) {
    var words = Array.from(new Set(fold(query)));
    list.textContent = '';
    status.textContent = '';
    shown = [];
    current = 0;
    if (words.length === 0) { status.textContent = ''; return Promise.resolve(); }
    return Promise.all(words.map(documentsOf)).then(function (sets) {
      sets.sort(function (a, b) { return a.size - b.size; });
      shown = Array.from(sets[0]).filter(function (id) {
        return sets.every(function (s) { return s.has(id); });
      }).sort(function (a, b) { return a - b; });
      if (shown.length === 0) { say('none', 0); return null; }
      return showMore().then(function () { say(shown.length === 1 ? 'one' : 'many', shown.length); });
    }).catch(function () { say('offline', 0); });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var q = input.value;
    if (window.history && window.history.replaceState) {
      window.history.replaceState(null, '', '?q=' + encodeURIComponent(q));
    }
    search(q);
  });
  var params = new URLSearchParams(window.location.search);
  if (params.get('q')) {
    input.value = params.get('q');
    search(input.value);
  }
}());
